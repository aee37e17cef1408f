import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { downloadedText } from '../support/csv.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

// The demo's paying account and the two accounts the simulator links to it.
const PAYING = '123456789012'
const LINKED = ['345678901234', '456789012345']

/** "€1,234.56" → 123456 cents. */
const cents = (text: string | null) => {
  const amount = /[\d,]+\.\d\d/.exec(text ?? '')?.[0]
  expect(amount, `an amount in "${text}"`).toBeDefined()
  return Math.round(Number(amount!.replace(/,/g, '')) * 100)
}

/** The UTC day `n` days before today, as the period picker writes it. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  return downloadedText(await downloading)
}

test('bill reads the paying account Overall: each linked account beside it, adding up to the overall total to the cent, in the chart and the exports', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  // Billing is offered what costs and quotas are, no page of resources.
  const sidebar = page.getByRole('navigation', { name: 'Resources' })
  await expect(sidebar.getByRole('link', { name: 'Consumption', exact: true })).toBeVisible()
  await expect(sidebar.getByRole('link', { name: 'Quotas', exact: true })).toBeVisible()
  await expect(sidebar.getByRole('link', { name: 'VMs', exact: true })).toHaveCount(0)
  await expect(sidebar.getByRole('link', { name: 'Team', exact: true })).toHaveCount(0)
  // Days no other story reads: each story starts from a fresh simulator whose seeded usage shifts with the moment
  // it is reset, while the console keeps the closed days it has read. Both readings here come from this world.
  await page.goto(`/demo-eu/consumption?from=${daysAgo(89)}&to=${daysAgo(62)}`)
  const own = page.getByRole('table', { name: 'Totals by service' })
  await expect(own).toBeVisible()
  const ownTotal = cents(await own.getByRole('row', { name: /^All services/ }).textContent())

  await page.getByRole('combobox', { name: 'Accounts' }).selectOption('Overall (with linked accounts)')
  await expect(page).toHaveURL(/overall=true/)
  await expect(page).toHaveURL(/group=account/)
  const byAccount = page.getByRole('table', { name: 'Totals by account' })
  await expect(byAccount.getByRole('rowheader', { name: `${PAYING} (this account)` })).toBeVisible()
  for (const id of LINKED) await expect(byAccount.getByRole('rowheader', { name: id })).toBeVisible()
  const rows = byAccount.locator('tbody tr')
  await expect(rows).toHaveCount(3)
  let sum = 0
  for (let i = 0; i < 3; i++) sum += cents(await rows.nth(i).getByRole('cell').last().textContent())
  const overall = cents(await byAccount.getByRole('row', { name: /^All accounts/ }).textContent())
  expect(sum).toBe(overall)
  // The paying account's part of Overall is what it costs alone; the linked accounts add to it.
  expect(
    cents(
      await byAccount
        .getByRole('row', { name: new RegExp(`^${PAYING}`) })
        .getByRole('cell')
        .last()
        .textContent(),
    ),
  ).toBe(ownTotal)
  expect(overall).toBeGreaterThan(ownTotal)

  // The chart stacks by account, the entries are listed under theirs.
  const chart = page.getByRole('figure', { name: 'Cost by day, by account' })
  await expect(chart).toBeVisible()
  await expect(chart.getByText(LINKED[0]!).first()).toBeAttached()
  const entries = page.getByRole('table', { name: 'Consumption by account and type' })
  await expect(entries.getByRole('rowheader', { name: `Account: ${LINKED[1]}` })).toBeVisible()

  const json = JSON.parse(await download(page, 'Export JSON'))
  expect(json.overall).toBe(true)
  expect(json.groupedBy).toEqual({ kind: 'account' })
  expect(json.groups.map((g: { name: string }) => g.name).sort()).toEqual([PAYING, ...LINKED].sort())
  expect(Math.round(json.total * 100)).toBe(overall)
  const csv = await download(page, 'Export CSV')
  expect(csv.split('\n')[0]).toMatch(/^"?Account"?,/)
  for (const id of LINKED) expect(csv).toContain(id)

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await page.emulateMedia({ colorScheme: 'light' })

  // Back to the account alone: the linked accounts are gone.
  await page.getByRole('combobox', { name: 'Accounts' }).selectOption('This account')
  await expect(page).not.toHaveURL(/overall=/)
  await expect(page.getByRole('table', { name: 'Totals by service' })).toBeVisible()
  expect(
    cents(
      await page
        .getByRole('table', { name: 'Totals by service' })
        .getByRole('row', { name: /^All services/ })
        .textContent(),
    ),
  ).toBe(ownTotal)
})

test('vera, a viewer, is not offered Overall, and a link to it shows her the account’s own consumption and why', async ({
  page,
  signIn,
}) => {
  await signIn('vera', '/demo-eu/consumption?overall=true&group=account')
  await expect(
    page.getByText(/Overall \(this account with its linked accounts\) is for the billing and admin roles/),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: 'Totals by service' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Accounts' })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Totals by account' })).toHaveCount(0)
})
