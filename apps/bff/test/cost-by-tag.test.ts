// Cost per tag value: the console joins the period's consumption lines with the resources' tags, so that a billing
// person sees cost per team without reading the resources; the groups add up to the ungrouped total to the cent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  AuditPage,
  ConsumptionEntry,
  CostByTag,
  DailyCostByTag,
  TopResources,
} from '@osc-console/osc-api'
import { allocateCents, costByTag, tagValues, topResources } from '../src/cost-by-tag.ts'
import type { Harness } from './harness.ts'
import { as, getAs, startPeopleHarness } from './security/people.ts'

describe('allocateCents', () => {
  it('rounds to the cent and gives the cents left to the largest remainders, adding up to the total', () => {
    expect(allocateCents([1.004, 2.006, 0.5], 351)).toEqual([100, 201, 50])
    expect(allocateCents([0.3333, 0.3333, 0.3334], 100)).toEqual([33, 33, 34])
    // Lines rounded apart from the total: the groups still add up to it.
    expect(allocateCents([0.1 + 0.2, 1.115], 142).reduce((a, b) => a + b, 0)).toBe(142)
    expect(allocateCents([1.119, 1.119], 223).reduce((a, b) => a + b, 0)).toBe(223)
  })
})

describe('costByTag', () => {
  const line = (ResourceId: string | undefined, Price: number): ConsumptionEntry => ({
    ...(ResourceId ? { ResourceId } : {}),
    Price,
  })
  const values = tagValues(
    [
      { ResourceId: 'i-1', Key: 'team', Value: 'web' },
      { ResourceId: 'i-2', Key: 'team', Value: 'api' },
      { ResourceId: 'vol-1', Key: 'team', Value: 'web' },
      { ResourceId: 'i-3', Key: 'env', Value: 'prod' },
    ],
    'team',
  )

  it('groups lines by the value of the key, resources without it and lines without a resource as untagged', () => {
    const result = costByTag(
      [line('i-1', 10), line('vol-1', 2.5), line('i-2', 4), line('i-3', 1), line(undefined, 0.25)],
      values,
      17.75,
    )
    expect(result.groups).toEqual([
      { value: 'web', cost: 12.5, resources: 2 },
      { value: 'api', cost: 4, resources: 1 },
    ])
    expect(result.untagged).toEqual({ value: '', cost: 1.25, resources: 1 })
    expect(result.total).toBe(17.75)
  })

  it('adds up to the ungrouped total to the cent, even when the lines were rounded apart', () => {
    const lines = Array.from({ length: 300 }, (_, i) => line(`i-${(i % 3) + 1}`, 0.00333 * (i + 1)))
    const exact = lines.reduce((sum, l) => sum + (l.Price ?? 0), 0)
    const result = costByTag(lines, values, exact + 0.004)
    const cents = [...result.groups, result.untagged].reduce((sum, g) => sum + Math.round(g.cost * 100), 0)
    expect(cents).toBe(Math.round(result.total * 100))
    expect(result.total).toBe(Math.round((exact + 0.004) * 100) / 100)
  })
})

describe('topResources', () => {
  it('adds up each resource’s lines, costliest first, named by its costliest line, and keeps the first ones', () => {
    const lines: ConsumptionEntry[] = [
      { ResourceId: 'vol-1', Service: 'TinaOS-FCU', Type: 'BSU:VolumeUsage:gp2', Price: 3 },
      { ResourceId: 'i-1', Service: 'TinaOS-FCU', Type: 'BoxUsage:tinav6.c4r8p2', Price: 10.004 },
      { ResourceId: 'i-1', Service: 'TinaOS-FCU', Type: 'BSU:VolumeIOPS:io1', Price: 1 },
      { Service: 'TinaOS-OOS', Type: 'OOS:Requests', Price: 50 },
      { ResourceId: 'eipalloc-1', Service: 'TinaOS-FCU', Type: 'ElasticIP:IdleAddress', Price: 3 },
    ]
    expect(topResources(lines)).toEqual([
      { resourceId: 'i-1', cost: 11, type: 'BoxUsage:tinav6.c4r8p2', service: 'TinaOS-FCU' },
      { resourceId: 'eipalloc-1', cost: 3, type: 'ElasticIP:IdleAddress', service: 'TinaOS-FCU' },
      { resourceId: 'vol-1', cost: 3, type: 'BSU:VolumeUsage:gp2', service: 'TinaOS-FCU' },
    ])
    expect(topResources(lines, 1).map((r) => r.resourceId)).toEqual(['i-1'])
    expect(topResources([])).toEqual([])
  })
})

