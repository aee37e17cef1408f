import { test, expect } from '../support/fixtures.ts'
import { openVmList, vmTable } from '../support/console.ts'
import { expectNoRow, expectRowVisible } from '../support/table.ts'

test('filtering VMs by state and tag is kept in the URL and restored by a reload', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  const table = vmTable(page)
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })

  await page.getByLabel('State', { exact: true }).selectOption('stopped')
  await expect(page).toHaveURL(/state=stopped/)
  await expectRowVisible(table, { Name: 'ci-runner-1', State: 'stopped' })
  await expectNoRow(table, { Name: 'web-prod-1' })

  await page.getByLabel('Tag', { exact: true }).fill('env=staging')
  await expect(page).toHaveURL(/tag=env(%3D|=)staging/)
  await expectRowVisible(table, { Name: 'db-staging-1', State: 'stopped' })
  await expectRowVisible(table, { Name: 'db-staging-2', State: 'stopped' })
  await expectNoRow(table, { Name: 'ci-runner-1' })

  await page.reload()
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('stopped')
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('env=staging')
  await expectRowVisible(table, { Name: 'db-staging-1', State: 'stopped' })
  await expectNoRow(table, { Name: 'ci-runner-1' })
  await expectNoRow(table, { Name: 'web-prod-1' })
})

test('a link with a filter value the console does not accept shows the list unfiltered by it', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/vms?state=ON%20FIRE!&tag=env%3Dprod&sort=not%20a%20column!')
  const table = vmTable(page)
  // The malformed state and sort are dropped; the valid tag filter is kept.
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('')
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('env=prod')
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })
  await expectNoRow(table, { Name: 'db-staging-1' })
})
