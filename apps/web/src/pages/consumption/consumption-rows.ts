// The Consumption page's rows, columns and totals, as data: the same columns draw the table and write the CSV.
import type { ConsumptionEntry } from '@osc-console/osc-api'
import type { ResourceColumn } from '../../table/columns.tsx'

export interface ServiceTotal {
  service: string
  entries: number
  /** Undefined when OUTSCALE gave no price for any entry of the service. */
  price: number | undefined
}

/** Grouped by service, then by price (highest first), then by type, so the table reads like a bill. */
export function sortEntries(entries: readonly ConsumptionEntry[]): ConsumptionEntry[] {
  return [...entries].sort(
    (a, b) =>
      (a.Service ?? '').localeCompare(b.Service ?? '') ||
      (b.Price ?? 0) - (a.Price ?? 0) ||
      (a.Type ?? '').localeCompare(b.Type ?? '') ||
      (a.SubregionName ?? '').localeCompare(b.SubregionName ?? ''),
  )
}

const sum = (values: Array<number | undefined>) =>
  values.some((v) => v !== undefined) ? values.reduce<number>((n, v) => n + (v ?? 0), 0) : undefined

export function totalsByService(entries: readonly ConsumptionEntry[]): ServiceTotal[] {
  const byService = new Map<string, ConsumptionEntry[]>()
  for (const e of entries) {
    const service = e.Service ?? 'Other'
    byService.set(service, [...(byService.get(service) ?? []), e])
  }
  return [...byService.entries()]
    .map(([service, list]) => ({ service, entries: list.length, price: sum(list.map((e) => e.Price)) }))
    .sort((a, b) => (b.price ?? 0) - (a.price ?? 0) || a.service.localeCompare(b.service))
}

export function grandTotal(totals: readonly ServiceTotal[]): number | undefined {
  return sum(totals.map((t) => t.price))
}

/** An amount of money; unit prices pass `digits` 4, as catalogue prices go below a cent. */
export function formatMoney(value: number | undefined, currency: string | undefined, digits = 2): string {
  if (value === undefined) return '—'
  const amount = { minimumFractionDigits: 2, maximumFractionDigits: digits }
  if (!currency) return value.toLocaleString('en', amount)
  try {
    return value.toLocaleString('en', { style: 'currency', currency, ...amount })
  } catch {
    // A currency code the browser does not know is still shown, after the amount.
    return `${value.toLocaleString('en', amount)} ${currency}`
  }
}

export function formatAmount(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('en', { maximumFractionDigits: 2 })
}

/** Every column, for the table and the CSV; the CSV keeps full precision and the currency in the header. */
export function consumptionColumns(currency: string | undefined): ResourceColumn<ConsumptionEntry>[] {
  const unit = currency ? ` (${currency})` : ''
  return [
    { id: 'service', label: 'Service', value: (e) => e.Service },
    { id: 'operation', label: 'Operation', value: (e) => e.Operation },
    { id: 'type', label: 'Type', value: (e) => e.Type },
    { id: 'subregion', label: 'Subregion', value: (e) => e.SubregionName },
    { id: 'title', label: 'Title', value: (e) => e.Title },
    { id: 'value', label: 'Value', value: (e) => e.Value },
    { id: 'unitPrice', label: `Unit price${unit}`, value: (e) => e.UnitPrice },
    { id: 'price', label: `Price${unit}`, value: (e) => e.Price },
  ]
}
