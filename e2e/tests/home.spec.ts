import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { watchOscCalls } from '../support/console.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const tile = (page: Page, name: string) =>
  section(page, 'Resources')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
const attentionItems = (page: Page) =>
  section(page, 'Needs attention').getByRole('list', { name: 'Needs attention' }).getByRole('listitem')

test('alice lands on the demo account’s home: the full IP quota, an idle public IP and an open SSH rule to look at, and this month’s cost by day', async ({
  page,
  signIn,
}) => {
  // Two themes checked by axe and photographed, then two pages opened: more than a usual story.
  test.slow()
  await signIn('alice')
  await expect(page).toHaveURL(/\/demo-eu$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Demo (Europe) at a glance' })).toBeVisible()

  // Counts by state: the demo runs most of its VMs, two start, and two of its five public IPs are idle.
  await expect(tile(page, 'VMs')).toContainText(/\d+ running/)
  await expect(tile(page, 'VMs')).toContainText('2 in transition')
  await expect(tile(page, 'Public IPs')).toContainText('3 attached')
  await expect(tile(page, 'Public IPs')).toContainText('2 idle')

  const quotas = section(page, 'Quotas near their limit')
  await expect(quotas.getByRole('meter', { name: 'IP Limit' })).toHaveAttribute(
    'aria-valuetext',
    '5 of 5 used (100 %)',
  )
  await expect(quotas.getByRole('link', { name: 'Open Quotas' })).toBeVisible()

  // Needs attention says why each item is there, what it costs, and opens its page.
  const idleIp = attentionItems(page).filter({ hasText: 'Unattached public IP' }).first()
  await expect(idleIp).toContainText('is linked to nothing and billed by the hour.')
  await expect(idleIp).toContainText(/€\d+\.\d\d per month/)
  const ssh = attentionItems(page).filter({
    hasText: 'SSH (port 22) is open to the whole internet (0.0.0.0/0).',
  })
  await expect(ssh.getByRole('link', { name: 'legacy-public' })).toBeVisible()
  await expect(attentionItems(page).filter({ hasText: 'IP Limit' })).toContainText(
    '5 of 5 used (100 %): the next creation may be refused.',
  )

  const month = section(page, 'Month to date')
  await expect(month.getByText('Cost so far', { exact: true })).toBeVisible()
  await expect(month.getByRole('definition').first()).toContainText('€')
  await expect(month.getByText('Month-end forecast', { exact: true })).toBeVisible()
  await expect(
    month.getByText(/^Linear: the cost so far ÷ the [\d.]+ days elapsed × \d+ days\.$/),
  ).toBeVisible()
  await expect(month.getByText('Same period last month', { exact: true })).toBeVisible()
  const chart = month.getByRole('figure', { name: 'Cost by day, this month' })
  await expect(chart.getByRole('img', { name: 'Cost by day, this month' })).toBeVisible()
  // The figures behind the bars, one row per day so far, for whoever cannot see the chart.
  await chart.getByRole('button', { name: 'Show the figures as a table' }).click()
  const figures = chart.getByRole('table', { name: 'Cost by day, this month' })
  await expect(figures).toBeVisible()
  await expect(figures.getByRole('row')).toHaveCount(new Date().getUTCDate() + 1)
  await expect(figures.getByRole('columnheader', { name: 'Cost (EUR)' })).toBeVisible()

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'home')

  await ssh.getByRole('link', { name: 'legacy-public' }).click()
  await expect(page).toHaveURL(/\/demo-eu\/security-groups\/sg-[0-9a-f]+$/)
  await expect(page.getByRole('heading', { name: 'legacy-public', level: 1 })).toBeVisible()
  await page.goBack()
  await idleIp.getByRole('link').click()
  await expect(page).toHaveURL(/\/demo-eu\/public-ips$/)
})

test('bill, from billing, lands on the home and sees costs and quotas, and nothing about the resources', async ({
  page,
  signIn,
}) => {
  const calls = watchOscCalls(page)
  await signIn('bill')
  await expect(page).toHaveURL(/\/demo-eu$/)
  await expect(section(page, 'Month to date').getByText('Cost so far', { exact: true })).toBeVisible()
  await expect(
    section(page, 'Month to date').getByRole('img', { name: 'Cost by day, this month' }),
  ).toBeVisible()
  await expect(
    section(page, 'Quotas near their limit').getByRole('meter', { name: 'IP Limit' }),
  ).toHaveAttribute('aria-valuetext', '5 of 5 used (100 %)')
  // His role reads no resource: no counts, no VM, no refusal either — the home leaves them out.
  await expect(section(page, 'Resources')).toHaveCount(0)
  await expect(page.getByRole('main').getByText(/running/)).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  await expect(attentionItems(page).filter({ hasText: 'IP Limit' })).toBeVisible()
  await expect(attentionItems(page).filter({ hasText: 'Unattached public IP' })).toHaveCount(0)
  expect(calls.filter((action) => !/^Read(Quotas|ConsumptionAccount|Catalog)$/.test(action))).toEqual([])

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'home-billing')
})
