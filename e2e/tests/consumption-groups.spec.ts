import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const groupBy = (page: Page) => page.getByRole('form', { name: 'Group by' })

/** "€1,234.56" → 123456 cents. */
const cents = (text: string | null) => {
  const amount = /[\d,]+\.\d\d/.exec(text ?? '')?.[0]
  expect(amount, `an amount in "${text}"`).toBeDefined()
  return Math.round(Number(amount!.replace(/,/g, '')) * 100)
}

test('bill groups the last 30 days by subregion: the subregions add up to the ungrouped total to the cent, and the chart and the entries follow', async ({
  page,
  signIn,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await page
    .getByRole('group', { name: 'Quick periods' })
    .getByRole('button', { name: 'Last 30 days' })
    .click()
  const byService = page.getByRole('table', { name: 'Totals by service' })
  await expect(byService).toBeVisible()
  const ungrouped = cents(await byService.getByRole('row', { name: /^All services/ }).textContent())

  await groupBy(page).getByRole('combobox', { name: 'Group by' }).selectOption('Subregion')
  await expect(page).toHaveURL(/group=subregion/)
  const bySubregion = page.getByRole('table', { name: 'Totals by subregion' })
  await expect(bySubregion.getByRole('rowheader', { name: /^eu-west-2[a-c]$/ }).first()).toBeVisible()
  const rows = bySubregion.locator('tbody tr')
  const count = await rows.count()
  let sum = 0
  for (let i = 0; i < count; i++) sum += cents(await rows.nth(i).getByRole('cell').last().textContent())
  const total = cents(await bySubregion.getByRole('row', { name: /^All subregions/ }).textContent())
  expect(sum).toBe(total)
  expect(total).toBe(ungrouped)

  // The chart stacks by subregion, the entries are listed under theirs.
  await expect(page.getByRole('figure', { name: 'Cost by day, by subregion' })).toBeVisible()
  const entries = page.getByRole('table', { name: 'Consumption by subregion and type' })
  await expect(entries.getByRole('rowheader', { name: /^Subregion: eu-west-2[a-c]$/ }).first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Kept through a reload, and by resource the lines name their resources.
  await page.reload()
  await expect(groupBy(page).getByRole('combobox', { name: 'Group by' })).toHaveValue('subregion')
  await groupBy(page).getByRole('combobox', { name: 'Group by' }).selectOption('Resource')
  await expect(page).toHaveURL(/group=resource/)
  const byResource = page.getByRole('table', { name: 'Totals by resource' })
  await expect(byResource.getByRole('rowheader', { name: /^i-[0-9a-f]+$/ }).first()).toBeVisible()
  expect(cents(await byResource.getByRole('row', { name: /^All resources/ }).textContent())).toBe(ungrouped)
})