describe('GET /api/cost-by-tag', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startPeopleHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  const get = (path: string, headers: Record<string, string>) => getAs(h, path, headers)
  const today = new Date().toISOString().slice(0, 10)
  const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10)
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

  it('gives a billing person each team’s cost, without the resources, adding up to the ungrouped total', async () => {
    const response = await get(
      `/api/cost-by-tag?account=demo-eu&key=team&from=${from}&to=${today}`,
      as('bill', 'finance'),
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    const answer = JSON.parse(text) as CostByTag
    expect(answer.currency).toBe('EUR')
    expect(answer.groups.map((g) => g.value).sort()).toEqual(['api', 'data', 'platform', 'web'])
    expect(answer.groups.every((g) => g.cost > 0 && g.resources > 0)).toBe(true)
    // Only figures: no resource id, name or other tag travels to the person.
    expect(text).not.toMatch(/"(i|vol|eipalloc)-[0-9a-f]+"/)
    expect(text).not.toContain('owner')

    const ungrouped = await h.call(
      'demo-eu',
      'ReadConsumptionAccount',
      { FromDate: from, ToDate: tomorrow, ShowPrice: true },
      as('bill', 'finance'),
    )
    expect(ungrouped.status).toBe(200)
    const entries = ((await ungrouped.json()) as { ConsumptionEntries: ConsumptionEntry[] })
      .ConsumptionEntries
    const total = entries.reduce((sum, e) => sum + (e.Price ?? 0), 0)
    const grouped = [...answer.groups, answer.untagged].reduce((sum, g) => sum + Math.round(g.cost * 100), 0)
    expect(grouped).toBe(Math.round(total * 100))
    expect(answer.total.toFixed(2)).toBe(total.toFixed(2))

    // The same person may not read the tags themselves.
    const tags = await h.call('demo-eu', 'ReadTags', {}, as('bill', 'finance'))
    expect(tags.status).toBe(403)
  })

  it('gives the cost per team day by day for the chart, each day adding up to the cent, audited, at most 92 days', async () => {
    const weekAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10)
    const response = await get(
      `/api/cost-by-tag/daily?account=demo-eu&key=team&from=${weekAgo}&to=${today}`,
      as('bill', 'finance'),
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toMatch(/"(i|vol|eipalloc)-[0-9a-f]+"/)
    const answer = JSON.parse(text) as DailyCostByTag
    expect(answer.days.map((d) => d.day)).toHaveLength(7)
    expect(answer.days[0]?.day).toBe(weekAgo)
    expect(answer.days.at(-1)?.day).toBe(today)
    for (const day of answer.days) {
      const cents = [...day.groups, day.untagged].reduce((sum, g) => sum + Math.round(g.cost * 100), 0)
      expect(cents).toBe(Math.round(day.total * 100))
    }
    // Every team that costs something that week is in the days, and the days add up to the week within a cent a day.
    const week = (await (
      await get(
        `/api/cost-by-tag?account=demo-eu&key=team&from=${weekAgo}&to=${today}`,
        as('bill', 'finance'),
      )
    ).json()) as CostByTag
    for (const team of week.groups) {
      const sum = answer.days.reduce(
        (n, d) => n + (d.groups.find((g) => g.value === team.value)?.cost ?? 0),
        0,
      )
      expect(Math.abs(sum - team.cost)).toBeLessThanOrEqual(0.07)
    }
    const audit = (await (
      await get('/api/audit?account=demo-eu&action=CostByTagDaily', as('ada', 'admins'))
    ).json()) as AuditPage
    expect(audit.records[0]).toMatchObject({
      action: 'CostByTagDaily',
      result: 'success',
      accountId: 'demo-eu',
    })
    const tooLong = await get(
      `/api/cost-by-tag/daily?account=demo-eu&key=team&from=${new Date(Date.now() - 92 * 86_400_000).toISOString().slice(0, 10)}&to=${today}`,
      as('bill', 'finance'),
    )
    expect(tooLong.status).toBe(400)
    expect(await tooLong.text()).toContain('at most 92 days')
  })

  it('is in the audit log like a read: who looked at which account’s cost by which key', async () => {
    await get(`/api/cost-by-tag?account=demo-eu&key=env&from=${from}&to=${today}`, as('bill', 'finance'))
    const page = (await (
      await get('/api/audit?account=demo-eu&action=CostByTag', as('ada', 'admins'))
    ).json()) as AuditPage
    const record = page.records.find((r) => r.paramsDigest?.includes('"env"'))
    expect(record).toMatchObject({
      kind: 'call',
      result: 'success',
      accountId: 'demo-eu',
      action: 'CostByTag',
    })
    expect(record?.person.subject).toBe('bill')
  })

  it('refuses a query it cannot answer, and an account the person holds no role on, saying which', async () => {
    const bad = await get(
      `/api/cost-by-tag?account=demo-eu&key=&from=${today}&to=${from}`,
      as('bill', 'finance'),
    )
    expect(bad.status).toBe(400)
    const body = (await bad.json()) as { error: { issues: Array<{ path: string }> } }
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['from', 'key'])
    const stranger = await get(
      `/api/cost-by-tag?account=demo-eu&key=team&from=${from}&to=${today}`,
      as('eve', 'guests'),
    )
    expect([403, 404]).toContain(stranger.status)
  })

  it('gives a billing person the 10 most expensive resources of the period, from the cost lines, audited', async () => {
    const response = await get(
      `/api/top-resources?account=demo-eu&from=${from}&to=${today}`,
      as('bill', 'finance'),
    )
    expect(response.status).toBe(200)
    const answer = (await response.json()) as TopResources
    expect(answer.currency).toBe('EUR')
    expect(answer.resources).toHaveLength(10)
    const costs = answer.resources.map((r) => r.cost)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
    expect(answer.resources.every((r) => r.resourceId && r.cost > 0 && r.type)).toBe(true)
    const page = (await (
      await get('/api/audit?account=demo-eu&action=TopResources', as('ada', 'admins'))
    ).json()) as AuditPage
    expect(page.records[0]).toMatchObject({ action: 'TopResources', result: 'success' })
    const bad = await get(
      `/api/top-resources?account=demo-eu&from=${today}&to=${from}`,
      as('bill', 'finance'),
    )
    expect(bad.status).toBe(400)
  })
})
