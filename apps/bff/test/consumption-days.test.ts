// Closed days of consumption are kept in the database and shared by replicas: over real HTTP, against the
// simulator and PostgreSQL, a second 90-day load costs OUTSCALE almost nothing and returns the same figures, and the
// open day is always asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY_MS, dayText, keepable, mergeAnswers, planDays } from '../src/consumption-days.ts'
import { startHarness, type Harness } from './harness.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const EU_ACCOUNT_ID = '123456789012'

describe('planDays', () => {
  const now = Date.parse('2026-06-15T10:00:00Z')

  it('keeps the days that ended before the settling time, and asks the rest as one open period', () => {
    const plan = planDays({ FromDate: '2026-06-12', ToDate: '2026-06-16', ShowPrice: true }, now, 0)
    expect(plan?.closed).toEqual(['2026-06-12', '2026-06-13', '2026-06-14'])
    expect(plan?.open).toEqual({ FromDate: '2026-06-15', ToDate: '2026-06-16' })
    // Six hours to settle: at 10:00 yesterday has; at 05:00 it has not.
    expect(planDays({ FromDate: '2026-06-14', ToDate: '2026-06-15' }, now, 6 * 3_600_000)?.closed).toEqual([
      '2026-06-14',
    ])
    expect(
      planDays({ FromDate: '2026-06-14', ToDate: '2026-06-15' }, now - 5 * 3_600_000, 6 * 3_600_000),
    ).toBeUndefined()
  })

  it('leaves to OUTSCALE what it cannot answer: a DryRun, no closed day, dates that are not days, ten years', () => {
    expect(planDays({ FromDate: '2016-06-01', ToDate: '2026-06-15' }, now, 0)).toBeUndefined()
    expect(planDays({ FromDate: '2025-06-14', ToDate: '2026-06-15' }, now, 0)?.closed).toHaveLength(366)
    expect(planDays({ FromDate: '2026-06-01', ToDate: '2026-06-03', DryRun: true }, now, 0)).toBeUndefined()
    expect(planDays({ FromDate: '2026-06-15', ToDate: '2026-06-16' }, now, 0)).toBeUndefined()
    expect(planDays({ FromDate: '2026-06-03', ToDate: '2026-06-01' }, now, 0)).toBeUndefined()
    expect(planDays({ FromDate: '2026-06-01T12:00:00Z', ToDate: '2026-06-03' }, now, 0)).toBeUndefined()
  })

  it('tells answers apart by what the request asks besides its dates', () => {
    const a = planDays({ FromDate: '2026-06-01', ToDate: '2026-06-02', ShowPrice: true }, now, 0)
    const b = planDays({ ToDate: '2026-06-03', ShowPrice: true, FromDate: '2026-06-02' }, now, 0)
    const c = planDays({ FromDate: '2026-06-01', ToDate: '2026-06-02', ShowResourceDetails: true }, now, 0)
    expect(a?.variant).toBe(b?.variant)
    expect(a?.variant).not.toBe(c?.variant)
  })
})

describe('keepable', () => {
  it('keeps a whole success, a day without consumption included, and nothing else', () => {
    expect(keepable(200, '{"ConsumptionEntries":[],"Currency":"EUR"}')).toBe(true)
    expect(keepable(200, '{"ResponseContext":{"RequestId":"r"}}')).toBe(true)
    expect(keepable(200, '{"ConsumptionEntries":"oops"}')).toBe(false)
    expect(keepable(200, 'not json')).toBe(false)
    expect(keepable(500, '{"ConsumptionEntries":[]}')).toBe(false)
  })
})

describe('mergeAnswers', () => {
  it('sums each meter over the parts and dates it with the period', () => {
    const entry = {
      Service: 'TinaOS-FCU',
      Type: 'BoxUsage:tinav5',
      Operation: 'RunInstances',
      UnitPrice: 0.1,
    }
    const day = (value: number, price: number, extra: object = {}) =>
      JSON.stringify({
        ResponseContext: { RequestId: 'r' },
        Currency: 'EUR',
        ConsumptionEntries: [{ ...entry, ...extra, Value: value, Price: price, FromDate: 'x', ToDate: 'y' }],
      })
    const from = Date.parse('2026-06-01T00:00:00Z')
    const merged = JSON.parse(
      mergeAnswers(
        [day(0.1, 0.01), day(0.2, 0.02), day(24, 2.4, { SubregionName: 'b' })],
        from,
        from + 3 * DAY_MS,
      ),
    ) as { ConsumptionEntries: Array<Record<string, unknown>>; Currency: string }
    expect(merged.Currency).toBe('EUR')
    expect(merged.ConsumptionEntries).toEqual([
      {
        ...entry,
        Value: 0.3,
        Price: 0.03,
        FromDate: '2026-06-01T00:00:00.000Z',
        ToDate: '2026-06-04T00:00:00.000Z',
      },
      {
        ...entry,
        SubregionName: 'b',
        Value: 24,
        Price: 2.4,
        FromDate: '2026-06-01T00:00:00.000Z',
        ToDate: '2026-06-04T00:00:00.000Z',
      },
    ])
  })
})

