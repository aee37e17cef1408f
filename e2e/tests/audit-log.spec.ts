import type { Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { anotherPerson } from '../support/team.ts'
import { ACCOUNT, openVm, openVmId, openVmList, searchList, vmAction, vmTable } from '../support/console.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

// The audit log keeps every record of the worker's stack (the simulator is reset between stories, the console's
// database is not), so each story looks for its own records by VM id and RequestId rather than by position.

const auditTable = (page: Page) => page.getByRole('table', { name: 'Audit records' })

async function openAuditLog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Audit log', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor()
}

const filters = (page: Page) => page.getByRole('search', { name: 'Filter the audit log' })

test('a VM stopped in the console is in the audit log, and the filters stay in the address', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openVmList(page)
  await openVm(page, 'web-prod-2')
  const vmId = openVmId(page)
  await vmAction(page, 'Stop').click()
  await page.getByRole('dialog', { name: 'Stop web-prod-2' }).getByRole('button', { name: 'Stop VM' }).click()
  await expect(vmAction(page, 'Stop')).toHaveAccessibleDescription(/this one is (stopping|stopped)/)

  await openAuditLog(page)
  const table = auditTable(page)
  const stopped = { Person: 'Alice Martin', Action: 'StopVms', Resources: vmId, Result: 'success' }
  await expectRowVisible(table, { ...stopped, Attempts: '1', Duration: /^\d+ ms$|^\d+\.\d s$/ })
  const row = await rowOf(table, stopped)
  await expect(row.getByRole('cell').last()).toContainText(/[0-9a-f-]{36}/)

  // Its details: what was sent, as whom, where.
  await row.getByRole('button', { name: /^Details of StopVms/ }).click()
  await expect(row.getByRole('button', { name: /^Details of StopVms/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  const details = page.getByRole('definition').filter({ hasText: `"VmIds"` })
  await expect(details).toContainText(vmId)
  await expect(table).toContainText('admin')
  await expect(table).toContainText('eu-west-2')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoSeriousA11yViolations(page)
  }
  await screenshotBothThemes(page, 'audit-log')

  // Only failures: the stop is not one of them.
  await filters(page).getByLabel('Result').selectOption('failure')
  await expect(page).toHaveURL(/result=failure/)
  await expectNoRow(table, { Action: 'StopVms', Resources: vmId, Result: 'success' })
  await filters(page).getByLabel('Result').selectOption('success')
  await expectRowVisible(table, stopped)

  // Only this VM: every row left names it.
  await filters(page).getByLabel('Resource id').fill(vmId)
  await filters(page).getByLabel('Resource id').press('Enter')
  await expect(page).toHaveURL(new RegExp(`resourceId=${vmId}`))
  await expectNoRow(table, { Resources: new RegExp(`^(?!.*${vmId})`) })
  await expectRowVisible(table, stopped)

  await page.reload()
  await expect(filters(page).getByLabel('Resource id')).toHaveValue(vmId)
  await expect(filters(page).getByLabel('Result')).toHaveValue('success')
  await expectRowVisible(table, stopped)

  // A filter nothing matches says so, and clearing it brings the records back.
  await filters(page).getByLabel('Person').fill('nobody@example.com')
  await filters(page).getByLabel('Person').press('Enter')
  await expect(table).toContainText('No record matches these filters')
  await table.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(new RegExp(`/${ACCOUNT}/audit$`))
  await expectRowVisible(table, stopped)

  // The VM id leads to the VM.
  await (await rowOf(table, stopped)).getByRole('link', { name: vmId }).click()
  await page.getByRole('heading', { name: 'web-prod-2', level: 1 }).waitFor()
})

test('vera, a viewer, reads the audit log but cannot change anything, and her attempt is recorded as refused', async ({
  page,
  signIn,
  browser,
  baseURL,
}) => {
  const alice = await anotherPerson(browser, baseURL!, 'alice')
  const alicePage = alice.page
  await openVmList(alicePage)
  await openVm(alicePage, 'web-prod-3')
  const vmId = openVmId(alicePage)
  await vmAction(alicePage, 'Stop').click()
  await alicePage
    .getByRole('dialog', { name: 'Stop web-prod-3' })
    .getByRole('button', { name: 'Stop VM' })
    .click()
  await expect(vmAction(alicePage, 'Stop')).toHaveAccessibleDescription(/this one is (stopping|stopped)/)
  await alice.close()

  await signIn('vera')
  await openAuditLog(page)
  const table = auditTable(page)
  await expectRowVisible(table, {
    Person: 'Alice Martin',
    Action: 'StopVms',
    Resources: vmId,
    Result: 'success',
  })

  await openVmList(page)
  await openVm(page, 'web-prod-3')
  await expect(vmAction(page, 'Start')).toBeDisabled()
  await expect(vmAction(page, 'Start')).toHaveAccessibleDescription(
    'Your role (viewer) on Demo (Europe) does not allow StartVms.',
  )
  // Sent anyway, outside the console's pages, the call is refused and recorded with the reason.
  const response = await page.request.post(`/api/osc/${ACCOUNT}/StartVms`, {
    data: { VmIds: [vmId] },
    headers: { 'X-Requested-With': 'osc-console', Origin: baseURL! },
  })
  expect(response.status()).toBe(403)

  await openAuditLog(page)
  const refused = { Person: 'Vera Nowak', Action: 'StartVms', Resources: vmId, Result: 'refused' }
  await expectRowVisible(table, refused)
  await (await rowOf(table, refused)).getByRole('button', { name: /^Details of StartVms/ }).click()
  await expect(
    page.getByRole('definition').filter({ hasText: /your role on account demo-eu is viewer/ }),
  ).toBeVisible()
})

test('a stop that OUTSCALE fails is in the audit log with the RequestId the person was shown', async ({
  page,
  signIn,
  baseURL,
}) => {
  await signIn('alice')
  await openVmList(page)
  // The simulator fails every call naming this VM (it is tagged sim:fail=503).
  await searchList(page, 'flaky-worker')
  const flaky = await rowOf(vmTable(page), { Name: 'flaky-worker-1' })
  const flakyId = (await flaky.getByText(/^i-[0-9a-f]{8}$/).innerText()).trim()
  await flaky.getByRole('checkbox').check()
  await page
    .getByRole('group', { name: 'Actions on selected VMs' })
    .getByRole('button', { name: 'Stop', exact: true })
    .click()
  await page.getByRole('dialog', { name: 'Stop 1 VM' }).getByRole('button', { name: 'Stop 1 VM' }).click()
  const perItem = page
    .getByRole('region', { name: 'Operation results' })
    .getByRole('table', { name: 'Results per item' })
  await expectRowVisible(
    perItem,
    { Resource: /^flaky-worker-1 i-/, Details: /RequestId [0-9a-f-]{36}$/ },
    {
      timeout: 30_000,
    },
  )
  const shown = /RequestId ([0-9a-f-]{36})$/.exec(
    (await (await rowOf(perItem, { Resource: /^flaky-worker-1 i-/ })).innerText()).trim(),
  )![1]!

  // A change whose answer is an error is recorded as failed, or as unknown when OUTSCALE may have applied it.
  await openAuditLog(page)
  const table = auditTable(page)
  await expectRowVisible(table, {
    Person: 'Alice Martin',
    Action: 'StopVms',
    Resources: flakyId,
    Result: /^(failure|unknown) code \w+( \w+)?$/,
    RequestId: shown,
  })

  // A call OUTSCALE refuses outright (the VM is gone) is a failure, with OUTSCALE's code, type and RequestId.
  const response = await page.request.post(`/api/osc/${ACCOUNT}/StopVms`, {
    data: { VmIds: ['i-00000000'] },
    headers: { 'X-Requested-With': 'osc-console', Origin: baseURL! },
  })
  expect(response.status()).toBe(400)
  const { error } = (await response.json()) as {
    error: { outscale: { code: string; type: string; requestId: string } }
  }
  await page.getByRole('button', { name: 'Refresh' }).click()
  await filters(page).getByLabel('Result').selectOption('failure')
  const failed = {
    Action: 'StopVms',
    Resources: 'i-00000000',
    // The code with its type, which says what the number means.
    Result: `failure code ${error.outscale.code} ${error.outscale.type}`,
    RequestId: error.outscale.requestId,
  }
  await expectRowVisible(table, failed)
  await (await rowOf(table, failed)).getByRole('button', { name: /^Details of StopVms/ }).click()
  await expect(
    page.getByRole('definition').filter({ hasText: 'The VM i-00000000 does not exist' }),
  ).toBeVisible()
})
