// ReadConsumptionAccount: each resource's usage meters overlapped with [FromDate, ToDate) on the simulator clock,
// grouped by catalogue entry (and by resource with ShowResourceDetails), priced from the catalogue.
import type { CO2EmissionEntry, ConsumptionEntry } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import type { AccountState, World } from '../state.ts'
import { currencyOf, unitPrice } from './catalog.ts'

const HOUR = 3_600_000

function parseDay(value: string, name: string): number {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Date.parse(value)
  if (Number.isNaN(at))
    throw oscError('invalidParameterValue', `${name} must be an ISO 8601 date such as 2024-06-14.`)
  if (at % 86_400_000 !== 0)
    throw oscError('invalidParameterValue', `${name} must be a date, or a date-time at midnight UTC.`)
  return at
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

/** The account that pays for `account`: its own id unless it is linked to a paying account. */
export const payingAccountOf = (account: AccountState) => account.def.payingAccountId ?? account.accountId

/**
 * The accounts an `Overall` reading covers, as OUTSCALE documents it: a paying account and every account linked to
 * it; nothing at all when the caller is itself a linked account. Without `Overall`, the caller alone.
 */
export function accountsRead(world: World, account: AccountState, overall: unknown): AccountState[] {
  if (overall !== true) return [account]
  if (account.def.payingAccountId !== undefined) return []
  return [account, ...[...world.accounts.values()].filter((a) => a.def.payingAccountId === account.accountId)]
}

interface Period {
  from: number
  to: number
  /** The end of usage counted: ToDate, or now when the period is not over. */
  end: number
}

/** One account's lines for the period, grouped by catalogue entry (and by resource with ShowResourceDetails). */
function linesOf(
  account: AccountState,
  req: { ShowResourceDetails?: boolean; ShowPrice?: boolean },
  { from, to, end }: Period,
  now: number,
): ConsumptionEntry[] {
  const groups = new Map<string, ConsumptionEntry>()
  for (const m of account.meters) {
    const start = Math.max(m.start, from)
    const stop = Math.min(m.end ?? now, end)
    if (stop <= start) continue
    const units = ((stop - start) / HOUR) * m.unitsPerHour
    const key = [
      m.service,
      m.type,
      m.operation,
      m.subregionName,
      req.ShowResourceDetails ? m.resourceId : '',
    ].join('|')
    let entry = groups.get(key)
    if (!entry) {
      const c = unitPrice(account.region, m.service, m.type, m.operation)
      entry = {
        AccountId: account.accountId,
        PayingAccountId: payingAccountOf(account),
        Service: m.service,
        Type: m.type,
        Operation: m.operation,
        SubregionName: m.subregionName,
        Category: c?.Category ?? 'compute',
        Title: c?.Title ?? m.type,
        FromDate: new Date(from).toISOString(),
        ToDate: new Date(to).toISOString(),
        Value: 0,
        ...(req.ShowResourceDetails ? { ResourceId: m.resourceId } : {}),
        ...(req.ShowPrice ? { UnitPrice: c?.UnitPrice ?? 0, Price: 0 } : {}),
      }
      groups.set(key, entry)
    }
    entry.Value = (entry.Value ?? 0) + units
  }
  const entries = [...groups.values()].map((e) => ({
    ...e,
    Value: round(e.Value ?? 0, 4),
    ...(req.ShowPrice ? { Price: round((e.Value ?? 0) * (e.UnitPrice ?? 0), 4) } : {}),
  }))
  entries.sort(
    (a, b) =>
      (a.Type ?? '').localeCompare(b.Type ?? '') || (a.ResourceId ?? '').localeCompare(b.ResourceId ?? ''),
  )
  return entries
}

export const handlers: HandlerMap = {
  ReadConsumptionAccount: (req, ctx) => {
    const from = parseDay(req.FromDate, 'FromDate')
    const to = parseDay(req.ToDate, 'ToDate')
    if (to <= from)
      throw oscError(
        'invalidRange',
        'ToDate must be later than FromDate (FromDate is included, ToDate excluded).',
      )
    const period = { from, to, end: Math.min(to, ctx.now) }
    // The paying account's lines first, then each linked account's, as OUTSCALE lists them by account.
    const entries = accountsRead(ctx.world, ctx.account, req.Overall).flatMap((account) =>
      linesOf(account, req, period, ctx.now),
    )
    return { ConsumptionEntries: entries, Currency: currencyOf(ctx.account.region) }
  },
}

// Kilograms of CO2 per unit of each meter (a VM hour, a GiB-month, an idle IP hour, a load-balancer hour).
const CO2_PER_UNIT: Record<string, number> = { compute: 0.012, storage: 0.0025, network: 0.002 }

function categoryOf(type: string): 'compute' | 'storage' | 'network' {
  if (type.startsWith('BoxUsage')) return 'compute'
  if (type.startsWith('BSU') || type.startsWith('Snapshot')) return 'storage'
  return 'network'
}

/**
 * A month's first day: the spec's date (2024-06-01) or date-time at midnight UTC; the first day of a month, as the
 * spec requires. `2024-06` is also taken, as a lenient reading of the same month.
 */
function parseMonth(value: unknown, name: string): number {
  const text = typeof value === 'string' ? value : ''
  const short = /^(\d{4})-(\d{2})$/.exec(text)
  const at = short ? Date.UTC(Number(short[1]), Number(short[2]) - 1, 1) : parseDay(text, name)
  const d = new Date(at)
  if (d.getUTCDate() !== 1)
    throw oscError('invalidParameterValue', `${name} must be the first day of a month, such as 2024-06-01.`)
  return at
}

/** One account's CO2 by month over [from, to). */
function co2Of(account: AccountState, from: number, to: number, now: number): CO2EmissionEntry[] {
  // Months with usage only: from the account's first meter to the current month. A range of ten thousand years
  // then costs what the account's life costs, not 120,000 months of empty entries.
  const firstUse = account.meters.reduce((at, m) => Math.min(at, m.start), now)
  const monthOf = (at: number) => Date.UTC(new Date(at).getUTCFullYear(), new Date(at).getUTCMonth(), 1)
  const nowMonth = new Date(monthOf(now))
  const afterNow = Date.UTC(nowMonth.getUTCFullYear(), nowMonth.getUTCMonth() + 1, 1)
  const entries: CO2EmissionEntry[] = []
  for (let start = Math.max(from, monthOf(firstUse)); start < Math.min(to, afterNow);) {
    const d = new Date(start)
    const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    const byCategory = { compute: 0, storage: 0, network: 0 }
    for (const m of account.meters) {
      const a = Math.max(m.start, start)
      const b = Math.min(m.end ?? now, end, now)
      if (b <= a) continue
      const cat = categoryOf(m.type)
      byCategory[cat] += ((b - a) / HOUR) * m.unitsPerHour * (CO2_PER_UNIT[cat] ?? 0)
    }
    // The spec: a month's Value is the sum of its categories, and of its factors. Rounded parts first, so the
    // sums hold to the gram.
    const categories = Object.entries(byCategory).map(([Category, v]) => ({ Category, Value: round(v, 3) }))
    const total = round(
      categories.reduce((n, c) => n + c.Value, 0),
      3,
    )
    const electricity = round(total * 0.7, 3)
    entries.push({
      AccountId: account.accountId,
      PayingAccountId: payingAccountOf(account),
      // A date (the month's first day), as the spec's format and example say.
      Month: new Date(start).toISOString().slice(0, 10),
      Value: total,
      CategoryDistribution: categories,
      FactorDistribution: [
        { Factor: 'electricity', Value: electricity },
        { Factor: 'hardware', Value: round(total - electricity, 3) },
      ],
    })
    start = end
  }
  return entries
}

export const co2Handlers: HandlerMap = {
  ReadCO2EmissionAccount: (req, ctx) => {
    const from = parseMonth(req.FromMonth, 'FromMonth')
    const to = parseMonth(req.ToMonth, 'ToMonth')
    if (to <= from)
      throw oscError(
        'invalidRange',
        'ToMonth must be later than FromMonth (FromMonth included, ToMonth excluded).',
      )
    const entries = accountsRead(ctx.world, ctx.account, req.Overall).flatMap((account) =>
      co2Of(account, from, to, ctx.now),
    )
    return {
      CO2EmissionEntries: entries,
      // Kilograms of CO2 equivalent, written as the API's own example answers it.
      Unit: 'KG',
      Value: round(
        entries.reduce((n, e) => n + (e.Value ?? 0), 0),
        3,
      ),
    }
  },
}
