import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Vm } from '@osc-console/osc-api'
import { Link, getRouteApi } from '@tanstack/react-router'
import { useDataAge } from '@osc-console/data'
import { vmDetailQuery } from './queries.ts'
import { vmName } from './vm-format.ts'
import { vmTabs, type VmTab } from './search.ts'
import { VmActions } from './VmActions.tsx'
import { VmConnect, VmNetwork, VmOverview, VmStorage } from './vm-info.tsx'
import { VmTagsEditor } from './VmTagsEditor.tsx'
import { VmConsoleOutput, VmAdminPassword } from './vm-sensitive.tsx'
import { VmAuditTrail } from './VmAuditTrail.tsx'
import { StateBadge } from '../../ui/StateBadge.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { PageSkeleton } from '../../ui/Skeleton.tsx'
import { NotAllowed } from '../../ui/NotAllowed.tsx'
import { useCan } from '../../app/account.ts'
import { paths } from '../../paths.ts'
import { BackToVms } from './BackToVms.tsx'

const route = getRouteApi('/$account/vms/$vmId')

interface Listed {
  vm: Vm
  /** The list's answer, which carries how old its data is. */
  list: unknown
  updatedAt: number
}

/** The VM as a list last showed it, so the page opens at once and still shows it if its own read fails. */
function vmFromLists(client: QueryClient, account: string, vmId: string): Listed | undefined {
  for (const query of client.getQueryCache().findAll({ queryKey: [account, 'ReadVms'] })) {
    const list = query.state.data as { Vms?: Vm[] } | undefined
    const vm = list?.Vms?.find((v) => v.VmId === vmId)
    if (vm) return { vm, list, updatedAt: query.state.dataUpdatedAt }
  }
  return undefined
}

const tabLabels: Record<VmTab, string> = {
  overview: 'Overview',
  network: 'Network',
  storage: 'Storage',
  tags: 'Tags',
  console: 'Console output',
  connect: 'Connect',
  password: 'Admin password',
  audit: 'Audit trail',
}

export default function VmDetailPage() {
  const { account, vmId } = route.useParams()
  const { tab = 'overview', dialog } = route.useSearch()
  const navigate = route.useNavigate()
  const client = useQueryClient()
  const canRead = useCan()('ReadVms')
  const query = useQuery({
    ...vmDetailQuery(account, vmId),
    enabled: canRead.allowed,
    placeholderData: () => {
      const listed = vmFromLists(client, account, vmId)
      return listed && { Vms: [listed.vm] }
    },
  })
  // Placeholder data ends when the read fails: the list's copy is shown again, saying so, rather than nothing.
  const listed = query.error && !query.data ? vmFromLists(client, account, vmId) : undefined
  const age = useDataAge(listed?.list ?? query.data, listed?.updatedAt ?? query.dataUpdatedAt)
  const vm = query.data?.Vms?.[0] ?? listed?.vm

  if (!canRead.allowed)
    return (
      <NotAllowed
        before={<BackToVms account={account} />}
        title={`VM ${vmId}`}
        what="Your role does not include reading this account's VMs."
        reason={canRead.reason}
      />
    )
  if (query.isPending) return <PageSkeleton label="Loading the VM" />
  if (!vm) {
    return (
      <div className="p-6">
        <BackToVms account={account} />
        <h1 className="mt-2 mb-3 text-xl font-semibold">VM {vmId}</h1>
        {query.error ? (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <p role="alert">This VM does not exist in this account, or it was terminated long ago.</p>
        )}
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-4 p-6">
      <div>
        <BackToVms account={account} />
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{vmName(vm) || vm.VmId}</h1>
          <span className="font-mono text-sm muted">{vm.VmId}</span>
          <StateBadge state={vm.State} />
          <span className="text-xs muted">{age}</span>
          <button
            type="button"
            className="btn"
            onClick={() => void query.refetch()}
            aria-busy={query.isFetching}
          >
            Refresh
          </button>
        </div>
      </div>
      {query.error && (
        <ErrorPanel
          error={query.error}
          onRetry={() => void query.refetch()}
          title={
            listed
              ? 'This VM could not be read. It is shown as the VM list last showed it.'
              : 'The last refresh failed. Showing data from before.'
          }
        />
      )}
      <VmActions
        account={account}
        vm={vm}
        requested={dialog}
        onRequestSeen={() =>
          void navigate({ search: (old) => ({ ...old, dialog: undefined }), replace: true })
        }
      />
      <nav
        aria-label="VM sections"
        className="flex overflow-x-auto border-b border-slate-200 dark:border-slate-700"
      >
        {vmTabs.map((t) => (
          <Link
            key={t}
            {...paths.vm({ account, vmId })}
            search={t === 'overview' ? {} : { tab: t }}
            aria-current={t === tab ? 'page' : undefined}
            className={`-mb-px border-b-2 px-2.5 py-2 text-sm whitespace-nowrap ${
              t === tab
                ? 'border-blue-600 font-medium text-blue-800 dark:text-blue-200'
                : 'border-transparent muted hover:text-slate-900 dark:hover:text-white'
            }`}
          >
            {tabLabels[t]}
          </Link>
        ))}
      </nav>
      <section aria-label={tabLabels[tab]}>
        {tab === 'overview' && <VmOverview vm={vm} account={account} />}
        {tab === 'network' && <VmNetwork vm={vm} account={account} />}
        {tab === 'storage' && <VmStorage vm={vm} account={account} />}
        {tab === 'tags' && <VmTagsEditor vm={vm} account={account} />}
        {tab === 'console' && <VmConsoleOutput vm={vm} account={account} />}
        {tab === 'connect' && <VmConnect vm={vm} />}
        {tab === 'password' && <VmAdminPassword vm={vm} account={account} />}
        {tab === 'audit' && <VmAuditTrail vmId={vmId} account={account} />}
      </section>
    </div>
  )
}
