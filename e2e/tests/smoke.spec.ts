import { test, expect } from '../support/fixtures.ts'

test('the console loads and the VM list shows the seeded VMs', async ({ page, signIn }) => {
  await signIn('alice')
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(VMs|Virtual machines)$/i })
    .click()
  const table = page.getByRole('table').or(page.getByRole('grid'))
  await expect(table.getByRole('row').nth(1)).toBeVisible()
})
