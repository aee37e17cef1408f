import { describe, expect, it } from 'vitest'
import { dataAge, formatAge } from './freshness.ts'

describe('formatAge', () => {
  const now = Date.parse('2026-01-01T00:10:00Z')
  it('says how old the data are in words a person reads at a glance', () => {
    expect(formatAge(undefined, now)).toBe('not loaded yet')
    expect(formatAge(now - 2_000, now)).toBe('updated just now')
    expect(formatAge(now - 12_000, now)).toBe('updated 12 s ago')
    expect(formatAge(now - 5 * 60_000, now)).toBe('updated 5 min ago')
    expect(formatAge(now - 3 * 3_600_000, now)).toBe('updated 3 h ago')
  })
})

describe('dataAge', () => {
  const now = Date.parse('2026-01-01T00:10:00Z')
  it('gives the age as a number and a unit, for the page to word in its language', () => {
    expect(dataAge(undefined, now)).toEqual({ kind: 'unknown' })
    expect(dataAge(now - 4_400, now)).toEqual({ kind: 'just-now' })
    expect(dataAge(now - 59_000, now)).toEqual({ kind: 'ago', value: 59, unit: 'second' })
    expect(dataAge(now - 119_000, now)).toEqual({ kind: 'ago', value: 1, unit: 'minute' })
    expect(dataAge(now - 3 * 3_600_000 - 59 * 60_000, now)).toEqual({ kind: 'ago', value: 3, unit: 'hour' })
    // A clock a little behind the BFF's is not "in the future".
    expect(dataAge(now + 3_000, now)).toEqual({ kind: 'just-now' })
  })
})
