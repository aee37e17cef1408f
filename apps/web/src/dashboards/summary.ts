// What the all-accounts page says of each account and of all of them together: the quota nearest its limit, and
// the cost so far and the forecast summed per currency (accounts in different regions bill in different
// currencies, and one total in two currencies would mean nothing).
import type { QuotaTypes } from '@osc-console/osc-api'
import { usageOf, type QuotaUsage } from '../pages/quotas/quota-usage.ts'

/** The account's quota with the highest share of its maximum used, or undefined when it has none. */
export function nearestQuota(types: readonly QuotaTypes[]): QuotaUsage | undefined {
  let nearest: QuotaUsage | undefined
  for (const t of types)
    for (const quota of t.Quotas ?? []) {
      const usage = usageOf(quota)
      // The first of equals wins, in OUTSCALE's order: the same one every time the page is drawn.
      if (!nearest || usage.ratio > nearest.ratio) nearest = usage
    }
  return nearest
}

export interface AccountCost {
  account: string
  currency: string | undefined
  soFar: number | undefined
  forecast: number | undefined
}

export interface CurrencyTotal {
  currency: string
  soFar: number
  /** The sum of the accounts' forecasts; undefined when one of them has none yet (the 1st of the month). */
  forecast: number | undefined
  accounts: string[]
}

/** The costs of the accounts whose cost is known, summed per currency, in the order the currencies first appear. */
export function totalsByCurrency(costs: readonly AccountCost[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>()
  for (const cost of costs) {
    if (cost.currency === undefined || cost.soFar === undefined) continue
    const total = totals.get(cost.currency) ?? {
      currency: cost.currency,
      soFar: 0,
      forecast: 0,
      accounts: [],
    }
    total.soFar += cost.soFar
    total.forecast =
      total.forecast === undefined || cost.forecast === undefined ? undefined : total.forecast + cost.forecast
    total.accounts.push(cost.account)
    totals.set(cost.currency, total)
  }
  return [...totals.values()]
}
