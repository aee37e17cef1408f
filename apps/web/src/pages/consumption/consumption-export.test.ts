import { describe, expect, it } from 'vitest'
import type { CostByTag } from '@osc-console/osc-api'
import { consumptionExport, consumptionJson } from './consumption-export.ts'
import { sortEntries } from './consumption-rows.ts'
import { totalsBy } from './grouping.ts'

const entries = sortEntries([
  { Service: 'TinaOS-LBU', Operation: 'CreateLoadBalancer', Type: 'LBU:Usage', Value: 10, Price: 0.3 },
  { Service: 'TinaOS-FCU', Operation: 'CreateVolume', Type: 'BSU:VolumeUsage:gp2', Value: 5, Price: 1.5 },
  { Service: 'TinaOS-FCU', Operation: 'RunInstances-OD', Type: 'BoxUsage:tinav5', Value: 100, Price: 4.1 },
])
const period = { from: '2026-06-01', to: '2026-06-30' }

describe('the Consumption page as JSON', () => {
  it('holds the period, the currency, the totals by service as shown, their total and every entry', () => {
    const data = JSON.parse(
      consumptionJson(
        consumptionExport({
          account: 'demo-eu',
          period,
          currency: 'EUR',
          entries,
          group: 'service',
          totals: totalsBy(entries, 'service'),
        }),
      ),
    )
    expect(data).toMatchObject({
      account: 'demo-eu',
      period,
      currency: 'EUR',
      groupedBy: { kind: 'service' },
      groups: [
        { name: 'TinaOS-FCU', count: 2, price: 5.6 },
        { name: 'TinaOS-LBU', count: 1, price: 0.3 },
      ],
    })
    expect(data.total).toBe(5.9)
    expect(data.entries).toEqual(entries)
  })

  it('grouped by a tag, holds the values and the untagged as the table shows them, and their total', () => {
    const byTag: CostByTag = {
      account: 'demo-eu',
      key: 'team',
      ...period,
      currency: 'EUR',
      groups: [
        { value: 'web', cost: 4.1, resources: 1 },
        { value: 'data', cost: 1.5, resources: 1 },
      ],
      untagged: { value: '', cost: 0.3, resources: 1 },
      total: 5.9,
    }
    const data = consumptionExport({
      account: 'demo-eu',
      period,
      currency: undefined,
      entries,
      group: 'service',
      totals: totalsBy(entries, 'service'),
      byTag,
    })
    expect(data.groupedBy).toEqual({ kind: 'tag', key: 'team' })
    expect(data.currency).toBe('EUR')
    expect(data.groups).toEqual([
      { name: 'web', count: 1, price: 4.1 },
      { name: 'data', count: 1, price: 1.5 },
      { name: null, count: 1, price: 0.3 },
    ])
    expect(data.total).toBe(5.9)
  })

  it('says null, not 0, when OUTSCALE gave no price', () => {
    const unpriced = [{ Service: 'TinaOS-OOS', Operation: 'PutObject', Type: 'OOS:Requests', Value: 3 }]
    const data = consumptionExport({
      account: 'a',
      period,
      currency: undefined,
      entries: unpriced,
      group: 'service',
      totals: totalsBy(unpriced, 'service'),
    })
    expect(data.total).toBeNull()
    expect(data.currency).toBeNull()
    expect(data.groups).toEqual([{ name: 'TinaOS-OOS', count: 1, price: null }])
  })

  it('grouped by subregion, names each subregion and null for the entries without one', () => {
    const lines = [
      { Service: 'A', SubregionName: 'eu-west-2a', Price: 1.25 },
      { Service: 'A', Price: 0.5 },
    ]
    const data = consumptionExport({
      account: 'a',
      period,
      currency: 'EUR',
      entries: lines,
      group: 'subregion',
      totals: totalsBy(lines, 'subregion'),
    })
    expect(data.groupedBy).toEqual({ kind: 'subregion' })
    expect(data.groups).toEqual([
      { name: 'eu-west-2a', count: 1, price: 1.25 },
      { name: null, count: 1, price: 0.5 },
    ])
    expect(data.total).toBe(1.75)
  })
})
