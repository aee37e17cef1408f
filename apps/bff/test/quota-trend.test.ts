// When a quota will be full at the current pace: a least-squares line through its samples, extrapolated from the
// latest one; and GET /api/quota-trend/:account, over real HTTP, fed by the sampler reading the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditRecord, QuotaTrends } from '@osc-console/osc-api'
import { estimateFull, leastSquares } from '../src/quota-trend.ts'
import { startHarness, type Harness } from './harness.ts'
import { as } from './security/people.ts'

const DAY = 86_400_000
const T0 = Date.parse('2026-06-01T00:00:00Z')

describe('leastSquares', () => {
  it('fits the line through points, and gives none when x does not vary', () => {
    expect(
      leastSquares([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toEqual({ slope: 2, intercept: 1 })
    // Scattered points: the slope that minimises the squared errors, (n·Σxy − Σx·Σy) / (n·Σx² − (Σx)²).
    const fit = leastSquares([
      { x: 0, y: 2 },
      { x: 1, y: 1 },
      { x: 2, y: 4 },
      { x: 3, y: 5 },
    ])
    expect(fit?.slope).toBeCloseTo(1.2)
    expect(fit?.intercept).toBeCloseTo(1.2)
    expect(
      leastSquares([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeUndefined()
    expect(leastSquares([{ x: 1, y: 1 }])).toBeUndefined()
  })
})

describe('estimateFull', () => {
  const day = (n: number, used: number, max = 20) => ({ at: T0 + n * DAY, used, max })

  it('gives the day a growing quota reaches its limit, from the latest sample at the fitted pace', () => {
    // One more a day, 14 used of 20 on day 4: six days later.
    const trend = estimateFull([day(0, 10), day(1, 11), day(2, 12), day(3, 13), day(4, 14)])
    expect(trend.estimate).toBe('full-at')
    expect(trend.perDay).toBeCloseTo(1)
    expect(trend.fullAt).toBe(new Date(T0 + 10 * DAY).toISOString())
  })

  it('uses the limit of the latest sample when OUTSCALE raised it', () => {
    const trend = estimateFull([day(0, 10), day(1, 12, 20), day(2, 14, 30)])
    expect(trend.perDay).toBeCloseTo(2)
    expect(trend.fullAt).toBe(new Date(T0 + 10 * DAY).toISOString())
  })

  it('says "not at this pace" for a flat or falling quota, and nothing from a single sample', () => {
    expect(estimateFull([day(0, 5), day(1, 5), day(2, 5)])).toEqual({
      estimate: 'not-at-this-pace',
      perDay: 0,
      fullAt: null,
    })
    expect(estimateFull([day(0, 9), day(1, 6), day(2, 3)])).toMatchObject({
      estimate: 'not-at-this-pace',
      fullAt: null,
    })
    expect(estimateFull([day(0, 5)])).toEqual({ estimate: 'too-few-samples', perDay: null, fullAt: null })
    expect(estimateFull([])).toEqual({ estimate: 'too-few-samples', perDay: null, fullAt: null })
  })

  it('says a quota at its limit is full, whatever its pace', () => {
    expect(estimateFull([day(0, 18), day(1, 20)])).toMatchObject({ estimate: 'full', fullAt: null })
  })
})

describe('GET /api/quota-trend/:account', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({
      auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
      bindings: [
        { group: 'finance', role: 'billing', accounts: ['*'] },
        { group: 'admins', role: 'admin', accounts: ['*'] },
        { group: 'eu-only', role: 'viewer', accounts: ['demo-eu'] },
        { group: 'vm-watchers', role: 'vm-reader', accounts: ['*'] },
      ],
      roles: { 'vm-reader': { allow: ['ReadVms'] } },
      quotas: { sampleMinutes: 1 / 60 },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  const trend = async (account: string, headers: Record<string, string>) => {
    const response = await fetch(`${h.bff.url}/api/quota-trend/${account}`, {
      headers: { 'X-Requested-With': 'osc-console', ...headers },
    })
    return { status: response.status, body: (await response.json()) as QuotaTrends }
  }
  const ipQuota = (body: QuotaTrends) => body.quotas.find((q) => q.name === 'ip_limit')

  /** Asks the US account's trend until `done` holds of it (the sampler runs every second). */
  async function until(done: (body: QuotaTrends) => boolean): Promise<QuotaTrends> {
    for (let i = 0; i < 100; i++) {
      const { body } = await trend('demo-us', as('bill', 'finance'))
      if (done(body)) return body
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('the quota trend never reached the expected state')
  }

  it('gives a billing person each quota’s samples, and when it will be full once public IPs are allocated', async () => {
    const flat = await until((b) => (ipQuota(b)?.samples.length ?? 0) >= 2)
    expect(flat.sampleMinutes).toBeCloseTo(1 / 60)
    expect(flat.retentionDays).toBe(90)
    expect(ipQuota(flat)).toMatchObject({ quotaType: 'global', estimate: 'not-at-this-pace', fullAt: null })
    const before = ipQuota(flat)!.samples.at(-1)!
    for (let i = 0; i < 3; i++) {
      const created = await h.call('demo-us', 'CreatePublicIp', {}, as('ada', 'admins'))
      expect(created.status).toBe(200)
    }
    const grown = await until((b) => (ipQuota(b)?.samples.at(-1)?.used ?? 0) >= before.used + 3)
    const ip = ipQuota(grown)!
    expect(ip.estimate).toBe('full-at')
    expect(ip.perDay).toBeGreaterThan(0)
    expect(Date.parse(ip.fullAt!)).toBeGreaterThan(Date.parse(ip.samples.at(-1)!.at))
  })

  it('refuses a person whose role does not read quotas, saying why', async () => {
    const refused = await fetch(`${h.bff.url}/api/quota-trend/demo-eu`, {
      headers: { 'X-Requested-With': 'osc-console', ...as('vic', 'vm-watchers') },
    })
    expect(refused.status).toBe(403)
    const body = (await refused.json()) as { error: { kind: string; message: string } }
    expect(body.error.kind).toBe('not-allowed')
    expect(body.error.message).toContain('quotas of account demo-eu')
  })

  it('refuses an account the person holds no role on as if it did not exist, and a malformed one', async () => {
    const stranger = await trend('demo-us', as('eve', 'eu-only'))
    expect(stranger.status).toBe(404)
    const none = await trend('no-such-account', as('bill', 'finance'))
    expect(none.status).toBe(404)
    const bad = await fetch(`${h.bff.url}/api/quota-trend/Not_An_Id`, {
      headers: { 'X-Requested-With': 'osc-console', ...as('bill', 'finance') },
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('account')
  })

  it('is in the audit log like a read: who looked at which account’s quota trend, and who was refused', async () => {
    const audit = async (result: string) => {
      const response = await fetch(
        `${h.bff.url}/api/audit?account=demo-eu&action=QuotaTrend&result=${result}`,
        { headers: { 'X-Requested-With': 'osc-console', ...as('ada', 'admins') } },
      )
      expect(response.status).toBe(200)
      return ((await response.json()) as { records: AuditRecord[] }).records
    }
    expect((await trend('demo-eu', as('bill', 'finance'))).status).toBe(200)
    const read = (await audit('success')).find((r) => r.person.subject === 'bill')
    expect(read).toMatchObject({ action: 'QuotaTrend', accountId: 'demo-eu', result: 'success' })
    expect((await trend('demo-eu', as('vic', 'vm-watchers'))).status).toBe(403)
    const refused = await audit('refused')
    expect(refused.some((r) => r.detail?.includes('quotas of account demo-eu'))).toBe(true)
  })
})
