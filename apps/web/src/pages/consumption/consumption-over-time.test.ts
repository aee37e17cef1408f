import { describe, expect, it } from 'vitest'
import { GROUPS_DRAWN, daysOf, seriesByGroup, tagValueDays } from './consumption-over-time.ts'
import { groupKeyOf } from './grouping.ts'

const byService = groupKeyOf('service')
const named = (key: string) => key

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
    const series = seriesByGroup(
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
      byService,
      named,
      'Other services',
    )
    expect(series).toEqual([
      { id: 'g:Compute', label: 'Compute', values: [7, 0] },
      { id: 'g:Storage', label: 'Storage', values: [1, 1.5] },
    ])
  })

  it('puts the services past the first few into one series, so the day totals stay the same', () => {
    const services = Array.from({ length: GROUPS_DRAWN + 3 }, (_, i) => `S${i}`)
    const day = { entries: services.map((Service, i) => ({ Service, Price: 100 - i })) }
    const series = seriesByGroup([day], byService, named, 'Other services')
    expect(series).toHaveLength(GROUPS_DRAWN + 1)
    expect(series.at(-1)).toEqual({ id: 'other', label: 'Other services', values: [94 + 93 + 92] })
    const drawn = series.reduce((sum, s) => sum + (s.values[0] ?? 0), 0)
    expect(drawn).toBe(day.entries.reduce((sum, e) => sum + e.Price, 0))
  })

  it('draws a single leftover service under its own name', () => {
    const services = Array.from({ length: GROUPS_DRAWN + 1 }, (_, i) => `S${i}`)
    const series = seriesByGroup(
      [{ entries: services.map((Service) => ({ Service, Price: 1 })) }],
      byService,
      named,
      'Other',
    )
    expect(series.map((s) => s.id)).not.toContain('other')
  })

  it('stacks by any group, named by the caller', () => {
    const series = seriesByGroup(
      [{ entries: [{ SubregionName: 'eu-west-2a', Price: 2 }, { Price: 1 }] }],
      groupKeyOf('subregion'),
      (key) => key || 'No subregion',
      'Other',
    )
    expect(series.map((s) => [s.label, s.values[0]])).toEqual([
      ['eu-west-2a', 2],
      ['No subregion', 1],
    ])
  })
})

describe('tagValueDays', () => {
  it('stacks the console’s cost by tag value day by day, the untagged as their own series', () => {
    const days = tagValueDays([
      {
        day: '2024-06-01',
        groups: [
          { value: 'web', cost: 3, resources: 2 },
          { value: 'api', cost: 1.5, resources: 1 },
        ],
        untagged: { value: '', cost: 0.25, resources: 1 },
        total: 4.75,
      },
      {
        day: '2024-06-02',
        groups: [{ value: 'api', cost: 2, resources: 1 }],
        untagged: { value: '', cost: 0, resources: 0 },
        total: 2,
      },
    ])
    const series = seriesByGroup(
      days,
      (e) => e.value,
      (v) => v || 'Untagged',
      'Others',
    )
    expect(series.map((s) => [s.label, s.values])).toEqual([
      ['api', [1.5, 2]],
      ['web', [3, 0]],
      ['Untagged', [0.25, 0]],
    ])
  })
})
