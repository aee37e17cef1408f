import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { watchOscCalls } from '../support/console.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

async function openConsumption(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Consumption', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Consumption', level: 1 }).waitFor()
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10)
const today = () => new Date()
const lastMonth = () => {
  const now = today()
  return {
    from: utcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))),
    to: utcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))),
  }
}

const totals = (page: Page) => page.getByRole('table', { name: 'Totals by service' })
const entries = (page: Page) => page.getByRole('table', { name: 'Consumption by service and type' })
const grandTotal = (page: Page) => totals(page).getByRole('row', { name: /^All services/ })
const quick = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name })

test('bill, from billing, reads this month so far, switches to last month and keeps it through a reload', async ({
  page,
  signIn,
}) => {
  await signIn('bill')
  await openConsumption(page)
  await expect(quick(page, 'This month')).toHaveAttribute('aria-pressed', 'true')
  await expect(grandTotal(page)).toContainText('€')
  await expect(totals(page).getByRole('rowheader', { name: 'TinaOS-FCU' })).toBeVisible()
  await expect(entries(page).getByRole('rowheader', { name: 'Service: TinaOS-FCU' })).toBeVisible()
  await expect(
    entries(page)
      .getByRole('row', { name: /RunInstances-OD BoxUsage:tinav/ })
      .first(),
  ).toBeVisible()
  const thisMonthTotal = await grandTotal(page).textContent()
  const thisMonthRows = await entries(page).textContent()

  await quick(page, 'Last month').click()
  const { from, to } = lastMonth()
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`))
  await expect(quick(page, 'Last month')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText(`from ${from} to ${to} included`)).toBeVisible()
  await expect(grandTotal(page)).not.toHaveText(thisMonthTotal!)
  await expect(grandTotal(page)).toContainText('€')
  await expect(entries(page)).not.toHaveText(thisMonthRows!)
  const lastMonthTotal = await grandTotal(page).textContent()

  await page.reload()
  await expect(quick(page, 'Last month')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('First day')).toHaveValue(from)
  await expect(page.getByLabel('Last day (included)')).toHaveValue(to)
  await expect(grandTotal(page)).toHaveText(lastMonthTotal!)
})

test('a period in the future or upside down is refused with what to change, and nothing is asked of OUTSCALE', async ({
  page,
  signIn,
}) => {
  await signIn('bill')
  await openConsumption(page)
  await expect(grandTotal(page)).toContainText('€')
  const calls = watchOscCalls(page)
  const shownTotal = await grandTotal(page).textContent()
  const form = page.getByRole('form', { name: 'Period' })
  const todayText = utcDay(today())

  await page.getByLabel('First day').fill('2024-03-10')
  await page.getByLabel('Last day (included)').fill('2024-03-01')
  await form.getByRole('button', { name: 'Show period' }).click()
  await expect(form.getByRole('alert')).toHaveText(
    'The first day (2024-03-10) is after the last day (2024-03-01). Choose a first day on or before the last day.',
  )
  await expect(page.getByLabel('First day')).toHaveAttribute('aria-invalid', 'true')

  const tomorrow = utcDay(new Date(Date.now() + 86_400_000))
  await page.getByLabel('First day').fill('2024-03-01')
  await page.getByLabel('Last day (included)').fill(tomorrow)
  await form.getByRole('button', { name: 'Show period' }).click()
  await expect(form.getByRole('alert')).toContainText(`ends on ${tomorrow}, after today (${todayText})`)
  await expect(form.getByRole('alert')).toContainText(`Choose a last day of ${todayText} or earlier.`)
  // The last period asked for stays on screen, and the URL still names it.
  await expect(grandTotal(page)).toHaveText(shownTotal!)
  await expect(page).not.toHaveURL(/from=2024-03/)

  // A shared link with a period in the future says why it shows nothing, instead of asking for it.
  await page.goto(`/demo-eu/consumption?from=${tomorrow}&to=${tomorrow}`)
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    `The period starts on ${tomorrow}, after today (${todayText}). Choose a first day of ${todayText} or earlier.`,
  )
  await expect(totals(page)).toHaveCount(0)
  expect(calls.filter((action) => action === 'ReadConsumptionAccount')).toEqual([])
  await page.getByRole('button', { name: 'Show this month' }).click()
  await expect(grandTotal(page)).toContainText('€')
})

test('the Consumption page passes axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('bill')
  await openConsumption(page)
  await expect(grandTotal(page)).toContainText('€')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'consumption')
})
