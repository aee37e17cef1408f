import { test, expect } from '../support/fixtures.ts'
import { expectRowVisible } from '../support/table.ts'

// A create refreshes the lists it changes besides its own family's, as the resource kit says (readersChangedBy):
// a NAT service takes its public IP, so the public IPs list is read again after one is created, even when it was
// read a moment before. The page's clock stands still, so no list ever turns stale by age alone: only the create
// can make the public IPs list read again. No Name is given, since tagging a new resource refreshes every list.
test('a NAT service created from its dialog makes the public IPs list show its address in use', async ({
  page,
  signIn,
}) => {
  await page.clock.setFixedTime(new Date())
  await signIn('alice', '/demo-eu/public-ips')
  const nav = page.getByRole('navigation', { name: 'Resources' })
  const publicIps = page.getByRole('table', { name: 'Public IPs' })
  await expectRowVisible(publicIps, { 'Public IP': 'eip-4', Billing: /idle/i })

  await nav.getByRole('link', { name: 'NAT services', exact: true }).click()
  await page.getByRole('button', { name: 'Create NAT service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create NAT service' })
  const ips = dialog.getByRole('combobox', { name: 'Public IP' })
  await ips.selectOption({ label: (await ips.getByRole('option', { name: /^eip-4 / }).textContent()) ?? '' })
  const subnets = dialog.getByRole('combobox', { name: 'Subnet' })
  await subnets.selectOption({
    label: (await subnets.getByRole('option', { name: /^prod-a / }).textContent()) ?? '',
  })
  await dialog.getByRole('button', { name: 'Create NAT service' }).click()
  await expect(page.getByRole('heading', { name: /^nat-/, level: 1 })).toBeVisible()

  await nav.getByRole('link', { name: 'Public IPs', exact: true }).click()
  await expectRowVisible(publicIps, { 'Public IP': 'eip-4', Billing: 'In use' })
})
