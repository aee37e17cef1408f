// The Quotas page draws how each quota moved since the console began sampling it (every 3 s in this stack), says
// in about how many days it will be full at that pace, and links a quota to the page of what it counts.
import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const quotaRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) })

/** The quota's line, named in words: "IP Limit over 4 samples since …: from 5 to 5 used, limit 5". */
const trendOf = (page: Page, name: string) =>
  quotaRow(page, name).getByRole('img', {
    name: new RegExp(`^${name} over \\d+ samples since .+: from \\d+ to \\d+ used, limit \\d+$`),
  })

test('alice sees how the IP quota moved since the console began sampling it, and opens the public IPs it counts', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/quotas')
  await page.getByRole('heading', { name: 'Quotas', level: 1 }).waitFor()
  // The page asks again at the sampling interval: the line is drawn once the console holds two samples.
  await expect(trendOf(page, 'IP Limit')).toBeVisible({ timeout: 20_000 })
  // The latest sample may be from before this story's fresh seed for a few seconds; then it is this one's.
  await expect(trendOf(page, 'IP Limit')).toHaveAccessibleName(/: from \d+ to 5 used, limit 5$/, {
    timeout: 15_000,
  })
  await expectNoSeriousA11yViolations(page)
  await quotaRow(page, 'IP Limit').getByRole('link', { name: 'Open Public IPs' }).click()
  await expect(page).toHaveURL(/\/demo-eu\/public-ips$/)
  await expect(page.getByRole('heading', { name: 'Public IPs', level: 1 })).toBeVisible()
})

test('alice allocates public IPs in the US account and its IP quota says when it will be full at this pace', async ({
  page,
  signIn,
  baseURL,
}) => {
  await signIn('alice', '/demo-us/quotas')
  await page.getByRole('heading', { name: 'Quotas', level: 1 }).waitFor()
  const ipRow = quotaRow(page, 'IP Limit')
  await expect(trendOf(page, 'IP Limit')).toBeVisible({ timeout: 20_000 })
  await expect(ipRow).toContainText('Not full at this pace')
  for (let i = 0; i < 3; i++) {
    const response = await page.request.post('/api/osc/demo-us/CreatePublicIp', {
      data: {},
      headers: { 'X-Requested-With': 'osc-console', Origin: baseURL! },
    })
    expect(response.status(), await response.text()).toBe(200)
  }
  // Three more in seconds: at that pace the quota is full within a day.
  await expect(ipRow).toContainText(/Full (within a day|in about \d+ days?) at this pace/, {
    timeout: 20_000,
  })
})

test('bill, who reads quotas and no resources, sees the trends without links to pages he may not read', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/demo-eu/quotas')
  await expect(trendOf(page, 'VM Limit')).toBeVisible({ timeout: 20_000 })
  await expect(quotaRow(page, 'VM Limit')).toContainText('40 of 45')
  await expect(quotaRow(page, 'IP Limit').getByRole('link')).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(0)
})
