// The console's samples of each quota (GET /api/quota-trend/:account), matched to the rows of the Quotas page, and
// the estimate put in days from now.
import type { QuotaTrend, QuotaTrends } from '@osc-console/osc-api'

const DAY = 86_400_000

const keyOf = (quotaType: string, name: string) => `${quotaType}\u0000${name}`

/** Each sampled quota by its type (`global` or a Net's id) and name, as the page groups them. */
export function trendsByQuota(data: QuotaTrends | undefined): ReadonlyMap<string, QuotaTrend> {
  return new Map((data?.quotas ?? []).map((q) => [keyOf(q.quotaType, q.name), q]))
}

export function trendOf(
  trends: ReadonlyMap<string, QuotaTrend>,
  quotaType: string,
  name: string | undefined,
): QuotaTrend | undefined {
  return name === undefined ? undefined : trends.get(keyOf(quotaType, name))
}

/**
 * Whole days from `now` until the quota is full at its pace, rounded to the nearest day; 0 when that is less than
 * half a day away (or already past: the estimate is from the latest sample). Undefined without an estimate.
 */
export function daysUntilFull(trend: QuotaTrend, now: number): number | undefined {
  if (trend.estimate !== 'full-at' || !trend.fullAt) return undefined
  return Math.max(0, Math.round((Date.parse(trend.fullAt) - now) / DAY))
}
