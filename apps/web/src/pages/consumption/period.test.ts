import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/testing.ts'
import { apiDates, periodDays, periodOf, periodProblem, presetOf, presets, previousPeriod } from './period.ts'
import { parseConsumptionSearch } from './search.ts'

const now = Date.parse('2024-03-15T10:00:00Z')
const preset = (id: string) => presets.find((p) => p.id === id)!.period(now)

describe('the consumption period', () => {
  it('defaults to the current month so far, today included', () => {
    expect(periodOf({}, now)).toEqual({ from: '2024-03-01', to: '2024-03-15' })
    expect(presetOf(periodOf({}, now), now)).toBe('this-month')
    expect(periodOf({ from: 'garbage', to: '2024-03-10' }, now)).toEqual({
      from: '2024-03-01',
      to: '2024-03-10',
    })
  })

  it('offers last month and the last 30 days, today included', () => {
    expect(preset('last-month')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(preset('last-30-days')).toEqual({ from: '2024-02-15', to: '2024-03-15' })
    expect(presets[1]!.period(Date.parse('2024-01-10T00:00:00Z'))).toEqual({
      from: '2023-12-01',
      to: '2023-12-31',
    })
  })

  it('sends OUTSCALE the day after the last day, as its ToDate is excluded', () => {
    expect(apiDates({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      FromDate: '2024-02-01',
      ToDate: '2024-03-01',
    })
  })

  it('keeps only real days from the URL', () => {
    expect(parseConsumptionSearch({ from: '2024-02-30', to: 'yesterday' })).toEqual({})
    expect(parseConsumptionSearch({ from: '2024-02-29', to: 20240301 })).toEqual({ from: '2024-02-29' })
    // A reversed period is kept, so the page can say what to change instead of silently showing another.
    expect(parseConsumptionSearch({ from: '2024-03-10', to: '2024-03-01' })).toEqual({
      from: '2024-03-10',
      to: '2024-03-01',
    })
  })

  it('keeps a tag key to group by, trimmed, and drops one OUTSCALE would not accept', () => {
    expect(parseConsumptionSearch({ tag: ' team ' })).toEqual({ tag: 'team' })
    expect(parseConsumptionSearch({ tag: '' })).toEqual({})
    expect(parseConsumptionSearch({ tag: 'x'.repeat(256) })).toEqual({})
    expect(parseConsumptionSearch({ tag: 42 })).toEqual({})
  })

  it('keeps Overall only when it is asked for', () => {
    expect(parseConsumptionSearch({ overall: true, group: 'account' })).toEqual({
      overall: true,
      group: 'account',
    })
    expect(parseConsumptionSearch({ overall: 'true' })).toEqual({ overall: true })
    expect(parseConsumptionSearch({ overall: false })).toEqual({})
    expect(parseConsumptionSearch({ overall: 'yes' })).toEqual({})
  })

  it('keeps a field to group by that the entries have, service being the default and left out', () => {
    expect(parseConsumptionSearch({ group: 'subregion' })).toEqual({ group: 'subregion' })
    expect(parseConsumptionSearch({ group: 'resource' })).toEqual({ group: 'resource' })
    expect(parseConsumptionSearch({ group: 'service' })).toEqual({})
    expect(parseConsumptionSearch({ group: 'Price' })).toEqual({})
  })

  it('offers the last 7 and 90 days, today included', () => {
    expect(preset('last-7-days')).toEqual({ from: '2024-03-09', to: '2024-03-15' })
    expect(preset('last-90-days')).toEqual({ from: '2023-12-17', to: '2024-03-15' })
  })

  it('refuses a period in the future or reversed, saying what to change', () => {
    const { t } = i18nFor('en')
    const problem = (period: { from: string; to: string }) => {
      const found = periodProblem(period, now)
      return found && t(found)
    }
    expect(problem({ from: '2024-03-01', to: '2024-03-15' })).toBeUndefined()
    expect(problem({ from: '2024-03-15', to: '2024-03-15' })).toBeUndefined()
    expect(problem({ from: '2024-03-16', to: '2024-03-20' })).toMatch(
      /starts on 2024-03-16, after today \(2024-03-15\)\. Choose a first day of 2024-03-15 or earlier/,
    )
    expect(problem({ from: '2024-03-01', to: '2024-03-31' })).toMatch(
      /ends on 2024-03-31, after today.*Choose a last day of 2024-03-15 or earlier/,
    )
    expect(problem({ from: '2024-03-10', to: '2024-03-01' })).toMatch(
      /first day \(2024-03-10\) is after the last day \(2024-03-01\)\. Choose a first day on or before/,
    )
    expect(problem({ from: '', to: '2024-03-01' })).toMatch(/Enter the first day/)
  })

  it('says the same in French, with the days as they were typed', () => {
    const { t } = i18nFor('fr')
    expect(t(periodProblem({ from: '2024-03-10', to: '2024-03-01' }, now)!)).toBe(
      'Le premier jour (2024-03-10) est après le dernier jour (2024-03-01). Choisissez un premier jour antérieur ou égal au dernier.',
    )
  })
})

describe('the previous period', () => {
  it('has the same length and ends the day before', () => {
    expect(previousPeriod({ from: '2026-06-01', to: '2026-06-30' })).toEqual({
      from: '2026-05-02',
      to: '2026-05-31',
    })
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    })
    // Across a year and a leap day: 2024-02-29 exists.
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-07' })).toEqual({
      from: '2024-02-23',
      to: '2024-02-29',
    })
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-10' })).toEqual({
      from: '2025-12-22',
      to: '2025-12-31',
    })
  })

  it('counts both ends', () => {
    expect(periodDays({ from: '2026-06-01', to: '2026-06-30' })).toBe(30)
    expect(periodDays({ from: '2026-06-01', to: '2026-06-01' })).toBe(1)
  })
})
