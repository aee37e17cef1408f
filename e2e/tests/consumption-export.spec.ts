import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { downloadedText } from '../support/csv.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const totals = (page: Page) => page.getByRole('table', { name: 'Totals by service' })
const byTeam = (page: Page) => page.getByRole('table', { name: 'Cost by team' })
const comparison = (page: Page) => page.getByRole('region', { name: /^Compared with the/ })
const quick = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name })

/** "€1,234.56" → 123456 cents. */
const cents = (text: string | null) => {
  const amount = /[\d,]+\.\d\d/.exec(text ?? '')?.[0]
  expect(amount, `an amount in "${text}"`).toBeDefined()
  return Math.round(Number(amount!.replace(/,/g, '')) * 100)
}

async function exportJson(page: Page) {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  const download = await downloading
  return { name: download.suggestedFilename(), data: JSON.parse(await downloadedText(download)) }
}

test('bill exports the last 30 days as JSON, by service and by team: the file holds the period, the groups and the total shown', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await quick(page, 'Last 30 days').click()
  await expect(totals(page)).toBeVisible()
  const url = new URL(page.url())
  const period = { from: url.searchParams.get('from'), to: url.searchParams.get('to') }
  const shownTotal = cents(
    await totals(page)
      .getByRole('row', { name: /^All services/ })
      .textContent(),
  )
  const serviceRows = await totals(page).locator('tbody tr').count()

  const byService = await exportJson(page)
  expect(byService.name).toBe(`consumption-demo-eu-${period.from}-to-${period.to}.json`)
  expect(byService.data.period).toEqual(period)
  expect(byService.data.currency).toBe('EUR')
  expect(byService.data.groupedBy).toEqual({ kind: 'service' })
  expect(byService.data.groups).toHaveLength(serviceRows)
  expect(Math.round(byService.data.total * 100)).toBe(shownTotal)
  expect(byService.data.entries.length).toBeGreaterThan(0)
  const entriesTotal = byService.data.entries.reduce(
    (n: number, e: { Price?: number }) => n + (e.Price ?? 0),
    0,
  )
  expect(Math.round(entriesTotal * 100)).toBe(shownTotal)

  await page.goto(`/demo-eu/consumption?from=${period.from}&to=${period.to}&tag=team`)
  await expect(byTeam(page).getByRole('row', { name: /^Untagged/ })).toBeVisible()
  const teamTotal = cents(
    await byTeam(page)
      .getByRole('row', { name: /^All values/ })
      .textContent(),
  )
  const teamRows = await byTeam(page).locator('tbody tr').count()
  const grouped = await exportJson(page)
  expect(grouped.data.groupedBy).toEqual({ kind: 'tag', key: 'team' })
  expect(grouped.data.groups).toHaveLength(teamRows)
  expect(grouped.data.groups.at(-1).name).toBeNull()
  expect(Math.round(grouped.data.total * 100)).toBe(teamTotal)
  expect(
    grouped.data.groups.reduce((n: number, g: { price: number }) => n + Math.round(g.price * 100), 0),
  ).toBe(teamTotal)
})

const day = (at: number) => new Date(at).toISOString().slice(0, 10)

test('the period is compared with the same number of days just before, whose total is what that period shows', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await quick(page, 'Last 7 days').click()
  await expect(totals(page)).toBeVisible()
  const from = Date.parse(`${new URL(page.url()).searchParams.get('from')}T00:00:00Z`)
  const before = { from: day(from - 7 * 86_400_000), to: day(from - 86_400_000) }
  const current = cents(
    await totals(page)
      .getByRole('row', { name: /^All services/ })
      .textContent(),
  )
  await expect(comparison(page)).toHaveAccessibleName('Compared with the 7 days before')
  const previousLine = comparison(page).getByText(`From ${before.from} to ${before.to} included: €`)
  await expect(previousLine).toBeVisible()
  const previousText = await previousLine.textContent()
  const previous = cents(previousText)
  expect(previous).toBeGreaterThan(0)
  const change = (Math.abs(current - previous) / previous) * 100
  const said = (await comparison(page).locator('p').last().textContent()) ?? ''
  if (Math.abs(current - previous) < 1)
    expect(said).toBe('This period costs the same as the one before, to the percent.')
  else {
    // The page divides unrounded prices; the cents shown can move the last percent by one.
    const [, percent, way] =
      /^This period costs (\d+) % (more|less) \(€[\d,.]+ (?:more|less)\)\.$/.exec(said) ?? []
    expect(way, said).toBe(current > previous ? 'more' : 'less')
    expect(Math.abs(Number(percent) - change)).toBeLessThanOrEqual(1)
  }

  // The period before, opened on its own, shows the same total.
  await page.goto(`/demo-eu/consumption?from=${before.from}&to=${before.to}`)
  await expect(totals(page).getByRole('row', { name: /^All services/ })).toContainText(
    /€[\d,]+\.\d\d/.exec(previousText!)![0],
  )
})

test('bill, who reads no resource, sees the 10 most expensive resources of the last 30 days, costliest first', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/demo-eu/consumption')
  await quick(page, 'Last 30 days').click()
  const top = page.getByRole('table', { name: 'The 10 most expensive resources' })
  await expect(top.locator('tbody tr')).toHaveCount(10)
  const prices = (await top.locator('tbody tr td:last-child').allTextContents()).map(cents)
  expect(prices).toEqual([...prices].sort((a, b) => b - a))
  expect(prices[0]).toBeGreaterThan(0)
  await expect(top.locator('tbody tr').first()).toContainText(/^(i|vol|eipalloc|lbu)-?\S+/)
  await page.setViewportSize({ width: 400, height: 900 })
  await top.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('top-400.png') })
})
