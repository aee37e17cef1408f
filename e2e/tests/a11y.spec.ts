import type { Page } from '@playwright/test'
import { test } from '../support/fixtures.ts'
import { openVm, openVmList } from '../support/console.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

// Every page is checked by axe-core in the light and the dark theme, and photographed in both.
async function check(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, name)
}

test.describe('accessibility and screenshots', () => {
  test.beforeEach(async ({ signIn, page }) => {
    await signIn('alice')
    await openVmList(page)
  })

  test('the VM list', async ({ page }) => {
    await check(page, 'vm-list')
  })

  test('the VM detail page and its tabs', async ({ page }) => {
    await openVm(page, 'web-prod-1')
    await check(page, 'vm-detail')
    for (const tab of ['Network', 'Storage', 'Tags', 'Connect', 'Audit trail']) {
      await page.getByRole('navigation', { name: 'VM sections' }).getByRole('link', { name: tab }).click()
      await page.getByRole('region', { name: tab }).waitFor()
      await check(page, `vm-detail-${tab.toLowerCase().replace(/ /g, '-')}`)
    }
  })

  test('the VM creation form', async ({ page }) => {
    await page.getByRole('button', { name: 'Create VM' }).click()
    await page.getByRole('form', { name: 'Create VM' }).getByRole('radio').first().waitFor()
    await check(page, 'vm-create')
  })

  test('the EIM users and API access rules pages, with their forms', async ({ page }) => {
    const resources = page.getByRole('navigation', { name: 'Resources' })
    await resources.getByRole('link', { name: 'EIM users', exact: true }).click()
    await page.getByRole('heading', { name: 'EIM users', level: 1 }).waitFor()
    await page.getByText('No EIM user in this account').waitFor()
    await check(page, 'user-list')
    await page.getByRole('button', { name: 'Create EIM user' }).click()
    await page
      .getByRole('dialog', { name: 'Create EIM user' })
      .getByRole('textbox', { name: 'Name' })
      .waitFor()
    await check(page, 'user-create')
    await page
      .getByRole('dialog', { name: 'Create EIM user' })
      .getByRole('button', { name: 'Cancel' })
      .click()
    await resources.getByRole('link', { name: 'API access rules', exact: true }).click()
    await page.getByRole('table', { name: 'API access rules' }).getByRole('link').first().waitFor()
    await check(page, 'api-access-rule-list')
    await page.getByRole('table', { name: 'API access rules' }).getByRole('link').first().click()
    await page.getByRole('region', { name: 'Properties' }).waitFor()
    await check(page, 'api-access-rule-detail')
  })

  test('the Net access points list and its creation form', async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Resources' })
      .getByRole('link', { name: 'Net access points', exact: true })
      .click()
    await page.getByText('No Net access point in this account yet').waitFor()
    await check(page, 'net-access-points-empty')
    await page.getByRole('button', { name: 'Create Net access point' }).click()
    const dialog = page.getByRole('dialog', { name: 'Create Net access point' })
    const nets = dialog.getByRole('combobox', { name: 'Net' })
    await nets.selectOption({
      label: (await nets.getByRole('option', { name: /^prod-net / }).textContent()) ?? '',
    })
    await dialog.getByRole('checkbox', { name: /★$/ }).waitFor()
    await check(page, 'net-access-point-create')
  })

  test('the page for an unknown address', async ({ page }) => {
    await page.goto('/demo-eu/no-such-page/at-all')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await check(page, 'not-found')
  })
})
