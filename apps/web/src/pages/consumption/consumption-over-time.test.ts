import { describe, expect, it } from 'vitest'
import { SERVICES_DRAWN, daysOf, seriesByService } from './consumption-over-time.ts'

describe('the consumption over time', () => {
  it('has a day per bar, first and last included', () => {
    expect(daysOf('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
    expect(daysOf('2026-03-02', '2026-03-02')).toEqual(['2026-03-02'])
  })

  it('stacks each service’s cost per day, the dearest service first', () => {
    const series = seriesByService(
      [
        {
          entries: [
            { Service: 'Storage', Price: 1 },
            { Service: 'Compute', Price: 5 },
            { Service: 'Compute', Price: 2 },
          ],
        },
        { entries: [{ Service: 'Storage', Price: 1.5 }] },
      ],
      'Other services',
    )
    expect(series).toEqual([
      { id: 'Compute', label: 'Compute', values: [7, 0] },
      { id: 'Storage', label: 'Storage', values: [1, 1.5] },
    ])
  })

  it('puts the services past the first few into one series, so the day totals stay the same', () => {
    const services = Array.from({ length: SERVICES_DRAWN + 3 }, (_, i) => `S${i}`)
    const day = { entries: services.map((Service, i) => ({ Service, Price: 100 - i })) }
    const series = seriesByService([day], 'Other services')
    expect(series).toHaveLength(SERVICES_DRAWN + 1)
    expect(series.at(-1)).toEqual({ id: 'other', label: 'Other services', values: [94 + 93 + 92] })
    const drawn = series.reduce((sum, s) => sum + (s.values[0] ?? 0), 0)
    expect(drawn).toBe(day.entries.reduce((sum, e) => sum + e.Price, 0))
  })

  it('draws a single leftover service under its own name', () => {
    const services = Array.from({ length: SERVICES_DRAWN + 1 }, (_, i) => `S${i}`)
    const series = seriesByService([{ entries: services.map((Service) => ({ Service, Price: 1 })) }], 'Other')
    expect(series.map((s) => s.id)).not.toContain('other')
  })
})
