import { describe, expect, it } from 'vitest'
import { apiLogRequest } from './ApiLogView.tsx'
import { parseAuditSearch } from './search.ts'

describe('OUTSCALE’s API log beside the audit log', () => {
  it('is chosen in the address, any other value meaning the console’s records', () => {
    expect(parseAuditSearch({ source: 'api' }).source).toBe('api')
    expect(parseAuditSearch({ source: 'console' }).source).toBeUndefined()
  })

  it('asks OUTSCALE for the call and the period filtered, never the raw headers or payload', () => {
    const request = apiLogRequest({
      action: 'CreateTags',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-02T00:00:00.000Z',
      person: 'Alice Martin',
    })
    expect(request).toEqual({
      ResultsPerPage: 100,
      With: { QueryHeaderRaw: false, QueryPayloadRaw: false },
      Filters: {
        QueryCallNames: ['CreateTags'],
        QueryDateAfter: '2026-11-01T00:00:00.000Z',
        QueryDateBefore: '2026-11-02T00:00:00.000Z',
      },
    })
  })
})
