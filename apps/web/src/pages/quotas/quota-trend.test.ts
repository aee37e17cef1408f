import { describe, expect, it } from 'vitest'
import type { QuotaTrend } from '@osc-console/osc-api'
import { daysUntilFull, trendOf, trendsByQuota } from './quota-trend.ts'

const NOW = Date.parse('2026-06-10T12:00:00Z')
const trend = (over: Partial<QuotaTrend>): QuotaTrend => ({
  quotaType: 'global',
  name: 'ip_limit',
  samples: [],
  estimate: 'full-at',
  perDay: 1,
  fullAt: null,
  ...over,
})

describe('quota trends', () => {
  it('finds a quota’s samples by its type and name', () => {
    const byQuota = trendsByQuota({
      account: 'a',
      sampleMinutes: 60,
      retentionDays: 90,
      quotas: [trend({}), trend({ quotaType: 'vpc-1', name: 'subnet_limit' })],
    })
    expect(trendOf(byQuota, 'global', 'ip_limit')?.name).toBe('ip_limit')
    expect(trendOf(byQuota, 'vpc-1', 'subnet_limit')?.quotaType).toBe('vpc-1')
    expect(trendOf(byQuota, 'global', 'subnet_limit')).toBeUndefined()
    expect(trendOf(trendsByQuota(undefined), 'global', 'ip_limit')).toBeUndefined()
  })

  it('puts the day a quota will be full in whole days from now', () => {
    expect(daysUntilFull(trend({ fullAt: '2026-06-20T11:00:00Z' }), NOW)).toBe(10)
    expect(daysUntilFull(trend({ fullAt: '2026-06-10T15:00:00Z' }), NOW)).toBe(0)
    expect(daysUntilFull(trend({ fullAt: '2026-06-09T12:00:00Z' }), NOW)).toBe(0)
    expect(daysUntilFull(trend({ estimate: 'not-at-this-pace', fullAt: null }), NOW)).toBeUndefined()
    expect(daysUntilFull(trend({ estimate: 'full', fullAt: null }), NOW)).toBeUndefined()
  })
})
