// Finding: a person whose only role on an account was billing (costs) could read its audit log (who changed which
// resource). /api/audit now refuses them for that account, and the sidebar /api/me draws leaves the entry out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorJson, Harness } from '../harness.ts'
import { as, asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness
const bill = asRole('billing', 'bill')
// Billing on demo-eu only, viewer on demo-us only.
const mixed = as('mia', 'eu-finance,us-viewers')

beforeAll(async () => {
  h = await startPeopleHarness()
  // One change on each account, so each log has something to show.
  for (const account of ['demo-eu', 'demo-us'])
    expect((await h.call(account, 'CreateNet', { IpRange: '10.9.0.0/16' }, asRole('admin'))).status).toBe(200)
})
afterAll(async () => {
  await h?.close()
})

describe('the audit log and the billing role', () => {
  it('is refused to a person whose only role is billing, with or without an account filter', async () => {
    for (const path of ['/api/audit', '/api/audit?account=demo-eu']) {
      const response = await getAs(h, path, bill)
      expect(response.status, path).toBe(403)
      const { error } = await json<ErrorJson>(response)
      expect(error.kind).toBe('not-allowed')
      expect(error.message).toMatch(/billing/)
    }
  })

  it('shows a person only the accounts where they hold a role other than billing', async () => {
    expect((await getAs(h, '/api/audit?account=demo-eu', mixed)).status).toBe(403)
    const us = await getAs(h, '/api/audit?account=demo-us', mixed)
    expect(us.status).toBe(200)
    const all = await json<{ records: Array<{ accountId?: string }> }>(await getAs(h, '/api/audit', mixed))
    const accounts = new Set(all.records.map((r) => r.accountId).filter(Boolean))
    expect([...accounts]).toEqual(['demo-us'])
  })
})
