import { describe, expect, it } from 'vitest'
import {
  consumptionDates,
  costOf,
  daysInMonth,
  forecastMonthEnd,
  monthDays,
  samePeriodLastMonth,
} from './month.ts'

const at = (iso: string) => Date.parse(iso)

describe('month to date', () => {
  it('lists the days from the 1st to today', () => {
    expect(monthDays(at('2026-06-03T10:00:00Z'))).toEqual(['2026-06-01', '2026-06-02', '2026-06-03'])
  })

  it('compares with the same days of last month, cut to its last day when it is shorter', () => {
    expect(samePeriodLastMonth(at('2026-06-15T10:00:00Z'))).toEqual({ from: '2026-05-01', to: '2026-05-15' })
    expect(samePeriodLastMonth(at('2026-03-31T10:00:00Z'))).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(samePeriodLastMonth(at('2026-01-10T10:00:00Z'))).toEqual({ from: '2025-12-01', to: '2025-12-10' })
  })

  it('asks OUTSCALE up to the day after the last day, which it excludes', () => {
    expect(consumptionDates('2026-06-01', '2026-06-30')).toEqual({
      FromDate: '2026-06-01',
      ToDate: '2026-07-01',
    })
  })

  it('forecasts linearly on the time elapsed since the 1st', () => {
    // 10 days elapsed of a 30-day month: 100 so far makes 300.
    expect(forecastMonthEnd(100, at('2026-06-11T00:00:00Z'))).toBeCloseTo(300)
    // Half a day elapsed of a 31-day month.
    expect(forecastMonthEnd(5, at('2026-07-01T12:00:00Z'))).toBeCloseTo(310)
    expect(daysInMonth(at('2024-02-10T00:00:00Z'))).toBe(29)
  })

  it('says nothing in the first hour of the month', () => {
    expect(forecastMonthEnd(1, at('2026-06-01T00:30:00Z'))).toBeUndefined()
  })

  it('sums the priced entries, and is undefined when none is priced', () => {
    expect(costOf([{ Price: 1.5 }, { Price: 2.25 }, {}])).toBeCloseTo(3.75)
    expect(costOf([{ Value: 3 }])).toBeUndefined()
    expect(costOf(undefined)).toBeUndefined()
  })
})
