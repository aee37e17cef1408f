import { test, expect } from '../support/fixtures.ts'
import type { Page } from '@playwright/test'
import { openVmList, vmTable } from '../support/console.ts'
import { expectRowVisible } from '../support/table.ts'
import { columnHeaders } from '../support/table-columns.ts'

const DEFAULT_COLUMNS = ['Name', 'ID', 'State', 'Type', 'Image', 'Private IP', 'Public IP', 'Subregion']

/** Opens the column chooser above the list: one checkbox per column. */
async function openColumnChooser(page: Page) {
  await page.getByRole('button', { name: 'Columns' }).click()
  const chooser = page.getByRole('group', { name: 'Visible columns' })
  await chooser.waitFor()
  return chooser
}

test('hiding a column and showing a hidden one from the column chooser is kept through a reload', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  const table = vmTable(page)
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })
  expect(await columnHeaders(table)).toEqual(DEFAULT_COLUMNS)

  let chooser = await openColumnChooser(page)
  await expect(chooser.getByRole('checkbox', { name: 'Private IP' })).toBeChecked()
  await expect(chooser.getByRole('checkbox', { name: 'Tags' })).not.toBeChecked()
  await chooser.getByRole('checkbox', { name: 'Private IP' }).uncheck()
  await expect(table.getByRole('columnheader', { name: 'Private IP' })).toHaveCount(0)
  await chooser.getByRole('checkbox', { name: 'Tags' }).check()
  await expect(table.getByRole('columnheader', { name: 'Tags' })).toBeVisible()
  await expectRowVisible(table, { Name: 'web-prod-1', Tags: /(^|, )env=prod(,|$)/ })
  await page.keyboard.press('Escape')
  await expect(chooser).toBeHidden()
  const chosen = ['Name', 'ID', 'State', 'Type', 'Image', 'Public IP', 'Subregion', 'Tags']
  expect(await columnHeaders(table)).toEqual(chosen)

  await page.reload()
  await expectRowVisible(table, { Name: 'web-prod-1', Tags: /(^|, )env=prod(,|$)/ })
  expect(await columnHeaders(table)).toEqual(chosen)
  chooser = await openColumnChooser(page)
  await expect(chooser.getByRole('checkbox', { name: 'Private IP' })).not.toBeChecked()
  await expect(chooser.getByRole('checkbox', { name: 'Tags' })).toBeChecked()

  // Shown again, the column takes back its own place, not the end of the table.
  await chooser.getByRole('checkbox', { name: 'Private IP' }).check()
  await expect(table.getByRole('columnheader', { name: 'Private IP' })).toBeVisible()
  expect(await columnHeaders(table)).toEqual([...DEFAULT_COLUMNS, 'Tags'])
  await expectRowVisible(table, { Name: 'web-prod-1', 'Private IP': /^10\.\d+\.\d+\.\d+$/ })

  await chooser.getByRole('button', { name: 'Reset columns' }).click()
  await expect(table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0)
  expect(await columnHeaders(table)).toEqual(DEFAULT_COLUMNS)
  await page.reload()
  await expectRowVisible(table, { Name: 'web-prod-1', State: 'running' })
  expect(await columnHeaders(table)).toEqual(DEFAULT_COLUMNS)
})