interface Consumption {
  ConsumptionEntries: Array<{ Price?: number; Service?: string }>
  Currency?: string
}

const pgUrl = await findPostgres()

describe.skipIf(!pgUrl)('closed days of consumption, kept in PostgreSQL', () => {
  const schema = uniqueSchema()
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({
      postgres: { url: pgUrl as string, schema },
      // No in-memory reuse: every saving measured here is the database's. Days are closed as soon as they end.
      proxy: { cacheTtlMs: { default: 0 }, consumptionDays: { settleMs: 0 } },
    })
  })
  afterAll(async () => {
    await h?.close()
    await dropSchema(pgUrl as string, schema)
  })

  const upstream = () => h.sim.stats().byAccountAction[EU_ACCOUNT_ID]?.ReadConsumptionAccount ?? 0
  const today = Date.parse(`${dayText(Date.now())}T00:00:00.000Z`)
  const days = Array.from({ length: 90 }, (_, i) => dayText(today - (89 - i) * DAY_MS))
  const next = (day: string) => dayText(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS)

  async function read(
    from: string,
    to: string,
  ): Promise<{ status: number; body: Consumption; cache: string }> {
    const response = await h.call('demo-eu', 'ReadConsumptionAccount', {
      FromDate: from,
      ToDate: to,
      ShowPrice: true,
    })
    const body = (await response.json()) as Consumption & { ResponseContext?: unknown }
    delete body.ResponseContext
    return { status: response.status, body, cache: response.headers.get('X-Cache') ?? '' }
  }

  /** What the Consumption page asks for 90 days: the period, and each day for its chart. */
  async function load90() {
    const before = upstream()
    const period = await read(days[0]!, next(days[89]!))
    const byDay = await Promise.all(days.map((day) => read(day, next(day))))
    return { calls: upstream() - before, period, byDay }
  }

  const total = (c: Consumption) => c.ConsumptionEntries.reduce((sum, e) => sum + (e.Price ?? 0), 0)

  it('a second 90-day load sends at least 95 % fewer calls to OUTSCALE, and returns the same figures', async () => {
    const first = await load90()
    expect(first.period.status).toBe(200)
    expect(first.byDay.every((d) => d.status === 200)).toBe(true)
    // The first load keeps each closed day once, whether the period or the day's own read asked first.
    expect(first.calls).toBeGreaterThanOrEqual(90)

    const second = await load90()
    expect(second.calls).toBeLessThanOrEqual(first.calls * 0.05)
    expect(second.period.body).toEqual(first.period.body)
    expect(second.byDay.map((d) => d.body)).toEqual(first.byDay.map((d) => d.body))
    // The period is its days: its total is theirs, to the cent.
    expect(total(second.period.body).toFixed(2)).toBe(
      second.byDay.reduce((sum, d) => sum + total(d.body), 0).toFixed(2),
    )
    expect(second.period.body.Currency).toBe('EUR')
  })

  it('always asks OUTSCALE for the open day, and answers closed days alone from the table', async () => {
    await load90()
    const before = upstream()
    const open = await read(days[89]!, next(days[89]!))
    const again = await read(days[89]!, next(days[89]!))
    expect(open.status).toBe(200)
    expect(again.status).toBe(200)
    expect(upstream() - before).toBe(2)
    expect(again.cache).toBe('miss')

    const closed = await read(days[80]!, next(days[80]!))
    expect(closed.cache).toBe('hit')
    expect(upstream() - before).toBe(2)
  })

  it('is shared by replicas: a console started afresh on the same database asks only for the open day', async () => {
    await load90()
    await h.restart()
    const before = upstream()
    const period = await read(days[0]!, next(days[89]!))
    const closedDays = await Promise.all(days.slice(0, 10).map((day) => read(day, next(day))))
    expect(period.status).toBe(200)
    expect(closedDays.every((d) => d.status === 200 && d.cache === 'hit')).toBe(true)
    expect(upstream() - before).toBe(1)
  })

  it('keeps nothing OUTSCALE refused, and says the refusal as OUTSCALE did', async () => {
    const old = [dayText(today - 200 * DAY_MS), dayText(today - 199 * DAY_MS)] as const
    h.sim.setFaults({
      errors: [{ action: 'ReadConsumptionAccount', status: 500, code: '0', type: 'DefaultError' }],
    })
    try {
      const refused = await h.call('demo-eu', 'ReadConsumptionAccount', { FromDate: old[0], ToDate: old[1] })
      expect(refused.status).toBeGreaterThanOrEqual(500)
    } finally {
      h.sim.setFaults({})
    }
    const before = upstream()
    const answered = await h.call('demo-eu', 'ReadConsumptionAccount', { FromDate: old[0], ToDate: old[1] })
    expect(answered.status).toBe(200)
    expect(upstream() - before).toBe(1)
  })
})
