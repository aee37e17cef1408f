// The account home counts load balancers' backends up and down, and lists a load balancer with a backend out of
// service in "Needs attention", linked to its page.
import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'

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

test('vera sees how many load balancer backends are up and down, and opens the load balancer whose backend is down', async ({
  page,
  signIn,
}) => {
  await signIn('vera')
  await expect(page).toHaveURL(/\/demo-eu$/)
  // The demo's staging load balancer has a running backend that fails its health checks.
  const lbs = tile(page, 'Load balancers')
  await expect(lbs).toContainText(/\d+ up/)
  await expect(lbs).toContainText(/[1-9]\d* down/)
  const down = attentionItems(page).filter({ hasText: 'Backend down' }).filter({ hasText: 'web-staging-lb' })
  await expect(down).toContainText(/\d+ of 3 backend VMs out of service: i-[0-9a-f]+.*\./)
  await down.getByRole('link', { name: 'web-staging-lb' }).click()
  await expect(page).toHaveURL(/\/demo-eu\/load-balancers\/web-staging-lb$/)
  await expect(page.getByRole('heading', { name: 'web-staging-lb', level: 1 })).toBeVisible()
})
