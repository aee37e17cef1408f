import { describe, expect, it } from 'vitest'
import type { ConsumptionEntry } from '@osc-console/osc-api'
import { entriesByGroup, groupKeyOf, totalOf, totalsBy } from './grouping.ts'

const entry = (e: ConsumptionEntry): ConsumptionEntry => e
const entries = [
  entry({
    Service: 'TinaOS-FCU',
    Category: 'compute',
    Type: 'BoxUsage:tinav5',
    SubregionName: 'eu-west-2a',
    Price: 1.005,
  }),
  entry({
    Service: 'TinaOS-FCU',
    Category: 'compute',
    Type: 'BoxUsage:tinav5',
    SubregionName: 'eu-west-2b',
    Price: 1.005,
  }),
  entry({
    Service: 'TinaOS-FCU',
    Category: 'storage',
    Type: 'BSU:VolumeUsage:gp2',
    SubregionName: 'eu-west-2a',
    Price: 0.333,
  }),
  entry({ Service: 'TinaOS-LBU', Category: 'network', Type: 'LBU:Usage', Price: 0.337 }),
]

describe('grouping the consumption', () => {
  it('names each entry’s group by the chosen field, and a missing one as empty', () => {
    expect(entries.map(groupKeyOf('subregion'))).toEqual(['eu-west-2a', 'eu-west-2b', 'eu-west-2a', ''])
    expect(entries.map(groupKeyOf('category'))).toEqual(['compute', 'compute', 'storage', 'network'])
    expect(groupKeyOf('resource')({ ResourceId: 'i-1' })).toBe('i-1')
    expect(groupKeyOf('type')(entries[2]!)).toBe('BSU:VolumeUsage:gp2')
  })

  it('gives each group its entries and a price in cents that add up to the ungrouped total, costliest first', () => {
    // 2.68 in all; rounded one by one, the subregions would say 1.34 + 1.01 + 0.34 = 2.69.
    const bySubregion = totalsBy(entries, 'subregion')
    expect(bySubregion).toEqual([
      { key: 'eu-west-2a', entries: 2, price: 1.34 },
      { key: 'eu-west-2b', entries: 1, price: 1.0 },
      { key: '', entries: 1, price: 0.34 },
    ])
    expect(totalOf(bySubregion)).toBe(2.68)
    expect(totalOf(totalsBy(entries, 'type'))).toBe(2.68)
    expect(totalsBy(entries, 'category').map((g) => g.key)).toEqual(['compute', 'network', 'storage'])
  })

  it('adds per-resource lines up to the total it is given, which OUTSCALE rounded apart', () => {
    const lines = [
      entry({ ResourceId: 'i-1', Price: 0.3333 }),
      entry({ ResourceId: 'i-2', Price: 0.3333 }),
      entry({ ResourceId: 'i-3', Price: 0.3333 }),
    ]
    const byResource = totalsBy(lines, 'resource', 1)
    expect(byResource.map((g) => g.price)).toEqual([0.34, 0.33, 0.33])
    expect(totalOf(byResource)).toBe(1)
  })

  it('says no price when OUTSCALE gave none', () => {
    const totals = totalsBy([{ Service: 'A' }, { Service: 'B' }], 'service')
    expect(totals).toEqual([
      { key: 'A', entries: 1, price: undefined },
      { key: 'B', entries: 1, price: undefined },
    ])
    expect(totalOf(totals)).toBeUndefined()
  })

  it('lists the entries under their group in the groups’ order', () => {
    const totals = totalsBy(entries, 'category')
    const listed = entriesByGroup(entries, totals, 'category')
    expect(listed.map((g) => [g.total.key, g.rows.length])).toEqual([
      ['compute', 2],
      ['network', 1],
      ['storage', 1],
    ])
  })
})

describe('by account (Overall)', () => {
  const overall = [
    entry({ AccountId: '111', PayingAccountId: '111', Service: 'TinaOS-FCU', Price: 10.004 }),
    entry({ AccountId: '222', PayingAccountId: '111', Service: 'TinaOS-FCU', Price: 3.333 }),
    entry({ AccountId: '222', PayingAccountId: '111', Service: 'TinaOS-LBU', Price: 3.333 }),
    entry({ AccountId: '333', PayingAccountId: '111', Service: 'TinaOS-FCU', Price: 0.335 }),
  ]

  it('gives each account its total, adding up to the overall total to the cent', () => {
    const byAccount = totalsBy(overall, 'account')
    expect(byAccount.map((g) => g.key)).toEqual(['111', '222', '333'])
    expect(byAccount.map((g) => g.entries)).toEqual([1, 2, 1])
    expect(totalOf(byAccount)).toBe(totalOf(totalsBy(overall, 'service')))
    expect(totalOf(byAccount)).toBe(17.01)
    expect(groupKeyOf('account')(overall[1]!)).toBe('222')
  })
})
