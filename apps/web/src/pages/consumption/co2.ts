// The CO2 emissions of the Consumption page's period, as data: ReadCO2EmissionAccount counts whole months, so the
// chart covers every month the period touches, each month's emissions stacked by category.
import type { ReadCO2EmissionAccountResponse } from '@osc-console/osc-api'
import type { ChartSeries } from '../../charts/chart-types.ts'
import type { Period } from './period.ts'

const monthStart = (day: string) => `${day.slice(0, 7)}-01`

function nextMonth(day: string): string {
  const d = new Date(`${monthStart(day)}T00:00:00Z`)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
}

/** FromMonth (included) and ToMonth (excluded), first days of months, covering every day of `period`. */
export function co2Months(period: Period): { FromMonth: string; ToMonth: string } {
  return { FromMonth: monthStart(period.from), ToMonth: nextMonth(period.to) }
}

/** Every month from the first to the last of `period`, as their first days. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  const { ToMonth } = co2Months(period)
  for (let m = monthStart(period.from); m < ToMonth; m = nextMonth(m)) months.push(m)
  return months
}

export interface Co2Chart {
  months: string[]
  series: ChartSeries[]
  /** OUTSCALE's unit of every value ("KG"); undefined when it gave none. */
  unit: string | undefined
  total: number
}

/**
 * One series per category (compute, storage, network…), one value per month of the period; a month OUTSCALE did
 * not answer (nothing ran) is 0. An entry without categories counts as a single "total" series.
 */
export function co2Chart(
  answer: ReadCO2EmissionAccountResponse,
  period: Period,
  totalLabel: string,
): Co2Chart {
  const months = monthsOf(period)
  const byCategory = new Map<string, number[]>()
  const add = (category: string, i: number, value: number) => {
    const values = byCategory.get(category) ?? months.map(() => 0)
    values[i] = (values[i] ?? 0) + value
    byCategory.set(category, values)
  }
  for (const entry of answer.CO2EmissionEntries ?? []) {
    const i = months.indexOf(monthStart(entry.Month ?? ''))
    if (i < 0) continue
    const categories = entry.CategoryDistribution ?? []
    if (categories.length === 0) add('', i, entry.Value ?? 0)
    for (const c of categories) add(c.Category ?? '', i, c.Value ?? 0)
  }
  const series = [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, values]) => ({ id: `c:${category}`, label: category || totalLabel, values }))
  const total = (answer.CO2EmissionEntries ?? []).reduce((n, e) => n + (e.Value ?? 0), 0)
  return { months, series, unit: answer.Unit ?? undefined, total: answer.Value ?? total }
}
