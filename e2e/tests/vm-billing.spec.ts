import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { anotherPerson } from '../support/team.ts'
import { openVm, openVmId, openVmList, watchOscCalls } from '../support/console.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

const notAllowed = (page: Page) => page.getByRole('region', { name: 'Not allowed' })

test('bill, from billing, opening the VM list is told his role does not include reading VMs, and nothing is asked of OUTSCALE', async ({
  page,
  signIn,
}) => {
  const calls = watchOscCalls(page)
  await signIn('bill', '/demo-eu/vms')
  await page.getByRole('heading', { name: 'VMs', level: 1 }).waitFor()
  await expect(notAllowed(page)).toContainText("Your role does not include reading this account's VMs.")
  await expect(notAllowed(page)).toContainText(
    'Your role (billing) on Demo (Europe) does not allow ReadVms. Ask an administrator of this console',
  )
  // Retrying cannot change a role: no retry, no table, no action.
  await expect(page.getByRole('button', { name: /Retry|Refresh|Create VM|Export/ })).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)

  await page.getByRole('button', { name: /^User menu: Bill/ }).click()
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Role on Demo (Europe): billing' }),
  ).toBeVisible()
  expect(calls.filter((action) => action === 'ReadVms')).toEqual([])
})

test('the create form opened by its address tells bill he may not create VMs, and reads nothing for it', async ({
  page,
  signIn,
}) => {
  const calls = watchOscCalls(page)
  await signIn('bill', '/demo-eu/vms/new')
  await page.getByRole('heading', { name: 'Create VM', level: 1 }).waitFor()
  await expect(notAllowed(page)).toContainText('Your role does not include creating VMs in this account.')
  await expect(notAllowed(page)).toContainText(
    'Your role (billing) on Demo (Europe) does not allow CreateVms.',
  )
  await expect(page.getByRole('form', { name: 'Create VM' })).toHaveCount(0)
  expect(calls).toEqual([])
})

test('a link to a VM that an admin shares with bill says his role does not include reading VMs, and shows nothing of the VM', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  const alice = await anotherPerson(browser, baseURL!, 'alice')
  const alicePage = alice.page
  await openVmList(alicePage)
  await openVm(alicePage, 'web-prod-1')
  const link = new URL(alicePage.url())
  const vmId = openVmId(alicePage)
  await alice.close()

  const calls = watchOscCalls(page)
  await signIn('bill', link.pathname)
  await page.getByRole('heading', { name: `VM ${vmId}`, level: 1 }).waitFor()
  await expect(notAllowed(page)).toContainText('Your role (billing) on Demo (Europe) does not allow ReadVms.')
  expect(calls.filter((action) => action === 'ReadVms')).toEqual([])
  await expect(page.getByRole('heading', { name: 'web-prod-1' })).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'VM actions' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'VM sections' })).toHaveCount(0)
})
