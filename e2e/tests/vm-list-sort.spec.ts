import { test, expect } from '../support/fixtures.ts'
import { openVmList, vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'
import { columnTexts } from '../support/table-columns.ts'

// Names in the order a person expects: alphabetical, numbers by value (web-2 before web-10), case ignored.
const alphabetical = (a: string, b: string) =>
  a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })

test('sorting VMs by name: ascending, then descending, kept through a reload, then back to the cloud’s order', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  const table = vmTable(page)
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })
  const names = () => columnTexts(table, 'Name')
  const unsorted = await names()
  const ascending = [...unsorted].sort(alphabetical)
  expect(unsorted.length).toBeGreaterThan(30)
  expect(unsorted, 'the cloud does not list the demo VMs by name').not.toEqual(ascending)

  const nameHeader = table.getByRole('columnheader', { name: 'Name' })
  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect.poll(names).toEqual(ascending)
  expect(ascending.slice(0, 3)).toEqual(['api-prod-1', 'api-prod-2', 'api-prod-3'])
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/)

  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(names).toEqual([...ascending].reverse())
  expect((await names()).slice(0, 2)).toEqual(['win-reporting-1', 'win-build-1'])
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/)

  await page.reload()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expectRowVisible(table, { Name: 'web-prod-1' })
  await expect.poll(names).toEqual([...ascending].reverse())

  // A third click takes the sort away: the rows come back in the order the cloud lists them.
  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await expect(nameHeader).not.toHaveAttribute('aria-sort', /./)
  await expect.poll(names).toEqual(unsorted)
  await expect(page).not.toHaveURL(/[?&]sort=/)
})

test('sorting by another column replaces the sort by name', async ({ page, signIn }) => {
  await signIn('alice')
  await openVmList(page)
  const table = vmTable(page)
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })

  const nameHeader = table.getByRole('columnheader', { name: 'Name' })
  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  const stateHeader = table.getByRole('columnheader', { name: 'State' })
  await stateHeader.getByRole('button', { name: 'State' }).click()
  await expect(stateHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(nameHeader).not.toHaveAttribute('aria-sort', /./)
  await expect(page).toHaveURL(/[?&]sort=state(&|$)/)
  // The states group together, alphabetically: the two VMs still starting first, the terminated one last.
  await expect
    .poll(() => columnTexts(table, 'State').then((s) => s.slice(0, 3)))
    .toEqual(['pending', 'pending', 'running'])
  const states = await columnTexts(table, 'State')
  expect(states).toEqual([...states].sort(alphabetical))
  expect(states.at(-1)).toBe('terminated')
})
