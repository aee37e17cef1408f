import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoRow, expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const sections = (page: Page) => page.getByRole('navigation', { name: 'NIC sections' })
const actions = (page: Page) => page.getByRole('group', { name: 'NIC actions' })

async function openNics(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'NICs', exact: true })
    .click()
  await page.getByRole('heading', { name: 'NICs', level: 1 }).waitFor()
}

async function bothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

test('oscar creates a NIC in a Subnet, gives it a second address and a group, attaches it to a VM, detaches and deletes it', async ({
  page,
  signIn,
}) => {
  await signIn('oscar')
  await openNics(page)
  await page.getByRole('button', { name: 'Create NIC' }).click()
  let dialog = page.getByRole('dialog', { name: 'Create NIC' })
  const subnet = dialog.getByRole('combobox', { name: 'Subnet' })
  const prodA = (await subnet.getByRole('option', { name: /^prod-a / }).textContent()) ?? ''
  await subnet.selectOption({ label: prodA })
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('app-extra')
  const address = dialog.getByRole('textbox', { name: 'Private IP (optional)' })
  await address.fill('10.0.9.50')
  await dialog.getByRole('button', { name: 'Create NIC' }).click()
  await expect(
    dialog.getByText('The address must be in the Subnet’s range, 10.0.1.0/24.').first(),
  ).toBeVisible()
  await address.fill('10.0.1.150')
  await dialog.getByRole('checkbox', { name: /^web-prod / }).check()
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('status')).toBeVisible()
  await dialog.getByRole('button', { name: 'Create NIC' }).click()
  await page.getByRole('heading', { name: 'app-extra', level: 1 }).waitFor()
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('eu-west-2a')

  await sections(page).getByRole('link', { name: 'Private IPs' }).click()
  const ips = page.getByRole('table', { name: 'Private IPs' })
  await expectRowVisible(ips, { Address: '10.0.1.150', Primary: 'Primary' })
  await page.getByRole('button', { name: 'Add private IPs' }).click()
  dialog = page.getByRole('dialog', { name: 'Add private IPs' })
  await dialog.getByRole('radio', { name: 'The next free ones' }).check()
  await dialog.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  await expectRowVisible(ips, { Primary: 'Secondary' })
  const secondary =
    (await ips.getByRole('button', { name: /^Remove / }).textContent())?.replace('Remove ', '') ?? ''
  await ips.getByRole('button', { name: `Remove ${secondary}` }).click()
  await page
    .getByRole('dialog', { name: `Remove ${secondary}` })
    .getByRole('button', { name: 'Remove address' })
    .click()
  await expectNoRow(ips, { Address: secondary })

  await sections(page).getByRole('link', { name: 'Security groups' }).click()
  await expectRowVisible(page.getByRole('table', { name: 'Security groups' }), { Name: 'web-prod' })
  await page.getByRole('button', { name: 'Change security groups' }).click()
  dialog = page.getByRole('dialog', { name: 'Change security groups' })
  await dialog.getByRole('checkbox', { name: /^web-prod / }).uncheck()
  await dialog.getByRole('button', { name: 'Save groups' }).click()
  await expect(dialog.getByText('Choose at least one security group.').first()).toBeVisible()
  await dialog.getByRole('checkbox', { name: /^api-prod / }).check()
  await dialog.getByRole('button', { name: 'Save groups' }).click()
  await expect(dialog).toHaveCount(0)
  await expectRowVisible(page.getByRole('table', { name: 'Security groups' }), { Name: 'api-prod' })

  await actions(page).getByRole('button', { name: 'Attach to a VM' }).click()
  dialog = page.getByRole('dialog', { name: 'Attach to a VM' })
  const vms = dialog.getByRole('combobox', { name: 'VM' })
  const vm = (await vms.getByRole('option').nth(1).textContent()) ?? ''
  await vms.selectOption({ label: vm })
  await expect(dialog.getByRole('spinbutton', { name: 'Device number' })).toHaveValue('1')
  await dialog.getByRole('button', { name: 'Attach NIC' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(actions(page).getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
  await expect(actions(page)).toContainText('detach it before deleting it')

  await actions(page).getByRole('button', { name: 'Detach' }).click()
  await page
    .getByRole('dialog', { name: /^Detach app-extra/ })
    .getByRole('button', { name: 'Detach NIC' })
    .click()
  await actions(page).getByRole('button', { name: 'Delete' }).click()
  dialog = page.getByRole('dialog', { name: 'Delete app-extra' })
  await dialog.getByRole('textbox').fill('app-extra')
  await dialog.getByRole('button', { name: 'Delete NIC' }).click()
  await page.getByRole('heading', { name: 'NICs', level: 1 }).waitFor()
  await expectNoRow(page.getByRole('table', { name: 'NICs' }), { Name: 'app-extra' })
})

test('the NIC pages pass axe in light and dark', async ({ page, signIn }) => {
  await signIn('alice')
  await openNics(page)
  const table = page.getByRole('table', { name: 'NICs' })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await bothThemes(page, 'nic-list')
  await table.getByRole('link').first().click()
  await sections(page).waitFor()
  await bothThemes(page, 'nic-detail')
  await sections(page).getByRole('link', { name: 'Private IPs' }).click()
  await page.getByRole('button', { name: 'Add private IPs' }).click()
  await page.getByRole('dialog', { name: 'Add private IPs' }).waitFor()
  await bothThemes(page, 'nic-private-ips')
})
