import type { Browser, Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { anotherPerson, createVms } from '../support/team.ts'
import { searchList } from '../support/console.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

async function openQuotas(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Quotas', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Quotas', level: 1 }).waitFor()
}

const quotaRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) })

/** Alice, an admin of the account, creates VMs from her own browser while bill has the Quotas page open. */
async function aliceCreatesVms(browser: Browser, baseURL: string, count: number) {
  const alice = await anotherPerson(browser, baseURL, 'alice')
  await createVms(alice.page.request, baseURL, count)
  await alice.close()
}

test('bill, from billing, sees the VM quota used of its maximum, near its limit first, and full once alice takes the last VMs', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  await signIn('bill')
  // His role reads no VM: he starts on the account's home, which shows him costs and quotas, not on a VM list
  // he may not read.
  await expect(page).toHaveURL(/\/demo-eu$/)
  await openQuotas(page)
  const compute = page.getByRole('table', { name: 'Compute', exact: true })
  // The demo account runs 40 VMs of the 45 allowed: near the limit, said in words and not by colour alone.
  const vmQuota = compute.getByRole('meter', { name: 'VM Limit' })
  await expect(vmQuota).toHaveAttribute('aria-valuetext', '40 of 45 used (88 %)')
  await expect(quotaRow(page, 'VM Limit')).toContainText('Near limit')
  await expect(quotaRow(page, 'VM Limit')).toContainText('40 of 45')
  await expect(quotaRow(page, 'Core Limit')).not.toContainText('Near limit')
  // The quotas about to be hit come first: public IPs (full), then VMs, before cores at 48 %.
  const names = compute.getByRole('rowheader')
  await expect(names.nth(0)).toContainText('IP Limit')
  await expect(names.nth(0)).toContainText('Full')
  await expect(names.nth(1)).toContainText('VM Limit')
  await expect(page.getByText('1 quota is full, 1 is near the limit (80 % or more).')).toBeVisible()

  await searchList(page, 'vm_limit')
  await expect(page.getByText(/^1 of \d+ quotas · /)).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(1)
  await expect(quotaRow(page, 'VM Limit')).toBeVisible()
  await expect(quotaRow(page, 'Core Limit')).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('vm_limit')
  await expect(quotaRow(page, 'Core Limit')).toHaveCount(0)

  await aliceCreatesVms(browser, baseURL!, 5)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(vmQuota).toHaveAttribute('aria-valuetext', '45 of 45 used (100 %)')
  await expect(quotaRow(page, 'VM Limit')).toContainText('Full')
  await expect(quotaRow(page, 'VM Limit')).not.toContainText('Near limit')

  await page.getByLabel('Search', { exact: true }).fill('')
  await expect(page.getByText('2 quotas are full.')).toBeVisible()
})

test('the Quotas page passes axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('bill')
  await openQuotas(page)
  await page.getByRole('meter', { name: 'VM Limit' }).waitFor()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'quotas')
})
