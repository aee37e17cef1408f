// The period the Consumption page reads, as URL params `from` and `to`: both UTC days, `to` included, which is how
// a person says "1 to 15 June". OUTSCALE takes ToDate excluded, so the call sends the day after `to`.
import { text, type Text } from '../../i18n/text.ts'
import { dayOf, parseDay, type ConsumptionSearch } from './search.ts'

export interface Period {
  from: string
  to: string
}

const DAY = 86_400_000
function monthStart(at: number, monthsBack = 0): number {
  const d = new Date(at)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1)
}

export type PresetId = 'this-month' | 'last-month' | 'last-7-days' | 'last-30-days' | 'last-90-days'

export const presets: ReadonlyArray<{ id: PresetId; period: (now: number) => Period }> = [
  {
    id: 'this-month',
    period: (now) => ({ from: dayOf(monthStart(now)), to: dayOf(now) }),
  },
  {
    id: 'last-month',
    period: (now) => ({ from: dayOf(monthStart(now, 1)), to: dayOf(monthStart(now) - DAY) }),
  },
  {
    id: 'last-7-days',
    period: (now) => ({ from: dayOf(now - 6 * DAY), to: dayOf(now) }),
  },
  {
    id: 'last-30-days',
    period: (now) => ({ from: dayOf(now - 29 * DAY), to: dayOf(now) }),
  },
  {
    id: 'last-90-days',
    period: (now) => ({ from: dayOf(now - 89 * DAY), to: dayOf(now) }),
  },
]

/** The period of the URL, or the current month so far for a day the URL does not name (or names wrongly). */
export function periodOf(search: ConsumptionSearch, now: number): Period {
  const fallback = presets[0]!.period(now)
  // Checked again here: the router also hands a child route the raw params its parent saw.
  const day = (value: unknown, otherwise: string) =>
    parseDay(value) === undefined ? otherwise : (value as string)
  return { from: day(search.from, fallback.from), to: day(search.to, fallback.to) }
}

export function presetOf(period: Period, now: number): PresetId | undefined {
  return presets.find((p) => {
    const candidate = p.period(now)
    return candidate.from === period.from && candidate.to === period.to
  })?.id
}

/**
 * Why a period cannot be asked for, in words that say what to change, or undefined when it can. Checked before
 * any call: OUTSCALE would refuse a reversed period, and one in the future has no consumption to show.
 */
export function periodProblem(period: { from: string; to: string }, now: number): Text | undefined {
  const from = parseDay(period.from)
  const to = parseDay(period.to)
  const today = dayOf(now)
  if (from === undefined) return text('consumption.problem.noFirstDay')
  if (to === undefined) return text('consumption.problem.noLastDay')
  if (period.from > today) return text('consumption.problem.startsInFuture', { from: period.from, today })
  if (period.to > today) return text('consumption.problem.endsInFuture', { to: period.to, today })
  if (from > to) return text('consumption.problem.reversed', { from: period.from, to: period.to })
  return undefined
}

/** ReadConsumptionAccount's dates for a valid period: FromDate included, ToDate excluded. */
export function apiDates(period: Period): { FromDate: string; ToDate: string } {
  return { FromDate: period.from, ToDate: dayOf((parseDay(period.to) ?? 0) + DAY) }
}

/** The days in a valid period, both ends included. */
export function periodDays(period: Period): number {
  return Math.round(((parseDay(period.to) ?? 0) - (parseDay(period.from) ?? 0)) / DAY) + 1
}

/** The period of the same length that ends the day before `period` starts: what the comparison reads. */
export function previousPeriod(period: Period): Period {
  const from = parseDay(period.from) ?? 0
  return { from: dayOf(from - periodDays(period) * DAY), to: dayOf(from - DAY) }
}
