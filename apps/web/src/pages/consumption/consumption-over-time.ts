// The Consumption page's "over time" chart as data: the days of the period, and each group's cost per day (a
// service, a subregion, a resource, an account, a tag value…), the most expensive groups drawn and the rest
// together, so the stack stays readable.
import type { ConsumptionEntry, DayTagCosts } from '@osc-console/osc-api'
import type { ChartSeries } from '../../charts/chart-types.ts'

const DAY = 86_400_000

/** A day per bar: beyond this the chart would ask OUTSCALE once per day for too many days. */
export const MAX_CHART_DAYS = 92

/** The groups drawn on their own; the others are stacked together. */
export const GROUPS_DRAWN = 6

/** Every day from `from` to `to` included, YYYY-MM-DD. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  const end = Date.parse(`${to}T00:00:00.000Z`)
  for (let at = Date.parse(`${from}T00:00:00.000Z`); at <= end; at += DAY)
    days.push(new Date(at).toISOString().slice(0, 10))
  return days
}

/**
 * One series per group (`keyOf` an entry, named by `labelOf`), in the order of their cost over the period (highest
 * first); past `GROUPS_DRAWN`, the rest are summed into one series with the id `other`, labelled by the caller.
 */
export function seriesByGroup<E extends { Price?: number } = ConsumptionEntry>(
  days: ReadonlyArray<{ entries: readonly E[] }>,
  keyOf: (entry: E) => string,
  labelOf: (key: string) => string,
  otherLabel: string,
): ChartSeries[] {
  const byGroup = new Map<string, number[]>()
  days.forEach(({ entries }, i) => {
    for (const entry of entries) {
      const key = keyOf(entry)
      const values = byGroup.get(key) ?? days.map(() => 0)
      values[i] = (values[i] ?? 0) + (entry.Price ?? 0)
      byGroup.set(key, values)
    }
  })
  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0)
  const ranked = [...byGroup.entries()].sort(
    ([a, av], [b, bv]) => total(bv) - total(av) || a.localeCompare(b),
  )
  const drawn = ranked.length > GROUPS_DRAWN + 1 ? ranked.slice(0, GROUPS_DRAWN) : ranked
  const rest = ranked.slice(drawn.length)
  // A group's id is never `other`: its key is prefixed, so a service named "other" keeps its own series.
  const series: ChartSeries[] = drawn.map(([key, values]) => ({
    id: `g:${key}`,
    label: labelOf(key),
    values,
  }))
  if (rest.length)
    series.push({
      id: 'other',
      label: otherLabel,
      values: days.map((_, i) => rest.reduce((sum, [, values]) => sum + (values[i] ?? 0), 0)),
    })
  return series
}

/** A tag value's cost on one day; '' for the untagged. */
export interface TagValueCost {
  value: string
  Price: number
}

/** The console's cost by tag value, day by day, as the groups `seriesByGroup` stacks (keyed by `value`). */
export function tagValueDays(days: readonly DayTagCosts[]): Array<{ entries: TagValueCost[] }> {
  return days.map((d) => ({
    entries: [
      ...d.groups.map((g) => ({ value: g.value, Price: g.cost })),
      { value: '', Price: d.untagged.cost },
    ],
  }))
}
