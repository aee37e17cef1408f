// The account's quotas: every limit OUTSCALE sets, grouped as it returns them, the ones about to be hit first.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useDataAge } from '@osc-console/data'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { PageState } from '../../kit/PageState.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { quotasQuery } from './queries.ts'
import { countQuotas, groupQuotas, quotasNeedingAttention } from './quota-usage.ts'
import { QuotaGroupTable } from './QuotaGroupTable.tsx'
import { useDebouncedInput } from '../../ui/debounced-input.ts'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import type { QuotaSearch } from './search.ts'
import { PageHeader } from '../../ui/PageHeader.tsx'

const route = getRouteApi('/$account/quotas')

function attentionText(full: number, near: number): string {
  const parts = [
    full ? `${full} ${full === 1 ? 'quota is' : 'quotas are'} full` : '',
    near ? `${near} ${near === 1 ? 'is' : 'are'} near the limit (80 % or more)` : '',
  ].filter(Boolean)
  return parts.length ? `${parts.join(', ')}.` : 'Every quota is below 80 %.'
}

export default function QuotasPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const current = useCurrentAccount()
  const canRead = useCan()('ReadQuotas')
  const query = useQuery({ ...quotasQuery(account), enabled: canRead.allowed })
  const types = useMemo(() => query.data?.QuotaTypes ?? [], [query.data])
  const groups = useMemo(() => groupQuotas(types, search.q), [types, search.q])
  const attention = useMemo(() => quotasNeedingAttention(groupQuotas(types)), [types])
  const total = countQuotas(types)
  const shown = groups.reduce((n, g) => n + g.quotas.length, 0)
  const age = useDataAge(query.data, query.dataUpdatedAt)
  const setQ = (q: string | undefined) =>
    void navigate({ search: (old: QuotaSearch) => ({ ...old, q }), replace: true })
  const [draft, setDraft] = useDebouncedInput(search.q, setQ)
  const full = attention.filter((u) => u.level === 'full').length

  if (!canRead.allowed)
    return (
      <PageState
        kind="not-allowed"
        title="Quotas"
        what="Your role does not include reading this account's quotas."
        reason={canRead.reason}
      />
    )

  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader
        title="Quotas"
        description={
          <>
            The limits OUTSCALE sets on {current?.name ?? account} and how much of each is used. To raise one,
            ask OUTSCALE support.
          </>
        }
      >
        <RefreshButton
          className="shrink-0"
          onRefresh={() => void query.refetch()}
          refreshing={query.isFetching}
        />
      </PageHeader>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="search"
          aria-label="Search"
          placeholder="Search name or description…"
          className="input w-72"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        {query.isPending ? (
          <span className="text-sm muted">Loading…</span>
        ) : (
          query.data && (
            <span className="text-sm muted">
              {shown === total ? `${total} quotas` : `${shown} of ${total} quotas`} · {age}
            </span>
          )
        )}
      </div>
      {query.data && total > 0 && (
        <p
          className={`text-sm ${attention.length ? 'font-medium text-amber-900 dark:text-amber-200' : 'muted'}`}
        >
          {attentionText(full, attention.length - full)}
        </p>
      )}
      {query.error && query.data && (
        <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />
      )}
      <QuotasBody
        loading={query.isPending}
        error={query.data ? undefined : query.error}
        onRetry={() => void query.refetch()}
        total={total}
        groups={groups}
        searching={Boolean(search.q)}
        onClearSearch={() => setQ(undefined)}
      />
    </div>
  )
}

function QuotasBody(props: {
  loading: boolean
  error: unknown
  onRetry: () => void
  total: number
  groups: ReturnType<typeof groupQuotas>
  searching: boolean
  onClearSearch: () => void
}) {
  if (props.error)
    return <ErrorPanel error={props.error} onRetry={props.onRetry} title="The quotas could not be loaded" />
  if (props.loading)
    return (
      <div role="status" aria-label="Loading quotas" className="flex flex-col gap-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    )
  if (props.total === 0)
    return (
      <div className="card p-10 text-center">
        <p className="font-medium">OUTSCALE returned no quota for this account</p>
        <p className="text-sm muted">Refresh to ask again.</p>
      </div>
    )
  if (props.groups.length === 0)
    return (
      <div className="card flex flex-col items-center gap-2 p-10 text-center">
        <p className="font-medium">No quota matches this search</p>
        <button type="button" className="btn" onClick={props.onClearSearch}>
          Clear search
        </button>
      </div>
    )
  return (
    <div className="flex flex-col gap-4">
      {props.groups.map((g) => (
        <QuotaGroupTable key={`${g.type}/${g.collection}`} group={g} />
      ))}
    </div>
  )
}
