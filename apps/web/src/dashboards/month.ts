// Month to date in UTC days, as OUTSCALE bills: the days so far, the same days of last month, and the month-end
// forecast. The forecast is linear: the cost so far divided by the time elapsed since the 1st (today counted for
// the part already gone), times the days of the month.
import type { ConsumptionEntry } from '@osc-console/osc-api'

const DAY = 86_400_000

export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10)

export function monthStart(now: number, monthsBack = 0): number {
  const d = new Date(now)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1)
}

export function daysInMonth(now: number): number {
  const d = new Date(now)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
}

/** Every day of this month up to today, YYYY-MM-DD. */
export function monthDays(now: number): string[] {
  const days: string[] = []
  for (let at = monthStart(now); at <= now; at += DAY) days.push(dayOf(at))
  return days
}

/**
 * The same period of last month, `to` included: the 1st to the same day of the month, or to the last day of last
 * month when it is shorter (on 31 March, 1 to 28 February).
 */
export function samePeriodLastMonth(now: number): { from: string; to: string } {
  const start = monthStart(now, 1)
  const lastDay = monthStart(now) - DAY
  const sameDay = start + (new Date(now).getUTCDate() - 1) * DAY
  return { from: dayOf(start), to: dayOf(Math.min(sameDay, lastDay)) }
}

/** ReadConsumptionAccount's dates for the days `from`..`to` included (ToDate is excluded by OUTSCALE). */
export function consumptionDates(from: string, to: string): { FromDate: string; ToDate: string } {
  return { FromDate: from, ToDate: dayOf(Date.parse(`${to}T00:00:00.000Z`) + DAY) }
}

/** What the entries cost, or undefined when OUTSCALE priced none of them. */
export function costOf(entries: readonly ConsumptionEntry[] | undefined): number | undefined {
  const priced = (entries ?? []).filter((e) => e.Price !== undefined)
  return priced.length ? priced.reduce((sum, e) => sum + (e.Price ?? 0), 0) : undefined
}

/** The month-end cost if the rest of the month costs what the month so far cost per unit of time. */
export function forecastMonthEnd(costSoFar: number, now: number): number | undefined {
  const elapsedDays = (now - monthStart(now)) / DAY
  // In the first hour of the 1st the pace is too short a sample to say anything.
  if (elapsedDays < 1 / 24) return undefined
  return (costSoFar / elapsedDays) * daysInMonth(now)
}
