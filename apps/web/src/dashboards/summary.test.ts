import { describe, expect, it } from 'vitest'
import type { QuotaTypes } from '@osc-console/osc-api'
import { nearestQuota, totalsByCurrency } from './summary.ts'

describe('nearestQuota', () => {
  it('is the quota with the highest share used, across every quota type', () => {
    const types: QuotaTypes[] = [
      { QuotaType: 'global', Quotas: [{ Name: 'vm_limit', MaxValue: 45, UsedValue: 40 }] },
      { QuotaType: 'vpc-1', Quotas: [{ Name: 'ip_limit', MaxValue: 5, UsedValue: 5 }] },
    ]
    expect(nearestQuota(types)?.quota.Name).toBe('ip_limit')
    expect(nearestQuota(types)?.ratio).toBe(1)
  })

  it('keeps the first of equals, and is undefined for an account without quotas', () => {
    const types: QuotaTypes[] = [
      {
        Quotas: [
          { Name: 'a', MaxValue: 10, UsedValue: 5 },
          { Name: 'b', MaxValue: 2, UsedValue: 1 },
        ],
      },
    ]
    expect(nearestQuota(types)?.quota.Name).toBe('a')
    expect(nearestQuota([])).toBeUndefined()
  })
})

describe('totalsByCurrency', () => {
  it('sums cost and forecast per currency, never across two currencies', () => {
    const totals = totalsByCurrency([
      { account: 'eu', currency: 'EUR', soFar: 10.5, forecast: 30 },
      { account: 'us', currency: 'USD', soFar: 7, forecast: 21 },
      { account: 'eu2', currency: 'EUR', soFar: 2.25, forecast: 6 },
    ])
    expect(totals).toEqual([
      { currency: 'EUR', soFar: 12.75, forecast: 36, accounts: ['eu', 'eu2'] },
      { currency: 'USD', soFar: 7, forecast: 21, accounts: ['us'] },
    ])
  })

  it('leaves out accounts whose cost is unknown, and has no forecast when one account has none', () => {
    const totals = totalsByCurrency([
      { account: 'eu', currency: 'EUR', soFar: 10, forecast: undefined },
      { account: 'eu2', currency: 'EUR', soFar: 1, forecast: 3 },
      { account: 'failed', currency: undefined, soFar: undefined, forecast: undefined },
    ])
    expect(totals).toEqual([{ currency: 'EUR', soFar: 11, forecast: undefined, accounts: ['eu', 'eu2'] }])
  })
})
