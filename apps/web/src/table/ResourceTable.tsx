// The list every resource page shows: sorting, column visibility and selection kept by the page (in the URL for
// the first two), TanStack Virtual so that 10,000 rows keep the DOM small. Filtering happens before (filterRows) so
// the same rows feed the table, the counts and the CSV export. Sorting, visibility and selection are a few lines
// each here: a table library for them weighed more than the rest of the list page on the first route.
import { Suspense, lazy, memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import { labelText, type ResourceColumn } from './columns.tsx'
import { useT, type Translate } from '../i18n/text.ts'
import { formatSort, parseSort, startsWith } from './search.ts'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { Skeleton } from '../ui/Skeleton.tsx'

const VirtualRows = lazy(() => import('./VirtualRows.tsx'))
/**
 * Up to this many rows the table renders them all: cheap, and every row stays findable with Ctrl+F or by a
 * screen reader. Beyond, only the rows in view (plus some) are in the DOM.
 */
export const VIRTUALIZE_ABOVE = 300

/** Selected row ids. */
export type RowSelection = Record<string, boolean>

/** Whether any row is selected, without walking the rows: most renders of a long list have none. */
export function anySelected(selection: RowSelection): boolean {
  for (const id in selection) if (selection[id]) return true
  return false
}

// One collator for every comparison: `localeCompare` with options builds one per call, which made sorting 10,000
// rows take seconds. Same order: the reader's locale, numbers by value, case and accents ignored.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a ?? ''), String(b ?? ''))
}

export function visibleColumnIds<T>(columns: ResourceColumn<T>[], cols: string | undefined): string[] {
  if (!cols) return columns.filter((c) => !c.defaultHidden).map((c) => c.id)
  const wanted = new Set(cols.split(','))
  return columns.filter((c) => wanted.has(c.id)).map((c) => c.id)
}

/** The rows in the order of `sort` ("name", "-name"); rows without a value come last either way. */
export function sortRows<T>(
  rows: readonly T[],
  columns: ResourceColumn<T>[],
  sort: string | undefined,
): readonly T[] {
  return sortGrowing(rows, columns, sort).sorted
}

interface Keyed<T> {
  row: T
  index: number
  value: unknown
}

/** A sorted list, kept to extend when the same rows come back with more after them (a long list's pages). */
export interface SortedRows<T> {
  rows: readonly T[]
  sort: string | undefined
  column?: ResourceColumn<T>
  keyed: readonly Keyed<T>[]
  sorted: readonly T[]
}

/**
 * sortRows, reusing `before` (the previous render's) when the rows only grew at their end: the new rows are merged
 * into the order kept, instead of sorting 10,000 rows again for each arriving page. Rows compare by value, then by
 * position, so the merge gives the order a full sort gives.
 */
export function sortGrowing<T>(
  rows: readonly T[],
  columns: ResourceColumn<T>[],
  sort: string | undefined,
  before?: SortedRows<T>,
): SortedRows<T> {
  const [by] = parseSort(sort)
  const column = by && columns.find((c) => c.id === by.id)
  if (!by || !column) return { rows, sort, keyed: [], sorted: rows }
  const grows =
    before !== undefined && before.column === column && before.sort === sort && startsWith(rows, before.rows)
  if (grows && before.rows.length === rows.length) return before
  const compare = (a: Keyed<T>, b: Keyed<T>) => {
    const aMissing = a.value === undefined
    const bMissing = b.value === undefined
    if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1
    return (by.desc ? -1 : 1) * compareValues(a.value, b.value) || a.index - b.index
  }
  const keyed: Keyed<T>[] = grows ? [...before.keyed] : []
  for (let index = grows ? before.rows.length : 0; index < rows.length; index++) {
    const row = rows[index] as T
    keyed.push({ row, index, value: column.value(row) })
  }
  // The rows sorted before are one run for the engine's merge sort (TimSort): only the new ones are sorted into it.
  keyed.sort(compare)
  return { rows, sort, column, keyed, sorted: keyed.map((k) => k.row) }
}

// The last sorted list per table (its columns), extended as a long list's pages arrive.
const lastSorted = new WeakMap<object, SortedRows<unknown>>()

