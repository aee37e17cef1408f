import { test, expect } from '../support/fixtures.ts'
import { openVmList, searchList, vmTable } from '../support/console.ts'
import { createVms } from '../support/team.ts'

test('a call that OUTSCALE fails shows a plain message and the RequestId to quote', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  // The simulator fails every call naming this VM (it is tagged sim:fail=503).
  await searchList(page, 'flaky-worker')
  await vmTable(page).getByRole('link', { name: 'flaky-worker-1', exact: true }).click()
  const alert = page.getByRole('main').getByRole('alert')
  await expect(alert).toContainText(/RequestId: [0-9a-f-]{36}/)
  // A sentence for a person (what happened, what to do), not a dump of the response.
  await expect(alert).toContainText(/[A-Z][^{}\n]{20,}\./)
  await expect(alert).not.toContainText('{')
  // What the list already knew stays on the page, and the page says where it comes from.
  await expect(alert).toContainText('shown as the VM list last showed it')
  await expect(page.getByRole('heading', { name: 'flaky-worker-1', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'VM sections' })).toBeVisible()

  // Opened directly, with no list to fall back on, the page has only the error to show.
  await page.reload()
  await expect(alert).toContainText(/RequestId: [0-9a-f-]{36}/)
  await expect(alert).not.toContainText('shown as the VM list')
  await expect(page.getByRole('navigation', { name: 'VM sections' })).toHaveCount(0)
})

test('a VM that would exceed the account quota is blocked before it is sent', async ({
  page,
  signIn,
  baseURL,
}) => {
  await signIn('alice')
  // Someone else on the team takes the account's last five VMs (the demo seed leaves 5 of 45).
  await createVms(page.request, baseURL!, 5)

  await openVmList(page)
  await page.getByRole('button', { name: 'Create VM' }).click()
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('one-too-many')
  await form.getByRole('group', { name: 'Image' }).getByRole('radio').first().check()
  await expect(form.getByRole('list', { name: 'Quotas left' })).toContainText('VMs: 0 left of 45')
  await expect(form.getByRole('alert')).toContainText('This VM would exceed the account’s quota')
  const create = form.getByRole('button', { name: 'Create VM' })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(/VMs: 45 of 45 used/)
})
