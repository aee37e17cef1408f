import { test, expect } from '../support/fixtures.ts'
import { downloadedText, parseCsv } from '../support/csv.ts'
import { anotherPerson, createVms } from '../support/team.ts'
import { screenshotBothThemes } from '../support/pages.ts'

test.beforeEach(({ stack }) => {
  test.skip(stack.auth !== 'oidc', 'the console runs without sign-in')
})

test('bill shows only the Compute quotas, keeps that through a reload, and exports exactly those rows as CSV', async ({
  page,
  signIn,
}) => {
  await signIn('bill', '/demo-eu/quotas')
  await page.getByRole('meter', { name: 'VM Limit' }).waitFor()
  const collection = page.getByRole('combobox', { name: 'Collection' })
  await expect(collection).toHaveValue('')
  await collection.selectOption('Compute')
  await expect(page).toHaveURL(/collection=Compute/)
  await expect(page.getByRole('table')).toHaveCount(1)
  const compute = page.getByRole('table', { name: 'Compute', exact: true })
  await expect(compute).toBeVisible()
  await expect(page.getByText(/^\d+ of \d+ quotas · /)).toBeVisible()

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Collection' })).toHaveValue('Compute')
  await expect(page.getByRole('table')).toHaveCount(1)
  const shown = (await compute.getByRole('rowheader').allTextContents()).length

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^quotas-demo-eu-[\d-]+\.csv$/)
  const [header, ...rows] = parseCsv(await downloadedText(download)).filter((r) => r.join('') !== '')
  expect(header).toEqual([
    'Collection',
    'Quota type',
    'Name',
    'Description',
    'Used',
    'Maximum',
    'Percent used',
    'Level',
  ])
  expect(rows).toHaveLength(shown)
  expect(rows.every((r) => r[0] === 'Compute')).toBe(true)
  // In the page's order, fullest first: the public IPs are all taken, then VMs at 40 of 45.
  expect(rows[0]!.slice(0, 3)).toEqual(['Compute', 'global', 'ip_limit'])
  expect(rows[0]![4]).toBe(rows[0]![5])
  expect(rows[0]!.slice(6)).toEqual(['100', 'Full'])
  expect(rows[1]!.slice(2)).toEqual(['vm_limit', expect.any(String), '40', '45', '88', 'Near limit'])

  await page.getByRole('combobox', { name: 'Collection' }).selectOption('All collections')
  await expect(page).not.toHaveURL(/collection=/)
  await expect(page.getByRole('table').nth(1)).toBeVisible()
})

test('at 95 % a quota is critical, said in words beside the bar, on the Quotas page and the home', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  // Alice, an admin of the account, takes 3 more VMs: 43 of the 45 allowed is 95 %.
  const alice = await anotherPerson(browser, baseURL!, 'alice')
  await createVms(alice.page.request, baseURL!, 3)
  await alice.close()
  await signIn('bill', '/demo-eu/quotas?collection=Compute')
  const vm = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^VM Limit\b/ }) })
  await expect(page.getByRole('meter', { name: 'VM Limit' })).toHaveAttribute(
    'aria-valuetext',
    '43 of 45 used (95 %)',
  )
  await expect(vm).toContainText('Critical')
  await expect(vm).not.toContainText('Near limit')
  await expect(
    page.getByText(
      '1 quota is full, 1 is near the limit (80 % or more). 1 of them is at 95 % or more: the next creation of its kind may be refused.',
    ),
  ).toBeVisible()
  await screenshotBothThemes(page, 'quotas-critical')
  await page.setViewportSize({ width: 400, height: 800 })
  await page.screenshot({ path: test.info().outputPath('quotas-critical-400.png') })
  await page.setViewportSize({ width: 1280, height: 800 })

  await page.goto('/demo-eu')
  await expect(page.getByRole('main')).toContainText('Critical')
})
