// Closed days of consumption, kept in the database. A day's consumption never changes once the day is over (and
// OUTSCALE has settled it), so a ReadConsumptionAccount over closed days is answered from the table every replica
// shares, day by day, and OUTSCALE is asked only for the days still open and the closed days not yet kept. A chart
// of 90 days then costs OUTSCALE 90 calls once, and one call (today's) each time after.
//
// A period is composed from its days: one answer per closed day (each asked alone, so that it can be kept and
// shared with the chart that asks for the same day), and one answer for the open days at the end. The entries of
// the same meter are summed across the parts, the way OUTSCALE aggregates a period, with the period's own dates.
import type { Db } from './storage/index.ts'
import { canonicalJson } from './read-cache.ts'

export const DAY_MS = 86_400_000

/** The parts of ReadConsumptionAccount's answer this module reads and writes. */
interface Entry {
  FromDate?: string
  ToDate?: string
  Value?: number
  Price?: number
  [field: string]: unknown
}

interface Answer {
  ResponseContext?: { RequestId?: string }
  ConsumptionEntries?: Entry[]
  Currency?: string | null
  [field: string]: unknown
}

/** A day as YYYY-MM-DD (UTC) from ReadConsumptionAccount's date or midnight date-time; undefined otherwise. */
export function dayStart(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Date.parse(value)
  if (Number.isNaN(at) || at % DAY_MS !== 0) return undefined
  return at
}

export const dayText = (at: number) => new Date(at).toISOString().slice(0, 10)

export interface DayPlan {
  /** What the request asks besides its dates (prices, resource details, overall): answers differ by it. */
  variant: string
  from: number
  to: number
  /** The closed days of the period, YYYY-MM-DD, in order. */
  closed: string[]
  /** The open end of the period, FromDate included and ToDate excluded, when there is one. */
  open?: { FromDate: string; ToDate: string }
}

/**
 * How to answer a ReadConsumptionAccount: undefined when the table cannot help (no closed day, a DryRun, dates it
 * does not read, more than `maxDays` closed days — OUTSCALE then answers, or refuses, as usual). A day is closed
 * once it ended `settleMs` ago.
 */
export function planDays(
  request: Record<string, unknown>,
  now: number,
  settleMs: number,
  maxDays = 366,
): DayPlan | undefined {
  if (request.DryRun === true) return undefined
  const from = dayStart(request.FromDate)
  const to = dayStart(request.ToDate)
  if (from === undefined || to === undefined || to <= from) return undefined
  // The first day not closed yet: days before it ended at least settleMs ago.
  const openFrom = Math.floor((now - settleMs) / DAY_MS) * DAY_MS
  const closedEnd = Math.min(to, openFrom)
  if (closedEnd <= from) return undefined
  // Composing a period of ten years would cost OUTSCALE one call per day the first time: beyond a year it is asked
  // as one period, as before.
  if ((closedEnd - from) / DAY_MS > maxDays) return undefined
  const closed: string[] = []
  for (let at = from; at < closedEnd; at += DAY_MS) closed.push(dayText(at))
  // Overall (the linked accounts too) is an answer of its own; `Overall: false` is the same answer as none.
  const rest = Object.fromEntries(
    Object.entries(request).filter(
      ([key, value]) =>
        key !== 'FromDate' && key !== 'ToDate' && key !== 'DryRun' && !(key === 'Overall' && value === false),
    ),
  )
  return {
    variant: canonicalJson(rest),
    from,
    to,
    closed,
    ...(to > closedEnd ? { open: { FromDate: dayText(closedEnd), ToDate: dayText(to) } } : {}),
  }
}

/** The request for one day: what `request` asks, for `day` alone. */
export function oneDay(request: Record<string, unknown>, day: string): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(request).filter(([key]) => key !== 'DryRun'))
  return { ...rest, FromDate: day, ToDate: dayText(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS) }
}

/** Sums without the binary noise of adding many decimals (0.1 + 0.2); OUTSCALE's figures have far fewer digits. */
const tidy = (n: number) => Math.round(n * 1e8) / 1e8

/**
 * One answer for the period from the answers of its parts: the entries of one meter (same service, type,
 * operation, subregion, resource, price and accounts) summed, dated with the period, in the order they first appear.
 */
export function mergeAnswers(parts: readonly string[], from: number, to: number): string {
  const merged = new Map<string, Entry>()
  let currency: string | null | undefined
  let requestId: string | undefined
  for (const text of parts) {
    const answer = JSON.parse(text) as Answer
    if (answer === null || typeof answer !== 'object') continue
    currency ??= answer.Currency
    requestId = answer.ResponseContext?.RequestId ?? requestId
    for (const entry of answer.ConsumptionEntries ?? []) {
      const { FromDate: _from, ToDate: _to, Value, Price, ...meter } = entry
      const key = canonicalJson(meter)
      const sum = merged.get(key)
      if (!sum) {
        merged.set(key, {
          ...entry,
          FromDate: new Date(from).toISOString(),
          ToDate: new Date(to).toISOString(),
        })
        continue
      }
      if (Value !== undefined) sum.Value = tidy((sum.Value ?? 0) + Value)
      if (Price !== undefined) sum.Price = tidy((sum.Price ?? 0) + Price)
    }
  }
  return JSON.stringify({
    ResponseContext: { RequestId: requestId ?? '' },
    ConsumptionEntries: [...merged.values()],
    ...(currency !== undefined ? { Currency: currency } : {}),
  })
}

/** Whether an answer is a whole success worth keeping for good; a day without consumption may name no entries. */
export function keepable(status: number, text: string): boolean {
  if (status !== 200) return false
  try {
    const answer = JSON.parse(text) as unknown
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return false
    const entries = (answer as Answer).ConsumptionEntries
    return entries === undefined || Array.isArray(entries)
  } catch {
    return false
  }
}

export interface ClosedDayStore {
  /** The kept answers of `days` (YYYY-MM-DD) that exist. */
  get(accountKey: string, variant: string, days: readonly string[]): Promise<Map<string, string>>
  put(accountKey: string, variant: string, day: string, answer: string): Promise<void>
}

/** The table `consumption_days` (migration core-004), on SQLite or PostgreSQL alike. */
export function createClosedDayStore(db: Db): ClosedDayStore {
  return {
    async get(accountKey, variant, days) {
      const found = new Map<string, string>()
      if (days.length === 0) return found
      const rows = await db.query<{ day: string; answer: string }>(
        'SELECT day, answer FROM consumption_days WHERE account_key = $1 AND variant = $2 AND day >= $3 AND day <= $4',
        [accountKey, variant, days[0], days[days.length - 1]],
      )
      for (const row of rows) found.set(row.day, row.answer)
      return found
    },
    async put(accountKey, variant, day, answer) {
      // Two replicas may keep the same day at once: the answers are the same, the first one stays.
      await db.execute(
        `INSERT INTO consumption_days (account_key, variant, day, answer, kept_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (account_key, variant, day) DO NOTHING`,
        [accountKey, variant, day, answer, new Date().toISOString()],
      )
    },
  }
}
