import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const imageTable = (page: Page) => page.getByRole('table', { name: 'Images' })
const sections = (page: Page) => page.getByRole('navigation', { name: 'image sections' })
const actions = (page: Page) => page.getByRole('group', { name: 'image actions' })

async function openImages(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Images', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Images', level: 1 }).waitFor()
}

async function openVmStorage(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'VMs', exact: true })
    .click()
  await page.getByRole('table', { name: 'Virtual machines' }).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
  await page.getByRole('navigation', { name: 'VM sections' }).getByRole('link', { name: 'Storage' }).click()
}

test('alice makes an image of a VM from its storage tab, shares it, copies it and deregisters the copy', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openVmStorage(page, 'bastion-1')
  await page.getByRole('button', { name: 'Create an image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an image' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('bastion:golden')
  await dialog.getByRole('button', { name: 'Create image' }).click()
  await expect(dialog.getByText(/A name has 3 to 128 letters/).first()).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Name' }).fill('bastion golden')
  await dialog.getByRole('checkbox', { name: 'Do not reboot the VM' }).check()
  await dialog.getByText('Show as command').click()
  await expect(dialog.getByText(/--NoReboot True/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Create image' }).click()
  await page.getByRole('heading', { name: 'bastion golden', level: 1 }).waitFor()
  await expect(actions(page).getByRole('button', { name: 'Copy' })).toHaveAccessibleDescription(
    'The image is pending; wait until it is available.',
  )
  await sim.advance(30)
  await expect(actions(page).getByRole('button', { name: 'Copy' })).toBeEnabled()
  await sections(page).getByRole('link', { name: 'Block devices' }).click()
  await expectRowVisible(page.getByRole('table', { name: 'Block devices' }), {
    Device: '/dev/sda1',
    Snapshot: /^snap-/,
  })

  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  await page.getByRole('textbox', { name: 'Share with accounts' }).fill('123456789012')
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Share with an account' })
    .getByRole('button', { name: 'Share' })
    .click()
  await expect(page.getByRole('table', { name: 'Accounts it is shared with' })).toContainText('123456789012')

  await actions(page).getByRole('button', { name: 'Copy' }).click()
  const copy = page.getByRole('dialog', { name: 'Copy image' })
  await expect(copy.getByRole('textbox', { name: 'Name' })).toHaveValue('bastion golden copy')
  await copy.getByRole('button', { name: 'Copy image' }).click()
  await page.getByRole('heading', { name: 'bastion golden copy', level: 1 }).waitFor()

  await actions(page).getByRole('button', { name: 'Deregister' }).click()
  const deregister = page.getByRole('dialog', { name: 'Deregister bastion golden copy' })
  await deregister.getByRole('textbox').fill('bastion golden copy')
  await deregister.getByRole('button', { name: 'Deregister image' }).click()
  await page.getByRole('heading', { name: 'Images', level: 1 }).waitFor()
  await expectRowVisible(imageTable(page), {
    Name: 'bastion golden',
    State: 'available',
    Shared: '1 account',
  })
  await expectNoRow(imageTable(page), { Name: 'bastion golden copy' })
})

test('alice exports her image to an OOS bucket and watches the export’s progress on its exports tab', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openVmStorage(page, 'bastion-1')
  await page.getByRole('button', { name: 'Create an image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an image' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('bastion export')
  await dialog.getByRole('button', { name: 'Create image' }).click()
  await page.getByRole('heading', { name: 'bastion export', level: 1 }).waitFor()
  const imageId = new URL(page.url()).pathname.split('/').pop() ?? ''
  await sections(page).getByRole('link', { name: 'Exports' }).click()
  await expect(page.getByText('This image has not been exported.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export to OOS' })).toHaveAccessibleDescription(
    'The image is pending; wait until it is available.',
  )
  await sim.advance(30)
  await page.getByRole('button', { name: 'Export to OOS' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export to OOS' })
  await expect(exportDialog.getByRole('list', { name: 'Quotas left' })).toContainText('Running exports:')
  await exportDialog.getByRole('textbox', { name: 'Bucket' }).fill('golden-images')
  await exportDialog.getByRole('combobox', { name: 'Format' }).selectOption('raw')
  await exportDialog.getByRole('button', { name: 'Start export' }).click()
  await expect(exportDialog).toHaveCount(0)
  const tasks = page.getByRole('table', { name: 'Export tasks' })
  await expectRowVisible(tasks, {
    State: 'pending/queued',
    Destination: `osu://golden-images/${imageId}/`,
    Format: 'raw',
  })
  await sim.advance(30)
  await expectRowVisible(tasks, { State: 'pending', Progress: '50%' })
  await sim.advance(30)
  await expectRowVisible(tasks, { State: 'completed', Progress: '100%' })
})

test('an image of OUTSCALE’s catalogue cannot be shared or deregistered, and oscar may not share his own', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('oscar')
  await openImages(page)
  await imageTable(page).getByRole('link', { name: 'Ubuntu-24.04-2025.01.10-0' }).click()
  await expect(actions(page).getByRole('button', { name: 'Deregister' })).toHaveAccessibleDescription(
    'This image belongs to OUTSCALE’s public catalogue, not to this account.',
  )
  await openVmStorage(page, 'bastion-1')
  await page.getByRole('button', { name: 'Create an image' }).click()
  await page
    .getByRole('dialog', { name: 'Create an image' })
    .getByRole('button', { name: 'Create image' })
    .click()
  await page.getByRole('heading', { name: 'bastion-1 image', level: 1 }).waitFor()
  await sim.advance(30)
  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  await expect(page.getByRole('button', { name: 'Make public' })).toHaveAccessibleDescription(
    'Sharing makes the account’s data reachable from other OUTSCALE accounts: only an admin of this account may do it.',
  )
})

test('oscar creates a VM from an image’s page: the form opens with that image chosen, and the VM runs it', async ({
  page,
  signIn,
}) => {
  await signIn('oscar')
  await openImages(page)
  await imageTable(page).getByRole('link', { name: 'Ubuntu-24.04-2025.01.10-0' }).click()
  await page.getByRole('heading', { name: 'Ubuntu-24.04-2025.01.10-0', level: 1 }).waitFor()
  const imageId = /\/images\/(ami-[0-9a-f]+)/.exec(page.url())![1]!
  await actions(page).getByRole('button', { name: 'Create a VM' }).click()
  const form = page.getByRole('form', { name: 'Create VM' })
  await expect(form.getByText(`Chosen: Ubuntu-24.04-2025.01.10-0 (${imageId})`)).toBeVisible()
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('from-the-image')
  await form.getByRole('button', { name: 'Create VM' }).click()
  await page.getByRole('heading', { name: 'from-the-image', level: 1 }).waitFor()
  await expect(page.getByText(imageId).first()).toBeVisible()
})

test('the image pages pass axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice')
  const pass = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, name)
  }
  await openImages(page)
  await expectRowVisible(imageTable(page), { State: 'available' })
  await pass('images-list')
  await imageTable(page).getByRole('link', { name: 'Debian-12-2025.01.15-0' }).click()
  await actions(page).waitFor()
  await pass('image-detail')
  await sections(page).getByRole('link', { name: 'Block devices' }).click()
  await pass('image-devices')
  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  await pass('image-sharing')
  await actions(page).getByRole('button', { name: 'Copy' }).click()
  await pass('image-copy')
})
