// The list page of any resource: the role gate, the read of every item, the toolbar whose filters come from the
// descriptor, the virtualised table with selection, the bulk-action bar and its per-item results, CSV export, the
// empty and filtered-empty states. A resource's page passes its columns, bulk actions and create button.
import { Suspense, lazy, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import type { RowSelection } from '../table/ResourceTable.tsx'
import { ResourceTable, anySelected } from '../table/ResourceTable.tsx'
import { TableStatus, TableToolbar } from '../table/TableToolbar.tsx'
import {
  distinctValues,
  type DistinctValues,
  type FilterAccessors,
  type TableSearch,
} from '../table/search.ts'
import { filterGrowing, type FilteredRows } from '../table/filter-growing.ts'
import { exportTable } from '../table/export.ts'
import { usePreparedSearchTexts } from '../table/search-text.ts'
import type { ResourceColumn } from '../table/columns.tsx'
import { useCan } from '../app/account.ts'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { itemsOf, labelOf, type ResourceDescriptor } from './descriptor.ts'
import { listQuery } from './queries.ts'
import { BulkBar, type BulkAction } from './BulkBar.tsx'
import { PageState } from './PageState.tsx'
import { DataAge } from './DataAge.tsx'

// Shown only after a bulk action: its own chunk.
const OperationResults = lazy(() =>
  import('../table/OperationResults.tsx').then((m) => ({ default: m.OperationResults })),
)

const CLEARED: Partial<TableSearch> = {
  q: undefined,
  state: undefined,
  tag: undefined,
  subregion: undefined,
  net: undefined,
  flag: undefined,
}

const NONE: never[] = []

export interface ResourceListPageProps<T extends object> {
  resource: ResourceDescriptor<T>
  account: string
  columns: ResourceColumn<T>[]
  /** The table's accessible name: "Virtual machines". */
  tableLabel: MessageId
  /** What the role gate says: "Your role does not include reading this account's VMs." */
  notAllowed: MessageId
  empty: { title: MessageId; body?: MessageId }
  bulkActions?: readonly BulkAction<T>[]
  /** The create (and import…) buttons, at the right of the title. */
  create?: ReactNode
}

// The last choices worked out per accessor (one per resource), extended as a long list's pages arrive instead of
// read again from the first item for each page.
const lastDistinct = new WeakMap<object, DistinctValues<never>>()

function useDistinctValues<T>(rows: readonly T[], of: (row: T) => string | undefined): string[] {
  return useMemo(() => {
    const result = distinctValues(rows, of, lastDistinct.get(of) as DistinctValues<T> | undefined)
    lastDistinct.set(of, result as DistinctValues<never>)
    return result.values
  }, [rows, of])
}

// The last search result per list (its accessors), extended as pages arrive or the search narrows.
const lastFiltered = new WeakMap<object, FilteredRows<unknown>>()

function useFilteredRows<T>(
  all: readonly T[],
  search: TableSearch,
  accessors: FilterAccessors<T>,
): readonly T[] {
  return useMemo(() => {
    const result = filterGrowing(
      all,
      search,
      accessors,
      lastFiltered.get(accessors) as FilteredRows<T> | undefined,
    )
    lastFiltered.set(accessors, result as FilteredRows<unknown>)
    return result.shown
  }, [all, search, accessors])
}

/** The table state in the URL of whichever list page is open, and a way to change it. */
export function useTableSearch(): [TableSearch, (changes: Partial<TableSearch>) => void] {
  const search = useSearch({ strict: false }) as TableSearch
  const navigate = useNavigate()
  const set = (changes: Partial<TableSearch>) =>
    void navigate({ to: '.', search: (old) => ({ ...old, ...changes }), replace: true })
  return [search, set]
}

export function ResourceListPage<T extends object>(props: ResourceListPageProps<T>) {
  const { resource: d, account, columns } = props
  const t = useT()
  const [search, setSearch] = useTableSearch()
  const canRead = useCan()(d.read)
  const query = useQuery({ ...listQuery(d, account), enabled: canRead.allowed })
  // 10,000 items arrive a page at a time, and each page redraws the whole list. Those redraws are deferred, so
  // React can drop them for a keystroke, a click or a newer page instead of making the person wait behind them.
  const all = useDeferredValue(useMemo(() => itemsOf(d, query.data), [d, query.data]))
  const accessors = useMemo<FilterAccessors<T>>(
    () => ({
      text: d.searchText,
      state: d.stateOf,
      subregion: d.subregionOf,
      tags: d.tagsOf,
      net: d.netOf,
      flag: (item: T, key: string) => d.flags.find((f) => f.key === key)?.test(item) ?? false,
    }),
    [d],
  )
  usePreparedSearchTexts(all, d.searchText)
  const rows = useFilteredRows(all, search, accessors)
  const [selection, setSelection] = useState<RowSelection>({})
  const selected = useMemo(
    () => (anySelected(selection) ? all.filter((item) => selection[d.idOf(item)]) : NONE),
    [all, selection, d],
  )
  const subregions = useDistinctValues(all, d.subregionOf)
  const nets = useDistinctValues(all, d.netOf)
  // Stable, like the columns: the table rebuilds its cells whenever either changes.
  const rowLabel = useCallback((item: T) => labelOf(d, item), [d])
  const title = t(d.title)
  const filtered = Boolean(
    search.q || search.state || search.tag || search.subregion || search.net || search.flag,
  )

  if (!canRead.allowed)
    return <PageState kind="not-allowed" title={title} what={t(props.notAllowed)} reason={canRead.reason} />

  return (
    // The list fills the window under the top bar (h-13) and scrolls inside its table.
    <div className="flex h-[calc(100vh-3.25rem)] min-h-[28rem] flex-col gap-3 p-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{title}</h1>
        <TableStatus
          shown={rows.length}
          total={all.length}
          age={<DataAge data={query.data} updatedAt={query.dataUpdatedAt} />}
          loading={query.isPending}
        />
        <div className="flex-1" />
        <BulkBar
          resource={d}
          account={account}
          actions={props.bulkActions ?? []}
          selected={selected}
          onStarted={(op) => {
            setSelection({})
            setSearch({ op })
          }}
        />
        {props.create}
      </div>
      {search.op && (
        <Suspense fallback={null}>
          <OperationResults
            id={search.op}
            onDismiss={() => setSearch({ op: undefined })}
            nameOf={(id) => {
              const item = all.find((i) => d.idOf(i) === id)
              return item ? d.nameOf(item) : undefined
            }}
          />
        </Suspense>
      )}
      <TableToolbar
        search={search}
        onChange={setSearch}
        filters={d.filters}
        stateOptions={d.states}
        subregionOptions={subregions}
        netOptions={nets}
        flagOptions={d.flags.map((f) => ({ key: f.key, label: t(f.label) }))}
        columns={columns}
        onExport={() => exportTable(`${d.section}-${account}`, rows, columns, search, t)}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching}
      />
      {query.error && query.data && (
        <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />
      )}
      <ResourceTable
        label={t(props.tableLabel)}
        rows={rows}
        columns={columns}
        getRowId={d.idOf}
        rowLabel={rowLabel}
        sort={search.sort}
        onSortChange={(sort) => setSearch({ sort })}
        cols={search.cols}
        selection={selection}
        onSelectionChange={setSelection}
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        filtered={filtered}
        onClearFilters={() => setSearch(CLEARED)}
        empty={
          <PageState
            kind="empty"
            title={t(props.empty.title)}
            body={props.empty.body && t(props.empty.body)}
          />
        }
      />
    </div>
  )
}
