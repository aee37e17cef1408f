import { describe, expect, it } from 'vitest'
import { formatAge } from './freshness.ts'

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
