import { describe, expect, it } from 'vitest'
import { co2Chart, co2Months, monthsOf } from './co2.ts'

describe('the CO2 emissions of a period', () => {
  it('asks for every month the period touches, ToMonth excluded', () => {
    expect(co2Months({ from: '2026-05-01', to: '2026-05-31' })).toEqual({
      FromMonth: '2026-05-01',
      ToMonth: '2026-06-01',
    })
    expect(co2Months({ from: '2025-12-20', to: '2026-01-05' })).toEqual({
      FromMonth: '2025-12-01',
      ToMonth: '2026-02-01',
    })
    expect(monthsOf({ from: '2025-11-15', to: '2026-01-05' })).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ])
  })

  it('stacks each month by category, a month without emissions at 0, and keeps OUTSCALE’s unit and total', () => {
    const chart = co2Chart(
      {
        Unit: 'KG',
        Value: 3.5,
        CO2EmissionEntries: [
          {
            Month: '2026-05-01',
            Value: 3.5,
            CategoryDistribution: [
              { Category: 'storage', Value: 0.5 },
              { Category: 'compute', Value: 3 },
            ],
          },
        ],
      },
      { from: '2026-04-10', to: '2026-05-31' },
      'Total',
    )
    expect(chart.months).toEqual(['2026-04-01', '2026-05-01'])
    expect(chart.series).toEqual([
      { id: 'c:compute', label: 'compute', values: [0, 3] },
      { id: 'c:storage', label: 'storage', values: [0, 0.5] },
    ])
    expect(chart).toMatchObject({ unit: 'KG', total: 3.5 })
  })

  it('draws a month without categories as its total', () => {
    const chart = co2Chart(
      { CO2EmissionEntries: [{ Month: '2026-05', Value: 2 }] },
      { from: '2026-05-01', to: '2026-05-02' },
      'Total',
    )
    expect(chart.series).toEqual([{ id: 'c:', label: 'Total', values: [2] }])
    expect(chart.total).toBe(2)
  })
})
