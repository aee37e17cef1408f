import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

/** The OUTSCALE id of the demo account in us-east-2, which the console names "Demo (US)". */
const US_ACCOUNT_ID = '210987654321'

const cards = (page: Page) => page.getByRole('list', { name: 'Accounts' })
const card = (page: Page, name: string) => cards(page).getByRole('region', { name, exact: true })
const totals = (page: Page) => page.getByRole('region', { name: 'Totals per currency' })

async function setFaults(simUrl: string, faults: unknown) {
  const response = await fetch(`${simUrl}/_sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  })
  expect(response.ok, await response.text()).toBe(true)
}

test('alice opens all accounts from the top bar: both demo accounts side by side, with their cost, fullest quota, resources and what needs attention', async ({
  page,
  signIn,
}) => {
  // Two themes checked by axe and photographed: more than a usual story.
  test.slow()
  await signIn('alice')
  await expect(page).toHaveURL(/\/demo-eu$/)
  await page.getByRole('banner').getByRole('link', { name: 'All accounts' }).click()
  await expect(page).toHaveURL(/\/all$/)
  await expect(page.getByRole('heading', { level: 1, name: 'All accounts' })).toBeVisible()

  for (const [name, region, currency] of [
    ['Demo (Europe)', 'eu-west-2', '€'],
    ['Demo (US)', 'us-east-2', '$'],
  ] as const) {
    const account = card(page, name)
    await expect(account).toContainText(region)
    await expect(account.getByText('Cost so far', { exact: true })).toBeVisible()
    await expect(account.getByRole('definition').first()).toContainText(currency)
    await expect(account.getByText('Month-end forecast', { exact: true })).toBeVisible()
    await expect(account.getByRole('meter', { name: /^Fullest quota: / })).toBeVisible()
    await expect(account.getByRole('list', { name: 'Resources' })).toContainText(/\d+ VMs? · \d+ running/)
    await expect(account.getByRole('link', { name: /items? needs? attention$/ })).toBeVisible()
  }
  // The demo account in Europe uses its whole public IP quota: that is its fullest.
  await expect(
    card(page, 'Demo (Europe)').getByRole('meter', { name: 'Fullest quota: IP Limit' }),
  ).toHaveAttribute('aria-valuetext', '5 of 5 used (100 %)')
  // One line per currency: euros and dollars are never added together.
  await expect(totals(page).getByRole('row', { name: /^EUR Demo \(Europe\) €/ })).toBeVisible()
  await expect(totals(page).getByRole('row', { name: /^USD Demo \(US\) \$/ })).toBeVisible()

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'all-accounts')

  // A card opens its account's home.
  await card(page, 'Demo (US)').getByRole('link', { name: 'Demo (US)', exact: true }).click()
  await expect(page).toHaveURL(/\/demo-us$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Demo (US) at a glance' })).toBeVisible()
})

test('when one account fails, its card says why with the RequestId, and the other account is still shown whole', async ({
  page,
  signIn,
  sim,
}) => {
  await setFaults(sim.url, {
    errors: [
      {
        accountId: US_ACCOUNT_ID,
        status: 500,
        code: '0',
        type: 'DefaultError',
        details: 'The US platform is down for maintenance.',
      },
    ],
  })
  await signIn('alice', '/all')
  await expect(page).toHaveURL(/\/all$/)

  const failed = card(page, 'Demo (US)').getByRole('alert')
  await expect(failed).toContainText('Demo (US) could not be read')
  await expect(failed).toContainText('RequestId:')

  const europe = card(page, 'Demo (Europe)')
  await expect(europe.getByRole('definition').first()).toContainText('€')
  await expect(europe.getByRole('list', { name: 'Resources' })).toContainText(/\d+ running/)
  await expect(europe.getByRole('alert')).toHaveCount(0)
  await expect(totals(page).getByRole('row', { name: /^EUR Demo \(Europe\)/ })).toBeVisible()
  await expect(totals(page)).toContainText('1 account is not counted')

  // Back up: retrying in the card brings the account back.
  await setFaults(sim.url, {})
  await failed.getByRole('button', { name: /retry/i }).click()
  await expect(card(page, 'Demo (US)').getByRole('alert')).toHaveCount(0)
  await expect(card(page, 'Demo (US)').getByRole('definition').first()).toContainText('$')
})

test('bill, who sees costs, finds each account’s cost and quota on all accounts, and no count of resources', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/all')
  await expect(page).toHaveURL(/\/all$/)
  for (const name of ['Demo (Europe)', 'Demo (US)']) {
    const account = card(page, name)
    await expect(account.getByText('Cost so far', { exact: true })).toBeVisible()
    await expect(account.getByRole('meter', { name: /^Fullest quota: / })).toBeVisible()
    await expect(account.getByRole('list', { name: 'Resources' })).toHaveCount(0)
    await expect(account).not.toContainText(/VMs?\b/)
    await expect(account.getByRole('alert')).toHaveCount(0)
  }
  await expect(totals(page).getByRole('row')).toHaveCount(3)
})
