// Overall consumption through the console: billing and admins read the paying account with its linked accounts, a
// viewer is refused with the reason and still reads the account's own, and the closed days of Overall are kept
// apart from the account's own ones (a day kept for one never answers the other).
import type { ConsumptionEntry } from '@osc-console/osc-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY_MS, dayText, planDays } from '../src/consumption-days.ts'
import { startHarness, type Harness } from './harness.ts'
import { as } from './security/people.ts'

const EU_ACCOUNT_ID = '123456789012'

describe('Overall in the closed days’ keys', () => {
  it('tells an Overall reading apart from the account’s own, and Overall: false from no Overall', () => {
    const now = Date.parse('2026-06-15T10:00:00Z')
    const own = planDays({ FromDate: '2026-06-01', ToDate: '2026-06-02', ShowPrice: true }, now, 0)
    const overall = planDays(
      { FromDate: '2026-06-01', ToDate: '2026-06-02', ShowPrice: true, Overall: true },
      now,
      0,
    )
    const notOverall = planDays(
      { FromDate: '2026-06-01', ToDate: '2026-06-02', ShowPrice: true, Overall: false },
      now,
      0,
    )
    expect(overall?.variant).not.toBe(own?.variant)
    expect(notOverall?.variant).toBe(own?.variant)
  })
})

describe('Overall consumption through the console', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({
      auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
      bindings: [
        { group: 'finance', role: 'billing', accounts: ['*'] },
        { group: 'admins', role: 'admin', accounts: ['*'] },
        { group: 'readers', role: 'viewer', accounts: ['*'] },
        { group: 'ops', role: 'operator', accounts: ['*'] },
      ],
      // Days are closed as soon as they end, and no in-memory reuse: what is measured is the closed days' table.
      proxy: { cacheTtlMs: { default: 0 }, consumptionDays: { settleMs: 0 } },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  const today = Date.parse(`${dayText(Date.now())}T00:00:00.000Z`)
  const period = { FromDate: dayText(today - 7 * DAY_MS), ToDate: dayText(today + DAY_MS), ShowPrice: true }

  async function read(headers: Record<string, string>, overall?: boolean) {
    const response = await h.call(
      'demo-eu',
      'ReadConsumptionAccount',
      { ...period, ...(overall === undefined ? {} : { Overall: overall }) },
      headers,
    )
    const body = (await response.json()) as {
      ConsumptionEntries?: ConsumptionEntry[]
      error?: { kind: string; message: string }
    }
    return { status: response.status, body }
  }
  const accountsOf = (entries: readonly ConsumptionEntry[] = []) => [
    ...new Set(entries.map((e) => e.AccountId)),
  ]

  it('gives billing the paying account and its linked accounts, and the account alone without Overall', async () => {
    const own = await read(as('bill', 'finance'))
    expect(own.status).toBe(200)
    expect(accountsOf(own.body.ConsumptionEntries)).toEqual([EU_ACCOUNT_ID])
    // Asked after the account's own closed days were kept: a shared key would answer with those.
    const overall = await read(as('bill', 'finance'), true)
    expect(overall.status).toBe(200)
    const accounts = accountsOf(overall.body.ConsumptionEntries)
    expect(accounts[0]).toBe(EU_ACCOUNT_ID)
    expect(accounts.length).toBe(3)
    // And the other way round: the account's own reading is not answered with Overall's days.
    expect(accountsOf((await read(as('bill', 'finance'), false)).body.ConsumptionEntries)).toEqual([
      EU_ACCOUNT_ID,
    ])
    // A second Overall reading comes from the kept days: only today is asked again.
    const before = h.sim.stats().byAccountAction[EU_ACCOUNT_ID]?.ReadConsumptionAccount ?? 0
    const again = await read(as('ada', 'admins'), true)
    expect(again.body.ConsumptionEntries).toEqual(overall.body.ConsumptionEntries)
    expect((h.sim.stats().byAccountAction[EU_ACCOUNT_ID]?.ReadConsumptionAccount ?? 0) - before).toBe(1)
  })

  it('refuses Overall to a viewer and an operator, saying who may, and still gives them the account’s own', async () => {
    for (const [user, group] of [
      ['vera', 'readers'],
      ['oscar', 'ops'],
    ] as const) {
      const refused = await read(as(user, group), true)
      expect(refused.status).toBe(403)
      expect(refused.body.error?.kind).toBe('not-allowed')
      expect(refused.body.error?.message).toContain('Overall')
      expect(refused.body.error?.message).toContain('billing and admin')
      const own = await read(as(user, group))
      expect(own.status).toBe(200)
      expect(accountsOf(own.body.ConsumptionEntries)).toEqual([EU_ACCOUNT_ID])
    }
  })

  it('records the refusal in the audit log', async () => {
    const response = await fetch(
      `${h.bff.url}/api/audit?account=demo-eu&action=ReadConsumptionAccount&result=refused`,
      { headers: { 'X-Requested-With': 'osc-console', ...as('ada', 'admins') } },
    )
    const page = (await response.json()) as { records: Array<{ detail?: string; result: string }> }
    expect(page.records.some((r) => r.detail?.includes('Overall'))).toBe(true)
  })
})
