import { labelText, type ResourceColumn } from './columns.tsx'
import type { Translate } from '../i18n/text.ts'
import { compareValues, visibleColumnIds } from './ResourceTable.tsx'
import { parseSort, type TableSearch } from './search.ts'
import { toCsv } from './csv.ts'
import { downloadText } from '../lib/download.ts'

/** Headers given as messages are exported by id when no translation is at hand (tests). */
const byId: Translate = (message) => (typeof message === 'string' ? message : message.id)

/** The CSV of the rows as filtered and sorted on screen, with the visible columns only. */
export function tableCsv<T>(
  rows: readonly T[],
  columns: ResourceColumn<T>[],
  search: TableSearch,
  t: Translate = byId,
): string {
  const shown = new Set(visibleColumnIds(columns, search.cols))
  const visible = columns.filter((c) => shown.has(c.id))
  const [sort] = parseSort(search.sort)
  const sortColumn = sort && columns.find((c) => c.id === sort.id)
  const ordered = sortColumn
    ? [...rows].sort((a, b) => {
        const x = sortColumn.value(a)
        const y = sortColumn.value(b)
        if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1
        return (sort.desc ? -1 : 1) * compareValues(x, y)
      })
    : rows
  return toCsv(
    visible.map((c) => labelText(c.label, t)),
    ordered.map((row) => visible.map((c) => c.value(row))),
  )
}

export function exportTable<T>(
  name: string,
  rows: readonly T[],
  columns: ResourceColumn<T>[],
  search: TableSearch,
  t?: Translate,
): void {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  downloadText(`${name}-${stamp}.csv`, tableCsv(rows, columns, search, t))
}
