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
