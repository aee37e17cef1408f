import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const snapshotTable = (page: Page) => page.getByRole('table', { name: 'Snapshots' })
const sections = (page: Page) => page.getByRole('navigation', { name: 'snapshot sections' })
const actions = (page: Page) => page.getByRole('group', { name: 'snapshot actions' })
const progress = (page: Page, id: string) => page.getByRole('progressbar', { name: `Progress of ${id}` })
const idInUrl = (page: Page) => new URL(page.url()).pathname.split('/').pop() ?? ''

async function openSnapshots(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Snapshots', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Snapshots', level: 1 }).waitFor()
}

/** From the list: snapshots the first in-use data volume and lands on the new snapshot's page. */
async function takeSnapshot(page: Page, description: string) {
  await page.getByRole('button', { name: 'Create snapshot', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Create snapshot' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('Snapshots:')
  const volume = dialog.getByRole('combobox', { name: 'Volume' })
  await expect(volume.getByRole('option', { name: /GiB\)$/ }).first()).toBeAttached()
  const first = await volume
    .getByRole('option', { name: /GiB\)$/ })
    .first()
    .getAttribute('value')
  await volume.selectOption(first ?? '')
  await dialog.getByRole('textbox', { name: 'Description' }).fill(description)
  await dialog.getByRole('button', { name: 'Create snapshot' }).click()
  await expect(page).toHaveURL(/\/snapshots\/snap-/)
}

test('alice snapshots a volume, watches it complete, copies it, makes a volume of it, shares it and exports it', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openSnapshots(page)
  await takeSnapshot(page, 'before the upgrade')
  const id = idInUrl(page)
  await expect(page.getByText('pending', { exact: true }).first()).toBeVisible()
  await expect(actions(page).getByRole('button', { name: 'Create a volume' })).toHaveAccessibleDescription(
    'The snapshot is pending; wait until it is completed.',
  )
  await sim.advance(10)
  await expect(progress(page, id)).toHaveAttribute('value', '50')
  await sim.advance(10)
  await expect(progress(page, id)).toHaveAttribute('value', '100')
  await expect(actions(page).getByRole('button', { name: 'Copy' })).toBeEnabled()

  // A copy is a new snapshot of this Region, taken like any other.
  await actions(page).getByRole('button', { name: 'Copy' }).click()
  const copy = page.getByRole('dialog', { name: 'Copy snapshot' })
  await copy.getByText('Show as command').click()
  await expect(copy.getByText(/--SourceRegionName 'eu-west-2'/)).toBeVisible()
  await copy.getByRole('button', { name: 'Copy snapshot' }).click()
  await expect(page).not.toHaveURL(new RegExp(`${id}$`))
  const copyId = idInUrl(page)
  await expect(page.getByText(`Copy of ${id}`)).toBeVisible()
  await sim.advance(20)
  await expect(progress(page, copyId)).toHaveAttribute('value', '100')

  await page.goBack()
  await page.getByRole('heading', { level: 1 }).waitFor()
  await expect(page).toHaveURL(new RegExp(`${id}$`))
  await actions(page).getByRole('button', { name: 'Create a volume' }).click()
  const create = page.getByRole('dialog', { name: 'Create volume' })
  await expect(create.getByRole('combobox', { name: 'From a snapshot' })).toHaveValue(id)
  await create.getByRole('textbox', { name: 'Name' }).fill('restored')
  await create.getByRole('button', { name: 'Create volume' }).click()
  await page.getByRole('heading', { name: 'restored', level: 1 }).waitFor()
  await expect(page.getByRole('link', { name: id })).toBeVisible()
  await page.getByRole('link', { name: id }).click()

  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  await page.getByRole('textbox', { name: 'Share with accounts' }).fill('12345')
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(page.getByText('“12345” is not an OUTSCALE account ID (12 digits).')).toBeVisible()
  await page.getByRole('textbox', { name: 'Share with accounts' }).fill('123456789012')
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Share with an account' })
    .getByRole('button', { name: 'Share' })
    .click()
  await expect(page.getByRole('table', { name: 'Accounts it is shared with' })).toContainText('123456789012')

  await sections(page).getByRole('link', { name: 'Exports' }).click()
  await page.getByRole('button', { name: 'Export to OOS' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export to OOS' })
  await exportDialog.getByRole('textbox', { name: 'Bucket' }).fill('My Backups')
  await exportDialog.getByRole('button', { name: 'Start export' }).click()
  await expect(exportDialog.getByText(/A bucket name has 3 to 63 lowercase letters/).first()).toBeVisible()
  await exportDialog.getByRole('textbox', { name: 'Bucket' }).fill('my-backups')
  await exportDialog.getByRole('button', { name: 'Start export' }).click()
  await expect(exportDialog).toHaveCount(0)
  const tasks = page.getByRole('table', { name: 'Export tasks' })
  await expectRowVisible(tasks, { State: 'pending', Destination: `osu://my-backups/${id}/`, Format: 'qcow2' })
  await sim.advance(30)
  await expectRowVisible(tasks, { State: 'active', Progress: '50%' })
  await sim.advance(30)
  await expectRowVisible(tasks, { State: 'completed', Progress: '100%' })

  await openSnapshots(page)
  await expectRowVisible(snapshotTable(page), { ID: id, State: 'completed', Shared: '1 account' })
})

test('oscar, an operator, may not share a snapshot outside the account nor export it, and is told why', async ({
  page,
  signIn,
}) => {
  await signIn('oscar')
  await openSnapshots(page)
  await expectRowVisible(snapshotTable(page), { State: 'completed' })
  await snapshotTable(page).getByRole('link').first().click()
  await actions(page).waitFor()
  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  const adminOnly =
    'Sharing makes the account’s data reachable from other OUTSCALE accounts: only an admin of this account may do it.'
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveAccessibleDescription(
    adminOnly,
  )
  await expect(page.getByRole('button', { name: 'Make public' })).toHaveAccessibleDescription(adminOnly)
  await sections(page).getByRole('link', { name: 'Exports' }).click()
  await expect(page.getByRole('button', { name: 'Export to OOS' })).toHaveAccessibleDescription(
    'Your role (operator) on Demo (Europe) does not allow CreateSnapshotExportTask.',
  )
})

test('the snapshot pages pass axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice')
  const pass = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, name)
  }
  await openSnapshots(page)
  await expectRowVisible(snapshotTable(page), { State: 'completed' })
  await pass('snapshots-list')
  await snapshotTable(page).getByRole('link').first().click()
  await actions(page).waitFor()
  await pass('snapshot-detail')
  await sections(page).getByRole('link', { name: 'Sharing' }).click()
  await pass('snapshot-sharing')
  await sections(page).getByRole('link', { name: 'Exports' }).click()
  await pass('snapshot-exports')
  await page.getByRole('button', { name: 'Export to OOS' }).click()
  await pass('snapshot-export-dialog')
})