function useSortedRows<T>(rows: readonly T[], columns: ResourceColumn<T>[], sort: string | undefined) {
  return useMemo(() => {
    const result = sortGrowing(rows, columns, sort, lastSorted.get(columns) as SortedRows<T> | undefined)
    lastSorted.set(columns, result as SortedRows<unknown>)
    return result.sorted
  }, [rows, columns, sort])
}

/**
 * A header click: a column of text sorts ascending first, any other (numbers, dates, empty) descending first; the
 * second click reverses, the third removes the sort.
 */
export function nextSort<T>(
  column: ResourceColumn<T>,
  rows: readonly T[],
  sort: string | undefined,
): string | undefined {
  const [by] = parseSort(sort)
  const sample = rows[0]
  const first = sample !== undefined && typeof column.value(sample) === 'string' ? 'asc' : 'desc'
  if (!by || by.id !== column.id) return formatSort([{ id: column.id, desc: first === 'desc' }])
  if (by.desc === (first === 'desc')) return formatSort([{ id: column.id, desc: !by.desc }])
  return undefined
}

export interface ResourceTableProps<T> {
  /** Accessible name of the table, e.g. "Virtual machines". */
  label: string
  rows: readonly T[]
  columns: ResourceColumn<T>[]
  getRowId: (row: T) => string
  /** How a person names a row, for its checkbox ("Select web-1"); defaults to the row id. */
  rowLabel?: (row: T) => string
  sort: string | undefined
  onSortChange: (sort: string | undefined) => void
  cols: string | undefined
  selection: RowSelection
  onSelectionChange: (selection: RowSelection) => void
  loading: boolean
  error: unknown
  onRetry: () => void
  /** Shown when there are no rows at all (not when filters hide them). */
  empty: ReactNode
  filtered: boolean
  onClearFilters: () => void
}

