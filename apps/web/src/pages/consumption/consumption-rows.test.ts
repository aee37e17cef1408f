import { describe, expect, it } from 'vitest'
import { tableCsv } from '../../table/export.ts'
import {
  consumptionColumns,
  formatMoney,
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
    expect(formatMoney(grandTotal(totals), 'EUR')).toBe('—')
  })

  it('formats money in the currency of the catalogue, unit prices below a cent kept', () => {
    expect(formatMoney(2808.271, 'EUR')).toBe('€2,808.27')
    expect(formatMoney(0.0047, 'EUR', 4)).toBe('€0.0047')
    expect(formatMoney(1.5, 'XYZ')).toMatch(/^XYZ\s1\.50$/)
  })

  it('exports every column with the currency in the price headers', () => {
    const csv = tableCsv(sortEntries(entries), consumptionColumns('EUR'), {})
    const [header, first] = csv.split('\r\n')
    expect(header).toBe('Service,Operation,Type,Subregion,Title,Value,Unit price (EUR),Price (EUR)')
    expect(first).toBe('TinaOS-FCU,RunInstances-OD,BoxUsage:tinav5,,,100,,4.1')
  })
})
