import type { Page } from '@playwright/test'
import { test, expect, signInThroughIdp } from '../support/fixtures.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const section = (page: Page) => page.getByRole('region', { name: 'Run-rate if nothing changes' })
const table = (page: Page) => section(page).getByRole('table', { name: 'Run-rate by kind and type' })
const TYPE = 'BoxUsage:tinav5.c1r1p2'

/** "€1,234.56" → 123456 cents. */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100)

/** The run-rate per hour the summary says, in cents, and the VMs of TYPE the table counts. */
async function readRunRate(page: Page) {
  const summary = section(page).getByText(/^The live resources cost/)
  await expect(summary).toBeVisible()
  const hourly = /cost (\S+) an hour/.exec((await summary.textContent()) ?? '')?.[1] ?? ''
  const row = table(page).getByRole('row').filter({ hasText: TYPE })
  const count = (await row.count()) ? Number(await row.getByRole('cell').nth(2).textContent()) : 0
  return { hourly: cents(hourly), count }
}

test('bill, who reads no resource, sees the run-rate of the live resources go up once a VM more runs', async ({
  page,
  signIn,
  browser,
  stack,
  sim,
}) => {
  test.slow()
  await signIn('bill', '/demo-eu/consumption')
  await expect(table(page).getByRole('row').filter({ hasText: 'Running VMs' }).first()).toBeVisible()
  await expect(section(page).getByText(/^At this rate a day costs/)).toBeVisible()
  const before = await readRunRate(page)
  expect(before.hourly).toBeGreaterThan(0)
  await expectNoSeriousA11yViolations(page)

  // An administrator starts a VM of that type, in another browser.
  const admin = await browser.newContext({ baseURL: stack.baseUrl })
  try {
    const adminPage = await admin.newPage()
    await adminPage.goto('/')
    await signInThroughIdp(adminPage, 'alice')
    const headers = { 'X-Requested-With': 'osc-console', Origin: stack.baseUrl }
    const images = await adminPage.request.post('/api/osc/demo-eu/ReadImages', { data: {}, headers })
    const imageId = ((await images.json()) as { Images: Array<{ ImageId: string }> }).Images[0]?.ImageId
    const created = await adminPage.request.post('/api/osc/demo-eu/CreateVms', {
      data: { ImageId: imageId, VmType: 'tinav5.c1r1p2' },
      headers,
    })
    expect(created.status()).toBe(200)
  } finally {
    await admin.close()
  }
  await sim.advance(120)

  await page.reload()
  await expect(table(page)).toBeVisible()
  const after = await readRunRate(page)
  expect(after.count).toBe(before.count + 1)
  expect(after.hourly).toBeGreaterThan(before.hourly)
})
