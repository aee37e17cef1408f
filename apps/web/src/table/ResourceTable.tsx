// The list every resource page shows: TanStack Table for sorting, visibility and selection, TanStack Virtual
// so that 10,000 rows keep the DOM small. Filtering happens before (filterRows) so the same rows feed the
// table, the counts and the CSV export.
import { useMemo, useRef, type ReactNode } from 'react'
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { labelText, type ResourceColumn } from './columns.tsx'
import { useT } from '../i18n/text.ts'
import { formatSort, parseSort } from './search.ts'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { Skeleton } from '../ui/Skeleton.tsx'

const ROW_HEIGHT = 40
/**
 * Up to this many rows the table renders them all: cheap, and every row stays findable with Ctrl+F or by a
 * screen reader. Beyond, only the rows in view (plus some) are in the DOM.
 */
export const VIRTUALIZE_ABOVE = 300

export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a ?? '').localeCompare(String(b ?? ''), undefined, { numeric: true, sensitivity: 'base' })
}

export function visibleColumnIds<T>(columns: ResourceColumn<T>[], cols: string | undefined): string[] {
  if (!cols) return columns.filter((c) => !c.defaultHidden).map((c) => c.id)
  const wanted = new Set(cols.split(','))
  return columns.filter((c) => wanted.has(c.id)).map((c) => c.id)
}

function resolve<S>(updater: Updater<S>, old: S): S {
  return typeof updater === 'function' ? (updater as (old: S) => S)(old) : updater
}

export interface ResourceTableProps<T> {
  /** Accessible name of the table, e.g. "Virtual machines". */
  label: string
  rows: T[]
  columns: ResourceColumn<T>[]
  getRowId: (row: T) => string
  /** How a person names a row, for its checkbox ("Select web-1"); defaults to the row id. */
  rowLabel?: (row: T) => string
  sort: string | undefined
  onSortChange: (sort: string | undefined) => void
  cols: string | undefined
  selection: RowSelectionState
  onSelectionChange: (selection: RowSelectionState) => void
  loading: boolean
  error: unknown
  onRetry: () => void
  /** Shown when there are no rows at all (not when filters hide them). */
  empty: ReactNode
  filtered: boolean
  onClearFilters: () => void
}

export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { rows, columns, label, selection, onSelectionChange, rowLabel } = props
  const t = useT()
  const columnDefs = useMemo<ColumnDef<T, unknown>[]>(
    () => [
      {
        id: 'select',
        enableSorting: false,
        enableHiding: false,
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t('table.selectAll')}
            checked={table.getIsAllRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomeRowsSelected()
            }}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t('table.selectRow', { name: rowLabel ? rowLabel(row.original) : row.id })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      },
      ...columns.map<ColumnDef<T, unknown>>((column) => ({
        id: column.id,
        header: labelText(column.label, t),
        accessorFn: (row) => column.value(row),
        cell: ({ row }) => (column.cell ? column.cell(row.original) : (column.value(row.original) ?? '')),
        sortingFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
        sortUndefined: 'last',
      })),
    ],
    [columns, rowLabel, t],
  )
  const sorting = useMemo<SortingState>(() => parseSort(props.sort), [props.sort])
  const visibility = useMemo<VisibilityState>(() => {
    const shown = new Set(visibleColumnIds(columns, props.cols))
    return Object.fromEntries(columns.map((c) => [c.id, shown.has(c.id)]))
  }, [columns, props.cols])

  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    getRowId: props.getRowId,
    state: { sorting, columnVisibility: visibility, rowSelection: selection },
    onSortingChange: (updater) => props.onSortChange(formatSort(resolve(updater, sorting))),
    onRowSelectionChange: (updater) => onSelectionChange(resolve(updater, selection)),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: false,
    enableSortingRemoval: true,
  })

  const scrollRef = useRef<HTMLDivElement>(null)
  const tableRows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const virtual = tableRows.length > VIRTUALIZE_ABOVE
  const items = virtual
    ? virtualizer.getVirtualItems()
    : tableRows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }))
  const padTop = virtual ? (items[0]?.start ?? 0) : 0
  const padBottom =
    virtual && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  const visibleCount = table.getVisibleLeafColumns().length

  return (
    <div
      ref={scrollRef}
      className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 dark:border-slate-700"
    >
      <table
        aria-label={label}
        aria-rowcount={tableRows.length + 1}
        className="w-full min-w-[60rem] table-fixed text-sm"
      >
        <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = columns.find((c) => c.id === header.column.id)
                const sorted = header.column.getIsSorted()
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={`border-b border-slate-200 px-2 py-2 text-left font-medium dark:border-slate-700 ${
                      header.column.id === 'select' ? 'w-10' : (column?.width ?? 'w-32')
                    }`}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="inline-flex items-center gap-1 hover:underline"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {column && labelText(column.label, t)}
                        <span aria-hidden="true" className="text-xs muted">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : header.column.id === 'select' ? (
                      flexRender(header.column.columnDef.header, header.getContext())
                    ) : (
                      column && labelText(column.label, t)
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
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
              <td colSpan={visibleCount} className="p-4">
                <ErrorPanel
                  error={props.error}
                  onRetry={props.onRetry}
                  title={t('table.loadFailed', { what: label.toLowerCase() })}
                />
              </td>
            </tr>
          ) : tableRows.length === 0 ? (
            <tr>
              <td colSpan={visibleCount} className="p-10 text-center">
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
              </td>
            </tr>
          ) : (
            <>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={visibleCount} style={{ height: padTop }} />
                </tr>
              )}
              {items.map((item) => {
                const row = tableRows[item.index]
                if (!row) return null
                return (
                  <tr
                    key={row.id}
                    aria-rowindex={item.index + 2}
                    data-selected={row.getIsSelected()}
                    className="h-10 border-b border-slate-100 hover:bg-slate-50 data-[selected=true]:bg-blue-50 dark:border-slate-800 dark:hover:bg-slate-900 dark:data-[selected=true]:bg-blue-950"
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className="truncate px-2 whitespace-nowrap">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                )
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={visibleCount} style={{ height: padBottom }} />
                </tr>
              )}
            </>
          )}
        </tbody>
      </table>
    </div>
  )
}
