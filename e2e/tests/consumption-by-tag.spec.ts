import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const byTeam = (page: Page) => page.getByRole('table', { name: 'Cost by team' })
const totals = (page: Page) => page.getByRole('table', { name: 'Totals by service' })
const groupBy = (page: Page) => page.getByRole('form', { name: 'Group by' })

/** "€1,234.56" → 123456 cents. */
const cents = (text: string | null) => {
  const amount = /[\d,]+\.\d\d/.exec(text ?? '')?.[0]
  expect(amount, `an amount in "${text}"`).toBeDefined()
  return Math.round(Number(amount!.replace(/,/g, '')) * 100)
}

test('bill groups the last 30 days by the tag team: each team’s cost, untagged apart, adding up to the ungrouped total to the cent', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await page
    .getByRole('group', { name: 'Quick periods' })
    .getByRole('button', { name: 'Last 30 days' })
    .click()
  await expect(totals(page)).toBeVisible()
  const ungrouped = cents(
    await totals(page)
      .getByRole('row', { name: /^All services/ })
      .textContent(),
  )

  await groupBy(page).getByRole('combobox', { name: 'Group by' }).selectOption('Tag key')
  await expect(groupBy(page).getByRole('textbox', { name: 'Tag key' })).toHaveValue('team')
  await expect(page).toHaveURL(/tag=team/)
  for (const team of ['web', 'api', 'data', 'platform'])
    await expect(byTeam(page).getByRole('row', { name: new RegExp(`^${team} \\d+ €`) })).toBeVisible()
  await expect(byTeam(page).getByRole('row', { name: /^Untagged/ })).toBeVisible()

  // The teams and the untagged add up to the table's total, which is the ungrouped one, to the cent.
  const rows = byTeam(page).locator('tbody tr')
  const count = await rows.count()
  let sum = 0
  for (let i = 0; i < count; i++) sum += cents(await rows.nth(i).getByRole('cell').last().textContent())
  const total = cents(
    await byTeam(page)
      .getByRole('row', { name: /^All values/ })
      .textContent(),
  )
  expect(sum).toBe(total)
  expect(total).toBe(ungrouped)

  // The chart by day stacks by the team's values too, and its figures add up to the same total.
  const chart = page.getByRole('figure', { name: 'Cost by day, by team' })
  await expect(chart.getByRole('img', { name: 'Cost by day, by team' })).toBeVisible()
  const legend = chart.getByRole('list', { name: 'Legend' })
  for (const team of ['web', 'api', 'data', 'platform'])
    await expect(legend.getByRole('listitem').filter({ hasText: new RegExp(`^${team}$`) })).toBeVisible()
  await chart.getByRole('button', { name: 'Show the figures as a table' }).click()
  const figures = chart.getByRole('table', { name: 'Cost by day, by team' })
  await expect(figures.getByRole('row')).toHaveCount(31)
  await expect(figures.getByRole('columnheader', { name: 'web' })).toBeVisible()

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'consumption-by-tag')

  // Another key, typed; and back to services.
  await groupBy(page).getByRole('textbox', { name: 'Tag key' }).fill('env')
  await groupBy(page).getByRole('button', { name: 'Group' }).click()
  await expect(page).toHaveURL(/tag=env/)
  await expect(
    page.getByRole('table', { name: 'Cost by env' }).getByRole('row', { name: /^prod/ }),
  ).toBeVisible()
  await groupBy(page).getByRole('combobox', { name: 'Group by' }).selectOption('Service')
  await expect(page).not.toHaveURL(/tag=/)
  await expect(totals(page)).toBeVisible()
})
