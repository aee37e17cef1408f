// The Consumption page's "over time" chart as data: the days of the period, and each service's cost per day,
// the most expensive services drawn and the rest together, so the stack stays readable.
import type { ConsumptionEntry } from '@osc-console/osc-api'
import type { ChartSeries } from '../../charts/chart-types.ts'

const DAY = 86_400_000

/** A day per bar: beyond this the chart would ask OUTSCALE once per day for too many days. */
export const MAX_CHART_DAYS = 92

/** The services drawn on their own; the others are stacked together. */
export const SERVICES_DRAWN = 6

/** Every day from `from` to `to` included, YYYY-MM-DD. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  const end = Date.parse(`${to}T00:00:00.000Z`)
  for (let at = Date.parse(`${from}T00:00:00.000Z`); at <= end; at += DAY)
    days.push(new Date(at).toISOString().slice(0, 10))
  return days
}

/**
 * One series per service, in the order of their cost over the period (highest first); past `SERVICES_DRAWN`,
 * the rest are summed into one series with the id `other`, labelled by the caller.
 */
export function seriesByService(
  days: ReadonlyArray<{ entries: readonly ConsumptionEntry[] }>,
  otherLabel: string,
): ChartSeries[] {
  const byService = new Map<string, number[]>()
  days.forEach(({ entries }, i) => {
    for (const entry of entries) {
      const service = entry.Service ?? 'Other'
      const values = byService.get(service) ?? days.map(() => 0)
      values[i] = (values[i] ?? 0) + (entry.Price ?? 0)
      byService.set(service, values)
    }
  })
  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0)
  const ranked = [...byService.entries()].sort(
    ([a, av], [b, bv]) => total(bv) - total(av) || a.localeCompare(b),
  )
  const drawn = ranked.length > SERVICES_DRAWN + 1 ? ranked.slice(0, SERVICES_DRAWN) : ranked
  const rest = ranked.slice(drawn.length)
  const series: ChartSeries[] = drawn.map(([service, values]) => ({ id: service, label: service, values }))
  if (rest.length)
    series.push({
      id: 'other',
      label: otherLabel,
      values: days.map((_, i) => rest.reduce((sum, [, values]) => sum + (values[i] ?? 0), 0)),
    })
  return series
}
