// The Consumption page's rows, columns and totals, as data: the same columns draw the table and write the CSV.
import type { ConsumptionEntry } from '@osc-console/osc-api'
import type { ResourceColumn } from '../../table/columns.tsx'
import type { Translate } from '../../i18n/text.ts'

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

/** Every column, for the table and the CSV; the CSV keeps full precision and the currency in the header. */
export function consumptionColumns(
  currency: string | undefined,
  t: Translate,
  /** Per-resource lines (grouped by resource) carry the resource's id, as a column. */
  withResource = false,
  /** An Overall reading's lines name their account, as a column. */
  withAccount = false,
): ResourceColumn<ConsumptionEntry>[] {
  return [
    ...(withAccount
      ? [
          {
            id: 'account',
            label: t('consumption.column.account'),
            value: (e: ConsumptionEntry) => e.AccountId,
          },
        ]
      : []),
    ...(withResource
      ? [
          {
            id: 'resource',
            label: t('consumption.column.resource'),
            value: (e: ConsumptionEntry) => e.ResourceId,
          },
        ]
      : []),
    { id: 'service', label: t('consumption.column.service'), value: (e) => e.Service },
    { id: 'category', label: t('consumption.column.category'), value: (e) => e.Category },
    { id: 'operation', label: t('consumption.column.operation'), value: (e) => e.Operation },
    { id: 'type', label: t('consumption.column.type'), value: (e) => e.Type },
    { id: 'subregion', label: t('consumption.column.subregion'), value: (e) => e.SubregionName },
    { id: 'title', label: t('consumption.column.title'), value: (e) => e.Title },
    { id: 'value', label: t('consumption.column.value'), value: (e) => e.Value },
    {
      id: 'unitPrice',
      label: currency ? t('consumption.csv.unitPriceIn', { currency }) : t('consumption.csv.unitPrice'),
      value: (e) => e.UnitPrice,
    },
    {
      id: 'price',
      label: currency ? t('consumption.csv.priceIn', { currency }) : t('consumption.column.price'),
      value: (e) => e.Price,
    },
  ]
}

export type CostChange =
  | { kind: 'up' | 'down'; percent: number }
  | { kind: 'same' }
  /** Nothing was billed before, so no percentage means anything. */
  | { kind: 'new' }
  | { kind: 'unknown' }

/** How the period's cost moved from the previous one, as a whole percent of the previous cost. */
export function costChange(current: number | undefined, previous: number | undefined): CostChange {
  if (current === undefined || previous === undefined) return { kind: 'unknown' }
  const cents = (n: number) => Math.round(n * 100)
  if (cents(current) === cents(previous)) return { kind: 'same' }
  if (cents(previous) === 0) return { kind: 'new' }
  const percent = Math.round((Math.abs(current - previous) / previous) * 100)
  return percent === 0 ? { kind: 'same' } : { kind: current > previous ? 'up' : 'down', percent }
}
