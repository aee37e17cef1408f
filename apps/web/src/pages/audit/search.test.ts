import { describe, expect, it } from 'vitest'
import { isoToLocalInput, localInputToIso } from '../../lib/local-time.ts'
import { hasAuditFilters, parseAuditSearch } from './search.ts'

describe('the audit log filters in the URL', () => {
  it('keeps the filters that fit and drops the rest', () => {
    expect(
      parseAuditSearch({
        person: ' Alice Martin ',
        action: 'StopVms',
        resourceId: 'i-0a1b2c3d',
        result: 'failure',
        from: '2025-03-04T09:00:00Z',
        to: '2025-03-05',
      }),
    ).toEqual({
      person: 'Alice Martin',
      action: 'StopVms',
      resourceId: 'i-0a1b2c3d',
      result: 'failure',
      from: '2025-03-04T09:00:00.000Z',
      to: '2025-03-05T00:00:00.000Z',
    })
    expect(
      parseAuditSearch({
        person: '',
        action: 'Stop Vms; drop',
        resourceId: '<script>',
        result: 'maybe',
        from: 'yesterday',
        to: 42e20,
      }),
    ).toEqual({})
  })

  it('knows when a filter is set', () => {
    expect(hasAuditFilters({})).toBe(false)
    expect(hasAuditFilters({ result: 'refused' })).toBe(true)
  })

  it('shows a time in the local zone and reads it back to the same instant', () => {
    const iso = localInputToIso('2025-03-04T09:05')
    expect(iso).toBeDefined()
    expect(isoToLocalInput(iso)).toBe('2025-03-04T09:05')
    expect(localInputToIso('')).toBeUndefined()
    expect(isoToLocalInput('not a time')).toBe('')
  })
})
