import { test, expect } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

test('bill sees this month’s consumption drawn by day and stacked by service, with the same figures as a table', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  const chart = page.getByRole('figure', { name: 'Cost by day, by service' })
  await expect(chart.getByRole('img', { name: 'Cost by day, by service' })).toBeVisible()
  await expect(chart.getByRole('list', { name: 'Legend' }).getByRole('listitem').first()).toBeVisible()
  await chart.getByRole('button', { name: 'Show the figures as a table' }).click()
  const figures = chart.getByRole('table', { name: 'Cost by day, by service' })
  await expect(figures.getByRole('row')).toHaveCount(new Date().getUTCDate() + 1)
  await expect(figures.getByRole('columnheader', { name: 'Total' })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'consumption-chart')
})

test('bill sees last month’s CO2 emissions drawn by category, with OUTSCALE’s figures in the table', async ({
  page,
  signIn,
  baseURL,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await page.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name: 'Last month' }).click()
  const now = new Date()
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  const fromMonth = month.toISOString().slice(0, 10)
  const chart = page.getByRole('figure', { name: 'CO2 emissions by month, by category' })
  await expect(chart.getByRole('img', { name: 'CO2 emissions by month, by category' })).toBeVisible()
  await expect(
    chart.getByRole('list', { name: 'Legend' }).getByRole('listitem').filter({ hasText: 'compute' }),
  ).toBeVisible()
  await chart.getByRole('button', { name: 'Show the figures as a table' }).click()
  const figures = chart.getByRole('table', { name: 'CO2 emissions by month, by category' })
  await expect(figures.getByRole('columnheader', { name: 'Month (UTC)' })).toBeVisible()

  // The month's total is OUTSCALE's, read the same way, to the gram.
  const response = await page.request.post('/api/osc/demo-eu/ReadCO2EmissionAccount', {
    data: { FromMonth: fromMonth, ToMonth: now.toISOString().slice(0, 8) + '01' },
    headers: { 'X-Requested-With': 'osc-console', Origin: baseURL! },
  })
  expect(response.status()).toBe(200)
  const answer = (await response.json()) as { CO2EmissionEntries: Array<{ Month: string; Value: number }> }
  const value = answer.CO2EmissionEntries.find((e) => e.Month.startsWith(fromMonth.slice(0, 7)))?.Value
  expect(value).toBeGreaterThan(0)
  const monthName = month.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
  const total = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value!)
  await expect(
    figures.getByRole('row', { name: new RegExp(`^${monthName} .* ${total} kg CO₂e$`) }),
  ).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
})
