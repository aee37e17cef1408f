import { test, expect } from '../support/fixtures.ts'
import { searchList, openVm, openVmList, vmAction, vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'

test('a VM created through the form goes from pending to running as the cloud starts it', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openVmList(page)
  await page.getByRole('button', { name: 'Create VM' }).click()
  const form = page.getByRole('form', { name: 'Create VM' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('e2e-web-1')
  await form.getByRole('group', { name: 'Image' }).getByRole('radio').first().check()
  await form.getByRole('button', { name: 'Create VM' }).click()

  await page.getByRole('heading', { name: 'e2e-web-1', level: 1 }).waitFor()
  await expect(vmAction(page, 'Stop')).toHaveAccessibleDescription(/this one is pending/)
  await sim.advance(120)
  await expect(vmAction(page, 'Stop')).toBeEnabled()

  await page.getByRole('link', { name: '← VMs' }).click()
  await searchList(page, 'e2e-web')
  await expectRowVisible(vmTable(page), { Name: 'e2e-web-1', State: 'running' })
})

test('a running VM is stopped, then started again', async ({ page, signIn, sim }) => {
  await signIn('alice')
  await openVmList(page)
  await openVm(page, 'web-prod-2')
  await expect(vmAction(page, 'Start')).toHaveAccessibleDescription(/this one is running/)

  await vmAction(page, 'Stop').click()
  await page.getByRole('dialog', { name: 'Stop web-prod-2' }).getByRole('button', { name: 'Stop VM' }).click()
  await expect(vmAction(page, 'Stop')).toHaveAccessibleDescription(/this one is (stopping|stopped)/)
  await sim.advance(120)
  await expect(vmAction(page, 'Start')).toBeEnabled()

  await vmAction(page, 'Start').click()
  await expect(vmAction(page, 'Start')).toHaveAccessibleDescription(/this one is (pending|running)/)
  await sim.advance(120)
  await expect(vmAction(page, 'Stop')).toBeEnabled()
  await page.getByRole('link', { name: '← VMs' }).click()
  await expectRowVisible(vmTable(page), { Name: 'web-prod-2', State: 'running' })
})

test('terminating a VM asks for its name first', async ({ page, signIn, sim }) => {
  await signIn('alice')
  await openVmList(page)
  await openVm(page, 'web-staging-1')
  await vmAction(page, 'Terminate').click()
  const dialog = page.getByRole('dialog', { name: 'Terminate web-staging-1' })
  const confirm = dialog.getByRole('button', { name: 'Terminate VM' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel(/Type the VM’s name/).fill('web-staging-2')
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel(/Type the VM’s name/).fill('web-staging-1')
  await confirm.click()

  await page.getByRole('heading', { name: 'VMs', level: 1 }).waitFor()
  await sim.advance(300)
  await searchList(page, 'web-staging')
  await expectRowVisible(vmTable(page), { Name: 'web-staging-1', State: /shutting-down|terminated/ })
  await expectRowVisible(vmTable(page), { Name: 'web-staging-2', State: 'running' })
})

test('a VM with deletion protection cannot be terminated, and the button says why', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  await openVm(page, 'db-prod-1')
  await expect(vmAction(page, 'Terminate')).toBeDisabled()
  await expect(vmAction(page, 'Terminate')).toHaveAccessibleDescription(/Deletion protection is on/)
})
