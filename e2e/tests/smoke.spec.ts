import { test } from '../support/fixtures.ts'
import { openVmList, vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'

test('the console loads and the VM list shows the seeded VMs', async ({ page, signIn }) => {
  await signIn('alice')
  await openVmList(page)
  await expectRowVisible(vmTable(page), {
    Name: 'web-prod-1',
    State: 'running',
    Subregion: /^eu-west-2[ab]$/,
  })
  await expectRowVisible(vmTable(page), { Name: 'api-prod-1', State: 'running' })
  // Further down the (virtualised) list: found through the search box.
  await page.getByLabel('Search', { exact: true }).fill('spark')
  await expectRowVisible(vmTable(page), { Name: 'spark-worker-1', State: 'pending' })
  await expectRowVisible(vmTable(page), { Name: 'spark-worker-2', State: 'pending' })
})
