// The account's audit log: every change made through the console and every refused attempt, newest first, with
// the filters in the URL and older records a "Load more" away; beside it, OUTSCALE's own log of the account's calls.
import { useMemo } from 'react'
import { useInfiniteQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { catalogue } from '@osc-console/osc-api'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { NotAllowed } from '../../ui/NotAllowed.tsx'
import { ApiLogView } from './ApiLogView.tsx'
import { OlderPages } from './OlderPages.tsx'
import { PageState } from '../../kit/PageState.tsx'
import { AuditFilters } from './AuditFilters.tsx'
import { AuditTable } from './AuditTable.tsx'
import { auditLogQuery } from './queries.ts'
import { personLabel } from './audit-format.ts'
import { hasAuditFilters, noAuditFilters, type AuditSearch } from './search.ts'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { useT } from '../../i18n/text.ts'

const route = getRouteApi('/$account/audit')

// Only changes are audited, so only they are worth suggesting.
const mutatingActions = Object.values(catalogue)
  .filter((op) => op.mutating)
  .map((op) => op.name)
  .sort()
const allActions = Object.keys(catalogue).sort()

export default function AuditLogPage() {
  const search: AuditSearch = route.useSearch()
  return search.source === 'api' ? <ApiLogPage /> : <ConsoleRecordsPage />
}

/** Console records or OUTSCALE's API log, the filters kept. */
function WhichLog({ api }: { api: boolean }) {
  const t = useT()
  const link = (toApi: boolean, label: string) => (
    <Link
      from={route.id}
      to="."
      search={(old: AuditSearch) => ({ ...old, source: toApi ? 'api' : undefined })}
      replace
      aria-current={api === toApi ? 'page' : undefined}
      className={`rounded px-3 py-1 text-sm ${api === toApi ? 'bg-slate-200 font-medium dark:bg-slate-700' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
    >
      {label}
    </Link>
  )
  return (
    <nav
      aria-label={t('audit.view')}
      className="flex gap-1 self-start rounded-md border border-slate-200 p-1 dark:border-slate-700"
    >
      {link(false, t('audit.view.console'))}
      {link(true, t('audit.view.api'))}
    </nav>
  )
}

function ApiLogPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const can = useCan()
  const t = useT()
  const allowed = can('ReadApiLogs')
  const setSearch = (changes: Partial<AuditSearch>) =>
    void navigate({ search: (old: AuditSearch) => ({ ...old, ...changes }), replace: true })
  if (!allowed.allowed)
    return (
      <NotAllowed
        title={t('audit.title')}
        what={t('audit.api.notAllowed')}
        reason={allowed.reason}
        before={<WhichLog api />}
      />
    )
  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader title={t('audit.title')} description={t('audit.api.about')} />
      <WhichLog api />
      <AuditFilters search={search} onChange={setSearch} people={[]} actions={allActions} apiLog />
      <ApiLogView account={account} search={search} />
    </div>
  )
}

function ConsoleRecordsPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const current = useCurrentAccount()
  const t = useT()
  const query = useInfiniteQuery(auditLogQuery(account, search))
  const records = useMemo(() => query.data?.pages.flatMap((p) => p.records) ?? [], [query.data])
  const people = useMemo(
    () =>
      [
        ...new Set(records.flatMap((r) => [personLabel(r.person), r.person.email ?? '']).filter(Boolean)),
      ].sort(),
    [records],
  )
  const setSearch = (changes: Partial<AuditSearch>) =>
    void navigate({ search: (old: AuditSearch) => ({ ...old, ...changes }), replace: true })
  const filtered = hasAuditFilters(search)
  const refreshFailed = query.isRefetchError && !query.isFetchNextPageError

  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description', { account: current?.name ?? account })}
      >
        <RefreshButton
          className="shrink-0"
          onRefresh={() => void query.refetch()}
          refreshing={query.isRefetching}
        />
      </PageHeader>
      <WhichLog api={false} />
      <AuditFilters search={search} onChange={setSearch} people={people} actions={mutatingActions} />
      {refreshFailed && records.length > 0 && (
        <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />
      )}
      <AuditTable
        account={account}
        records={records}
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          filtered ? (
            <div className="flex flex-col items-center gap-2">
              <p className="font-medium">{t('audit.noMatch')}</p>
              <button type="button" className="btn" onClick={() => setSearch(noAuditFilters)}>
                {t('audit.clearFilters')}
              </button>
            </div>
          ) : (
            <div className="flex flex-col items-center gap-1">
              <p className="font-medium">{t('audit.empty')}</p>
              <p className="text-sm muted">{t('audit.emptyHint')}</p>
            </div>
          )
        }
      />
      <OlderPages query={query}>
        {!query.isPending && records.length > 0 && (
          <p aria-live="polite" className="text-sm muted">
            {t('audit.shown', { count: records.length, more: String(query.hasNextPage) })}
          </p>
        )}
      </OlderPages>
    </div>
  )
}
