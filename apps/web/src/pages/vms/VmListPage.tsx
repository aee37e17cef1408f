import { useDeferredValue, useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { RowSelectionState } from '@tanstack/react-table'
import type { Vm } from '@osc-console/osc-api'
import { useDataAge } from '@osc-console/data'
import { ResourceTable } from '../../table/ResourceTable.tsx'
import { TableStatus, TableToolbar } from '../../table/TableToolbar.tsx'
import { OperationResults } from '../../table/OperationResults.tsx'
import { filterRows, type FilterAccessors, type TableSearch } from '../../table/search.ts'
import { exportTable } from '../../table/export.ts'
import { vmColumns } from './vm-columns.tsx'
import { vmListQuery } from './queries.ts'
import { vmName, vmSearchText } from './vm-format.ts'
import { VmBulkActions } from './VmBulkActions.tsx'
import { useCan } from '../../app/account.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { NotAllowed } from '../../ui/NotAllowed.tsx'

const route = getRouteApi('/$account/vms')

const accessors: FilterAccessors<Vm> = {
  text: vmSearchText,
  state: (vm) => vm.State,
  subregion: (vm) => vm.Placement?.SubregionName,
  tags: (vm) => vm.Tags,
}

const vmId = (vm: Vm) => vm.VmId ?? ''
const vmLabel = (vm: Vm) => vmName(vm) || (vm.VmId ?? '')

const STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'quarantine']

export default function VmListPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const can = useCan()
  const canRead = can('ReadVms')
  const query = useQuery({ ...vmListQuery(account), enabled: canRead.allowed })
  // 10,000 VMs arrive a page at a time, and each page redraws the whole list. Those redraws are deferred, so
  // React can drop them for a keystroke, a click or a newer page instead of making the person wait behind them.
  const all = useDeferredValue(useMemo(() => query.data?.Vms ?? [], [query.data]))
  const rows = useMemo(() => filterRows(all, search, accessors), [all, search])
  const [selection, setSelection] = useState<RowSelectionState>({})
  const selected = useMemo(() => all.filter((vm) => vm.VmId && selection[vm.VmId]), [all, selection])
  const age = useDataAge(query.data, query.dataUpdatedAt)
  const subregions = useMemo(
    () => [...new Set(all.map((vm) => vm.Placement?.SubregionName).filter((s): s is string => !!s))].sort(),
    [all],
  )

  const setSearch = (changes: Partial<TableSearch>) =>
    void navigate({ search: (old: TableSearch) => ({ ...old, ...changes }), replace: true })
  const filtered = Boolean(search.q || search.state || search.tag || search.subregion)
  const goCreate = () => void navigate({ to: '/$account/vms/new', params: { account } })

  if (!canRead.allowed)
    return (
      <NotAllowed
        title="VMs"
        what="Your role does not include reading this account's VMs."
        reason={canRead.reason}
      />
    )

  return (
    // The list fills the window under the top bar (h-13) and scrolls inside its table.
    <div className="flex h-[calc(100vh-3.25rem)] min-h-[28rem] flex-col gap-3 p-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">VMs</h1>
        <TableStatus shown={rows.length} total={all.length} age={age} loading={query.isPending} />
        <div className="flex-1" />
        <VmBulkActions
          account={account}
          selected={selected}
          onStarted={(op) => {
            setSelection({})
            setSearch({ op })
          }}
        />
        <ActionButton check={can('CreateVms')} variant="primary" onClick={goCreate}>
          Create VM
        </ActionButton>
      </div>
      {search.op && (
        <OperationResults
          id={search.op}
          onDismiss={() => setSearch({ op: undefined })}
          nameOf={(id) => {
            const vm = all.find((v) => v.VmId === id)
            return vm ? vmName(vm) : undefined
          }}
        />
      )}
      <TableToolbar
        search={search}
        onChange={setSearch}
        stateOptions={STATES}
        subregionOptions={subregions}
        columns={vmColumns}
        onExport={() => exportTable(`vms-${account}`, rows, vmColumns, search)}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching}
      />
      {query.error && query.data && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The last refresh failed: {query.error.message} Showing data from before.
        </p>
      )}
      <ResourceTable
        label="Virtual machines"
        rows={rows}
        columns={vmColumns}
        getRowId={vmId}
        rowLabel={vmLabel}
        sort={search.sort}
        onSortChange={(sort) => setSearch({ sort })}
        cols={search.cols}
        selection={selection}
        onSelectionChange={setSelection}
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        filtered={filtered}
        onClearFilters={() =>
          setSearch({ q: undefined, state: undefined, tag: undefined, subregion: undefined })
        }
        empty={
          <div className="flex flex-col items-center gap-2">
            <p className="font-medium">No VMs in this account yet</p>
            <p className="text-sm muted">Create one to get started.</p>
          </div>
        }
      />
    </div>
  )
}
