import { test, expect, signInThroughIdp } from '../support/fixtures.ts'
import { openVm, openVmList, vmTable } from '../support/console.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

// What the BFF tells a billing person who asks for a call outside quotas, consumption and the catalogue.
const refused = (call: string) =>
  new RegExp(`not allowed to call ${call} on account demo-eu: .*your role on account demo-eu is billing`)

test('bill, from billing, lands on the VM list but reads no VM: the refusal names his role, and Create VM says why it is disabled', async ({
  page,
  signIn,
}) => {
  await signIn('bill')
  await page.getByRole('heading', { name: 'VMs', level: 1 }).waitFor()
  await expect(page).toHaveURL(/\/demo-eu\/vms$/)
  const table = vmTable(page)
  const alert = table.getByRole('alert')
  await expect(alert).toContainText('The virtual machines could not be loaded')
  await expect(alert).toContainText(refused('ReadVms'))
  await expect(table.getByRole('link')).toHaveCount(0)
  await expect(table.getByRole('checkbox', { name: /^Select (?!all)/ })).toHaveCount(0)

  const create = page.getByRole('button', { name: 'Create VM' })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(
    'Your role (billing) on Demo (Europe) does not allow CreateVms.',
  )
  await create.click({ force: true })

  await page.getByRole('button', { name: /^User menu: Bill/ }).click()
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Role on Demo (Europe): billing' }),
  ).toBeVisible()
  // The click on the disabled Create VM, before, led nowhere.
  await expect(page).toHaveURL(/\/demo-eu\/vms$/)
})

test('the create form opened by its address lets bill create nothing: images, types and Create VM are refused', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/demo-eu/vms/new')
  const form = page.getByRole('form', { name: 'Create VM' })
  await expect(form.getByRole('alert').filter({ hasText: refused('ReadImages') })).toBeVisible()
  await expect(form.getByRole('alert').filter({ hasText: refused('ReadVmTypes') })).toBeVisible()
  await expect(form.getByRole('radio', { name: /ami-/ })).toHaveCount(0)
  const create = form.getByRole('button', { name: 'Create VM' })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(
    'Your role (billing) on Demo (Europe) does not allow CreateVms.',
  )
})

test('a link to a VM that an admin shares with bill shows the refusal, and no action on the VM', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  const admin = await browser.newContext({ baseURL })
  const alicePage = await admin.newPage()
  await alicePage.goto('/')
  await signInThroughIdp(alicePage, 'alice')
  await openVmList(alicePage)
  await openVm(alicePage, 'web-prod-1')
  const link = new URL(alicePage.url())
  const vmId = link.pathname.split('/').at(-1)!
  expect(vmId).toMatch(/^i-[0-9a-f]{8}$/)
  await admin.close()

  await signIn('bill', link.pathname)
  await page.getByRole('heading', { name: `VM ${vmId}`, level: 1 }).waitFor()
  await expect(page.getByRole('alert').filter({ hasText: refused('ReadVms') })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'web-prod-1' })).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'VM actions' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'VM sections' })).toHaveCount(0)
})
