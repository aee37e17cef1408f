import { describe, expect, it } from 'vitest'
import { tableCsv } from '../../table/export.ts'
import { i18nFor } from '../../i18n/testing.ts'
import { consumptionColumns, costChange, sortEntries } from './consumption-rows.ts'
import { totalOf, totalsBy } from './grouping.ts'

const entries = [
  { Service: 'TinaOS-LBU', Operation: 'CreateLoadBalancer', Type: 'LBU:Usage', Value: 10, Price: 0.3 },
  { Service: 'TinaOS-FCU', Operation: 'CreateVolume', Type: 'BSU:VolumeUsage:gp2', Value: 5, Price: 1.5 },
  { Service: 'TinaOS-FCU', Operation: 'RunInstances-OD', Type: 'BoxUsage:tinav5', Value: 100, Price: 4.1 },
]

describe('consumption rows', () => {
  it('reads like a bill: by service, then the costliest first', () => {
    expect(sortEntries(entries).map((e) => e.Type)).toEqual([
      'BoxUsage:tinav5',
      'BSU:VolumeUsage:gp2',
      'LBU:Usage',
    ])
  })

  it('totals the price of each service, costliest service first, and all of them', () => {
    const totals = totalsBy(entries, 'service')
    expect(totals).toEqual([
      { key: 'TinaOS-FCU', entries: 2, price: 5.6 },
      { key: 'TinaOS-LBU', entries: 1, price: 0.3 },
    ])
    expect(totalOf(totals)).toBe(5.9)
  })

  it('has no total price when OUTSCALE gave no price', () => {
    const totals = totalsBy([{ Service: 'TinaOS-FCU', Value: 3 }], 'service')
    expect(totals[0]!.price).toBeUndefined()
    expect(i18nFor('en').f.money(totalOf(totals), 'EUR')).toBe('—')
  })

  it('exports every column with the currency in the price headers', () => {
    const csv = tableCsv(sortEntries(entries), consumptionColumns('EUR', i18nFor('en').t), {})
    const [header, first] = csv.split('\r\n')
    expect(header).toBe('Service,Category,Operation,Type,Subregion,Title,Value,Unit price (EUR),Price (EUR)')
    expect(first).toBe('TinaOS-FCU,,RunInstances-OD,BoxUsage:tinav5,,,100,,4.1')
    const french = tableCsv(sortEntries(entries), consumptionColumns('EUR', i18nFor('fr').t), {})
    expect(french.split('\r\n')[0]).toBe(
      'Service,Catégorie,Opération,Type,Sous-région,Intitulé,Quantité,Prix unitaire (EUR),Prix (EUR)',
    )
    // The values stay machine-readable in every language: a dot, no thousands separator.
    expect(french.split('\r\n')[1]).toBe(first)
  })
})

describe('the CSV grouped by resource', () => {
  it('starts with the resource of each per-resource line', () => {
    const lines = [{ ResourceId: 'i-1', Service: 'TinaOS-FCU', Type: 'BoxUsage:tinav5', Price: 1 }]
    const [header, first] = tableCsv(lines, consumptionColumns('EUR', i18nFor('en').t, true), {}).split(
      '\r\n',
    )
    expect(header!.startsWith('Resource,Service,Category,')).toBe(true)
    expect(first!.startsWith('i-1,TinaOS-FCU,,')).toBe(true)
  })
})

describe('the change from the previous period', () => {
  it('is a whole percent of the previous cost, up or down', () => {
    expect(costChange(112, 100)).toEqual({ kind: 'up', percent: 12 })
    expect(costChange(75, 100)).toEqual({ kind: 'down', percent: 25 })
  })

  it('is the same to the cent, or to the percent', () => {
    expect(costChange(10.004, 10)).toEqual({ kind: 'same' })
    expect(costChange(100.4, 100)).toEqual({ kind: 'same' })
  })

  it('has no percentage when nothing was billed before, or no price is known', () => {
    expect(costChange(5, 0)).toEqual({ kind: 'new' })
    expect(costChange(0, 0)).toEqual({ kind: 'same' })
    expect(costChange(undefined, 3)).toEqual({ kind: 'unknown' })
    expect(costChange(3, undefined)).toEqual({ kind: 'unknown' })
  })
})
