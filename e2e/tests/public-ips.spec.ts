import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const ipTable = (page: Page) => page.getByRole('table', { name: 'Public IPs' })
const actions = (page: Page) => page.getByRole('group', { name: 'public IP actions' })

async function openPublicIps(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Public IPs', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Public IPs', level: 1 }).waitFor()
}

test('alice frees the quota, allocates an address, attaches it to a VM, sees it there, and releases it only once detached', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openPublicIps(page)
  const table = ipTable(page)
  await expectRowVisible(table, { 'Public IP': 'eip-1', 'Attached to': /^i-/, Billing: 'In use' })
  await expectRowVisible(table, {
    'Public IP': 'eip-5',
    'Attached to': 'Nothing',
    Billing: 'Idle, still billed',
  })

  // The account holds its five addresses: the form says so before anything is sent.
  await page.getByRole('button', { name: 'Allocate public IP' }).click()
  let dialog = page.getByRole('dialog', { name: 'Allocate public IP' })
  await expect(dialog.getByRole('list', { name: 'Quotas left' })).toContainText('Public IPs: 0 left of 5')
  await expect(dialog.getByRole('button', { name: 'Allocate public IP' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // Releasing an attached address is refused up front; the idle one goes.
  for (const name of ['eip-1', 'eip-5'])
    await (await rowOf(table, { 'Public IP': name })).getByRole('checkbox').check()
  await page
    .getByRole('group', { name: 'Actions on selected public IPs' })
    .getByRole('button', { name: 'Release', exact: true })
    .click()
  const bulk = page.getByRole('dialog', { name: 'Release 1 public IP' })
  await expect(bulk).toContainText('detach it before releasing it')
  await bulk.getByRole('textbox').fill('release')
  await bulk.getByRole('button', { name: 'Release 1 public IP' }).click()
  const results = page.getByRole('region', { name: 'Operation results' })
  await expectRowVisible(results.getByRole('table', { name: 'Results per item' }), {
    // The released address is gone from the list, so the result names it by its id.
    Resource: /eipalloc-/,
    Result: 'Succeeded',
  })
  await expectNoRow(table, { 'Public IP': 'eip-5' })

  await page.getByRole('button', { name: 'Allocate public IP' }).click()
  dialog = page.getByRole('dialog', { name: 'Allocate public IP' })
  await expect(dialog.getByRole('note')).toContainText('billed by the hour')
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('web-entry')
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('status')).toBeVisible()
  await dialog.getByRole('button', { name: 'Allocate public IP' }).click()
  await page.getByRole('heading', { name: 'web-entry', level: 1 }).waitFor()
  await expect(page.getByRole('note')).toContainText('still billed by the hour')
  const address =
    (await page.getByRole('region', { name: 'Properties' }).locator('.font-mono').first().textContent()) ?? ''
  expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
  // The notice names the address, which is what a person reads a public IP by.
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    `Public IP ${address} allocated`,
  )

  await actions(page).getByRole('button', { name: 'Attach', exact: true }).click()
  dialog = page.getByRole('dialog', { name: `Attach ${address}` })
  const vms = dialog.getByRole('combobox', { name: 'VM' })
  const vm = (await vms.getByRole('option', { name: /^web-prod-1 / }).textContent()) ?? ''
  await vms.selectOption({ label: vm })
  await dialog.getByRole('button', { name: 'Attach public IP' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('In use')
  const release = actions(page).getByRole('button', { name: 'Release', exact: true })
  await expect(release).toHaveAttribute('aria-disabled', 'true')
  await expect(actions(page)).toContainText('detach it before releasing it')

  // The VM's own page shows the address, with a link back to it.
  await page.getByRole('region', { name: 'Properties' }).getByRole('link', { name: /^i-/ }).click()
  await page.getByRole('heading', { name: 'web-prod-1', level: 1 }).waitFor()
  await page.getByRole('navigation', { name: 'VM sections' }).getByRole('link', { name: 'Network' }).click()
  const card = page.getByRole('region', { name: 'Public IP' })
  await expect(card).toContainText(address)
  await card.getByRole('link', { name: /^eipalloc-/ }).click()
  await page.getByRole('heading', { name: 'web-entry', level: 1 }).waitFor()

  await actions(page).getByRole('button', { name: 'Detach', exact: true }).click()
  await page
    .getByRole('dialog', { name: /^Detach / })
    .getByRole('button', { name: 'Detach public IP' })
    .click()
  await expect(page.getByRole('note')).toContainText('still billed by the hour')
  await expect(release).not.toHaveAttribute('aria-disabled', 'true')
  await release.click()
  dialog = page.getByRole('dialog', { name: `Release ${address}` })
  await dialog.getByRole('textbox').fill(address)
  await dialog.getByRole('button', { name: 'Release public IP' }).click()
  await page.getByRole('heading', { name: 'Public IPs', level: 1 }).waitFor()
  await expectNoRow(table, { 'Public IP': 'web-entry' })
})

test('from a VM’s network tab, oscar attaches an idle address; vera sees the buttons refused', async ({
  page,
  signIn,
}) => {
  await signIn('oscar')
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'VMs', exact: true })
    .click()
  await page
    .getByRole('table', { name: 'Virtual machines' })
    .getByRole('link', { name: 'web-prod-2', exact: true })
    .click()
  await page.getByRole('heading', { name: 'web-prod-2', level: 1 }).waitFor()
  await page.getByRole('navigation', { name: 'VM sections' }).getByRole('link', { name: 'Network' }).click()
  const card = page.getByRole('region', { name: 'Public IP' })
  await card.getByRole('button', { name: 'Attach a public IP' }).click()
  const dialog = page.getByRole('dialog', { name: 'Attach a public IP' })
  const select = dialog.getByRole('combobox', { name: 'Public IP' })
  const option = await select.getByRole('option', { name: /^eip-4 / }).textContent()
  const address = /\((.+)\)/.exec(option ?? '')?.[1] ?? ''
  await select.selectOption({ label: option ?? '' })
  await dialog.getByText('Show as command').click()
  await expect(dialog.getByText(/osc-cli api LinkPublicIp/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Attach public IP' }).click()
  await expect(card).toContainText(address)
  await expect(card.getByRole('link', { name: /^eipalloc-/ })).toBeVisible()
})

test('vera reads the public IPs but every change is refused before anything is sent', async ({
  page,
  signIn,
}) => {
  await signIn('vera')
  await openPublicIps(page)
  await expect(page.getByRole('button', { name: 'Allocate public IP' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await ipTable(page).getByRole('link', { name: 'eip-4', exact: true }).click()
  await page.getByRole('heading', { name: 'eip-4', level: 1 }).waitFor()
  await expect(actions(page).getByRole('button', { name: 'Attach', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expect(actions(page).getByRole('button', { name: 'Release', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
})

test('the public-IP pages pass axe in light and dark', async ({ page, signIn }) => {
  await signIn('alice')
  await openPublicIps(page)
  await expectRowVisible(ipTable(page), { 'Public IP': 'eip-1' })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'public-ip-list')
  await ipTable(page).getByRole('link', { name: 'eip-4', exact: true }).click()
  await page.getByRole('heading', { name: 'eip-4', level: 1 }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'public-ip-detail')
  await actions(page).getByRole('button', { name: 'Attach', exact: true }).click()
  await page.getByRole('dialog', { name: /^Attach / }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'public-ip-attach')
})
