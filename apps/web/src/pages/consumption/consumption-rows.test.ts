import { describe, expect, it } from 'vitest'
import { tableCsv } from '../../table/export.ts'
import { i18nFor } from '../../i18n/testing.ts'
import {
  consumptionColumns,
  costChange,
  grandTotal,
  sortEntries,
  totalsByService,
} from './consumption-rows.ts'

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
    const totals = totalsByService(entries)
    expect(totals).toEqual([
      { service: 'TinaOS-FCU', entries: 2, price: 5.6 },
      { service: 'TinaOS-LBU', entries: 1, price: 0.3 },
    ])
    expect(grandTotal(totals)).toBeCloseTo(5.9)
  })

  it('has no total price when OUTSCALE gave no price', () => {
    const totals = totalsByService([{ Service: 'TinaOS-FCU', Value: 3 }])
    expect(totals[0]!.price).toBeUndefined()
    expect(i18nFor('en').f.money(grandTotal(totals), 'EUR')).toBe('—')
  })

  it('exports every column with the currency in the price headers', () => {
    const csv = tableCsv(sortEntries(entries), consumptionColumns('EUR', i18nFor('en').t), {})
    const [header, first] = csv.split('\r\n')
    expect(header).toBe('Service,Operation,Type,Subregion,Title,Value,Unit price (EUR),Price (EUR)')
    expect(first).toBe('TinaOS-FCU,RunInstances-OD,BoxUsage:tinav5,,,100,,4.1')
    const french = tableCsv(sortEntries(entries), consumptionColumns('EUR', i18nFor('fr').t), {})
    expect(french.split('\r\n')[0]).toBe(
      'Service,Opération,Type,Sous-région,Intitulé,Quantité,Prix unitaire (EUR),Prix (EUR)',
    )
    // The values stay machine-readable in every language: a dot, no thousands separator.
    expect(french.split('\r\n')[1]).toBe(first)
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
