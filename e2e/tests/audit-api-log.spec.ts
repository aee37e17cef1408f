// OUTSCALE's own API log beside the console's records: a call made with curl straight against the cloud is shown as
// made outside the console, a change made through the console names the person who made it.
import aws4 from 'aws4'
import { DEMO_ACCOUNTS } from '@osc-console/sim'
import { test, expect } from '../support/fixtures.ts'
import { callOsc } from '../support/team.ts'
import { expectRowVisible } from '../support/table.ts'
import { expectNoSeriousA11yViolations } from '../support/pages.ts'

/** A call signed with the account's own keys, as a script on someone's laptop would send it. */
async function curlAgainstOutscale(simUrl: string, action: string, body: unknown): Promise<string> {
  const url = new URL(`/api/v1/${action}`, simUrl)
  const [demo] = DEMO_ACCOUNTS
  const signed = aws4.sign(
    {
      host: url.host,
      path: url.pathname,
      method: 'POST',
      service: 'api',
      region: 'eu-west-2',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'curl/8.5.0' },
      body: JSON.stringify(body),
    },
    { accessKeyId: demo!.accessKeyId, secretAccessKey: demo!.secretKey },
  )
  const answer = await fetch(url, {
    method: 'POST',
    headers: signed.headers as Record<string, string>,
    body: JSON.stringify(body),
  })
  const json = (await answer.json()) as { ResponseContext: { RequestId: string } }
  expect(answer.status, JSON.stringify(json)).toBe(200)
  return json.ResponseContext.RequestId
}

test('a tag set with curl straight against OUTSCALE shows beside oscar’s change through the console, each with who made it', async ({
  page,
  signIn,
  sim,
  baseURL,
}) => {
  await signIn('oscar', '/demo-eu/audit')
  const { Vms } = await callOsc<{ Vms: Array<{ VmId: string }> }>(page.request, baseURL!, 'ReadVms', {})
  const vmId = Vms[0]!.VmId
  await callOsc(page.request, baseURL!, 'CreateTags', {
    ResourceIds: [vmId],
    Tags: [{ Key: 'reviewed', Value: 'by-oscar' }],
  })
  await curlAgainstOutscale(sim.url, 'CreateTags', {
    ResourceIds: [vmId],
    Tags: [{ Key: 'night-job', Value: 'x' }],
  })

  await page
    .getByRole('navigation', { name: 'Which log' })
    .getByRole('link', { name: 'OUTSCALE API log' })
    .click()
  await expect(page).toHaveURL(/source=api/)
  const log = page.getByRole('table', { name: 'OUTSCALE API log' })
  await expectRowVisible(log, { Call: 'CreateTags', 'Made by': 'Oscar Lefèvre, through the console' })
  await expectRowVisible(log, {
    Call: 'CreateTags',
    'Made by': 'outside the console',
    'User agent': 'curl/8.5.0',
  })
  // The console's own reads are named as such, not as calls from elsewhere.
  await expectRowVisible(log, { Call: 'ReadVms', 'Made by': 'the console (a read, not recorded)' })

  // The call filter narrows OUTSCALE's log too, and is kept when going back to the console's records.
  const filters = page.getByRole('search', { name: 'Filter the audit log' })
  await expect(filters.getByLabel('Person')).toHaveCount(0)
  await filters.getByLabel('Action').fill('CreateTags')
  await filters.getByLabel('Action').press('Enter')
  await expect(page).toHaveURL(/action=CreateTags/)
  await expect(log.getByRole('row').filter({ hasText: 'ReadVms' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoSeriousA11yViolations(page)

  await page
    .getByRole('navigation', { name: 'Which log' })
    .getByRole('link', { name: 'Console records' })
    .click()
  await expectRowVisible(page.getByRole('table', { name: 'Audit records' }), {
    Person: 'Oscar Lefèvre',
    Action: 'CreateTags',
    Resources: vmId,
  })
  await expect(page).toHaveURL(/action=CreateTags/)
})
