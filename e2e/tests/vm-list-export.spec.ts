import { test, expect } from '../support/fixtures.ts'
import { openVm, openVmList, searchList, vmAction, vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'
import { columnHeaders, columnTexts } from '../support/table-columns.ts'
import { downloadedText, parseCsv } from '../support/csv.ts'

// A name a spreadsheet would split in two, and cut at the quotes, unless the CSV quotes it.
const TRICKY_NAME = 'web-prod-2, the "blue" one'

test('exporting the VM list downloads the VMs on screen as CSV: filtered, in their order, with a comma and quotes quoted', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  await openVm(page, 'web-prod-2')
  await vmAction(page, 'Edit').click()
  const edit = page.getByRole('dialog', { name: 'Edit web-prod-2' })
  await edit.getByRole('textbox', { name: 'Name', exact: true }).fill(TRICKY_NAME)
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('heading', { name: TRICKY_NAME, level: 1 }).waitFor()
  await page.getByRole('link', { name: '← VMs' }).click()

  const table = vmTable(page)
  await searchList(page, 'web-prod')
  const nameHeader = table.getByRole('columnheader', { name: 'Name' })
  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await nameHeader.getByRole('button', { name: 'Name' }).click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  const shownNames = ['web-prod-5', 'web-prod-4', 'web-prod-3', TRICKY_NAME, 'web-prod-1']
  await expect.poll(() => columnTexts(table, 'Name')).toEqual(shownNames)
  await expectRowVisible(table, { Name: TRICKY_NAME, State: 'running' })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^vms-demo-eu-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/)
  const text = await downloadedText(download)

  // As written in the file: the field in quotes, each quote doubled.
  expect(text.split('\r\n')).toContainEqual(expect.stringMatching(/^"web-prod-2, the ""blue"" one",i-/))
  const [header, ...rows] = parseCsv(text)
  expect(header).toEqual(await columnHeaders(table))
  expect(rows).toHaveLength(shownNames.length)
  const column = (name: string) => rows.map((row) => row[header!.indexOf(name)])
  // The columns that show their value as it is must read the same in the file as on screen, row for row.
  for (const name of ['Name', 'ID', 'State', 'Private IP', 'Public IP', 'Subregion'])
    expect(column(name), `the ${name} column`).toEqual(await columnTexts(table, name))
  // The screen shows a VM type as its size and an image by its name; the file keeps OUTSCALE's identifiers.
  expect(column('Type')).toEqual(Array(shownNames.length).fill('tinav6.c2r4p2'))
  for (const image of column('Image')) expect(image).toMatch(/^ami-[0-9a-f]{8}$/)
})