export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { rows, columns, label, selection, onSelectionChange, rowLabel, getRowId } = props
  const t = useT()
  const sorted = useSortedRows(rows, columns, props.sort)
  const visible = useMemo(() => {
    const shown = new Set(visibleColumnIds(columns, props.cols))
    return columns.filter((c) => shown.has(c.id))
  }, [columns, props.cols])
  const [by] = parseSort(props.sort)
  const selectedCount = useMemo(
    () => (anySelected(selection) ? rows.reduce((n, row) => n + (selection[getRowId(row)] ? 1 : 0), 0) : 0),
    [rows, selection, getRowId],
  )
  const allSelected = rows.length > 0 && selectedCount === rows.length
  const someSelected = selectedCount > 0 && !allSelected
  const toggleAll = (on: boolean) => {
    const next = { ...selection }
    for (const row of rows) {
      if (on) next[getRowId(row)] = true
      else delete next[getRowId(row)]
    }
    onSelectionChange(next)
  }
  // Stable, so that a row whose item and selection did not change is not drawn again: while 10,000 items arrive a
  // page at a time, or on a keystroke, only the rows that change are redrawn.
  const latest = useRef({ selection, onSelectionChange })
  useLayoutEffect(() => {
    latest.current = { selection, onSelectionChange }
  })
  const toggleRow = useCallback((id: string, on: boolean) => {
    const next = { ...latest.current.selection }
    if (on) next[id] = true
    else delete next[id]
    latest.current.onSelectionChange(next)
  }, [])

  const scrollRef = useRef<HTMLDivElement>(null)
  const tableRows = sorted
  const visibleCount = visible.length + 1
  const renderRow = (index: number) => {
    const row = tableRows[index]
    if (row === undefined) return null
    const id = getRowId(row)
    return (
      <TableRow
        key={id}
        row={row}
        id={id}
        index={index}
        columns={visible}
        selected={Boolean(selection[id])}
        rowLabel={rowLabel}
        t={t}
        onToggle={toggleRow}
      />
    )
  }

  return (
    <div
      ref={scrollRef}
      // A size container, so that the empty and error states can take its visible width (cqw).
      className="@container min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 dark:border-slate-700"
    >
      <table
        aria-label={label}
        aria-rowcount={tableRows.length + 1}
        className="w-full min-w-[60rem] table-fixed text-sm"
      >
        <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900">
          <tr>
            <th
              scope="col"
              className="w-10 border-b border-slate-200 px-2 py-2 text-left dark:border-slate-700"
            >
              <input
                type="checkbox"
                aria-label={t('table.selectAll')}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected
                }}
                onChange={(event) => toggleAll(event.target.checked)}
              />
            </th>
            {visible.map((column) => {
              const direction = by?.id === column.id ? (by.desc ? 'descending' : 'ascending') : undefined
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={direction}
                  className={`border-b border-slate-200 px-2 py-2 text-left font-medium dark:border-slate-700 ${
                    column.width ?? 'w-32'
                  }`}
                >
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 hover:underline"
                    onClick={() => props.onSortChange(nextSort(column, rows, props.sort))}
                  >
                    {labelText(column.label, t)}
                    <span aria-hidden="true" className="text-xs muted">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {props.loading && rows.length === 0 ? (
            Array.from({ length: 8 }, (_, i) => (
              <tr key={i}>
                <td colSpan={visibleCount} className="px-2 py-2">
                  <Skeleton className="h-5 w-full" />
                </td>
              </tr>
            ))
          ) : props.error && rows.length === 0 ? (
            <tr>
              <td colSpan={visibleCount} className="p-0">
                <InView className="p-4">
                  <ErrorPanel
                    error={props.error}
                    onRetry={props.onRetry}
                    title={t('table.loadFailed', { what: label.toLowerCase() })}
                  />
                </InView>
              </td>
            </tr>
          ) : tableRows.length === 0 ? (
            <tr>
              <td colSpan={visibleCount} className="p-0">
                <InView className="p-10 text-center">
                  {props.filtered ? (
                    <div className="flex flex-col items-center gap-2">
                      <p>{t('table.noMatch')}</p>
                      <button type="button" className="btn" onClick={props.onClearFilters}>
                        {t('table.clearFilters')}
                      </button>
                    </div>
                  ) : (
                    props.empty
                  )}
                </InView>
              </td>
            </tr>
          ) : tableRows.length <= VIRTUALIZE_ABOVE ? (
            tableRows.map((_, index) => renderRow(index))
          ) : (
            // Until the virtual rows arrive, the first screenful is drawn as it is.
            <Suspense fallback={tableRows.slice(0, 50).map((_, index) => renderRow(index))}>
              <VirtualRows
                count={tableRows.length}
                scrollElement={scrollRef}
                colSpan={visibleCount}
                renderRow={renderRow}
              />
            </Suspense>
          )}
        </tbody>
      </table>
    </div>
  )
}

/**
 * What stands for the rows (nothing, nothing matches, an error), held in the visible width of the table's scrolling
 * box: the table is wider than a narrow window, and its full width would centre the words off screen.
 */
function InView({ className, children }: { className: string; children: ReactNode }) {
  return <div className={`sticky left-0 w-[100cqw] ${className}`}>{children}</div>
}

interface TableRowProps<T> {
  row: T
  id: string
  index: number
  columns: ResourceColumn<T>[]
  selected: boolean
  rowLabel: ((row: T) => string) | undefined
  t: Translate
  onToggle: (id: string, on: boolean) => void
}

/** One row; drawn again only when one of its props changes. */
const TableRow = memo(function TableRow<T>(props: TableRowProps<T>) {
  const { row, id, selected, t } = props
  return (
    <tr
      aria-rowindex={props.index + 2}
      data-selected={selected}
      className="h-10 border-b border-slate-100 hover:bg-slate-50 data-[selected=true]:bg-blue-50 dark:border-slate-800 dark:hover:bg-slate-900 dark:data-[selected=true]:bg-blue-950"
    >
      <td className="truncate px-2 whitespace-nowrap">
        <input
          type="checkbox"
          aria-label={t('table.selectRow', { name: props.rowLabel ? props.rowLabel(row) : id })}
          checked={selected}
          onChange={(event) => props.onToggle(id, event.target.checked)}
        />
      </td>
      {props.columns.map((column) => (
        <td key={column.id} className="truncate px-2 whitespace-nowrap">
          {column.cell ? column.cell(row) : (column.value(row) ?? '')}
        </td>
      ))}
    </tr>
  )
}) as <T>(props: TableRowProps<T>) => ReactNode
