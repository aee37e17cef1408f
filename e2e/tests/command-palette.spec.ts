import { test, expect } from '../support/fixtures.ts'
import { openVmList, vmAction } from '../support/console.ts'

test('the command palette finds a VM by name, from the keyboard', async ({ page, signIn }) => {
  await signIn('alice')
  await openVmList(page)
  await page.keyboard.press('Control+K')
  const command = page.getByRole('combobox', { name: 'Command' })
  await command.fill('web-prod-2')
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText(
    'web-prod-2 (i-',
  )
  await command.press('Enter')
  await expect(page.getByRole('heading', { name: 'web-prod-2', level: 1 })).toBeVisible()
})

test('an action chosen in the command palette opens its confirmation, never runs by itself', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openVmList(page)
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Command' }).fill('stop web-prod-2')
  await page.getByRole('combobox', { name: 'Command' }).press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Stop web-prod-2' })
  await expect(dialog).toBeVisible()
  await expect(vmAction(page, 'Start')).toHaveAccessibleDescription(/this one is running/)
  await dialog.getByRole('button', { name: 'Stop VM' }).click()
  await sim.advance(120)
  await expect(vmAction(page, 'Start')).toBeEnabled()
})

test('an action chosen in the palette on the VM page itself opens its confirmation, every time', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  const command = page.getByRole('combobox', { name: 'Command' })
  await page.keyboard.press('Control+K')
  await command.fill('web-prod-2')
  await command.press('Enter')
  await expect(page.getByRole('heading', { name: 'web-prod-2', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+K')
  await command.fill('reboot web-prod-2')
  await command.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Reboot web-prod-2' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.keyboard.press('Control+K')
  await command.fill('reboot web-prod-2')
  await command.press('Enter')
  await expect(dialog).toBeVisible()
})

test('the palette offers bill, from billing, the pages his sidebar offers: no audit log', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/demo-eu/consumption')
  await expect(page.getByRole('heading', { name: 'Consumption', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+K')
  const command = page.getByRole('combobox', { name: 'Command' })
  await command.fill('Quotas')
  const results = page.getByRole('listbox', { name: 'Results' })
  // The page, not the ReadQuotas call the palette also finds.
  await expect(results.getByRole('option', { name: /^Quotas/ })).toBeVisible()
  await command.fill('Audit')
  await expect(results.getByRole('option', { name: /Audit log/ })).toHaveCount(0)
})
