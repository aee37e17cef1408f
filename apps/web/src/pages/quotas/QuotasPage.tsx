// The account's quotas: every limit OUTSCALE sets, grouped as it returns them, the ones about to be hit first.
import { useId, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { PageState } from '../../kit/PageState.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { quotasQuery, quotaTrendQuery } from './queries.ts'
import { trendsByQuota } from './quota-trend.ts'
import { useNow } from '@osc-console/data'
import {
  countQuotas,
  groupQuotas,
  quotaCollections,
  quotaColumns,
  quotaRows,
  quotasNeedingAttention,
} from './quota-usage.ts'
import { exportTable } from '../../table/export.ts'
import { QuotaGroupTable } from './QuotaGroupTable.tsx'
import { useDebouncedInput } from '../../ui/debounced-input.ts'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import type { QuotaSearch } from './search.ts'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { useT, type Translate } from '../../i18n/text.ts'
import { useDataAgeText } from '../../i18n/format.ts'

const route = getRouteApi('/$account/quotas')

function attentionText(t: Translate, full: number, near: number): string {
  if (full && near) return t('quotas.attention.fullAndNear', { full, near })
  if (full) return t('quotas.attention.onlyFull', { full })
  if (near) return t('quotas.attention.onlyNear', { near })
  return t('quotas.attention.none')
}

export default function QuotasPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const current = useCurrentAccount()
  const canRead = useCan()('ReadQuotas')
  const query = useQuery({ ...quotasQuery(account), enabled: canRead.allowed })
  const trendQuery = useQuery({ ...quotaTrendQuery(account), enabled: canRead.allowed })
  const trends = useMemo(() => trendsByQuota(trendQuery.data), [trendQuery.data])
  const now = useNow(60_000)
  const types = useMemo(() => query.data?.QuotaTypes ?? [], [query.data])
  const groups = useMemo(
    () => groupQuotas(types, search.q, search.collection),
    [types, search.q, search.collection],
  )
  const collections = useMemo(() => quotaCollections(types), [types])
  const attention = useMemo(() => quotasNeedingAttention(groupQuotas(types)), [types])
  const total = countQuotas(types)
  const shown = groups.reduce((n, g) => n + g.quotas.length, 0)
  const age = useDataAgeText(query.data, query.dataUpdatedAt)
  const t = useT()
  const setQ = (q: string | undefined) =>
    void navigate({ search: (old: QuotaSearch) => ({ ...old, q }), replace: true })
  const [draft, setDraft] = useDebouncedInput(search.q, setQ)
  const full = attention.filter((u) => u.level === 'full').length
  const critical = attention.filter((u) => u.level === 'critical').length
  const collectionId = useId()
  const setCollection = (collection: string | undefined) =>
    void navigate({ search: (old: QuotaSearch) => ({ ...old, collection }), replace: true })
  const exportCsv = () => exportTable(`quotas-${account}`, quotaRows(groups), quotaColumns(t), {})

  if (!canRead.allowed)
    return (
      <PageState
        kind="not-allowed"
        title={t('quotas.title')}
        what={t('quotas.notAllowed')}
        reason={canRead.reason}
      />
    )

  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader
        title={t('quotas.title')}
        description={t('quotas.description', { account: current?.name ?? account })}
      >
        <button type="button" className="btn shrink-0" onClick={exportCsv} disabled={shown === 0}>
          {t('table.exportCsv')}
        </button>
        <RefreshButton
          className="shrink-0"
          onRefresh={() => {
            void query.refetch()
            void trendQuery.refetch()
          }}
          refreshing={query.isFetching}
        />
      </PageHeader>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="search"
          aria-label={t('quotas.search')}
          placeholder={t('quotas.searchPlaceholder')}
          className="input w-72"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <label htmlFor={collectionId} className="sr-only">
          {t('quotas.collection')}
        </label>
        <select
          id={collectionId}
          className="input w-56"
          value={search.collection ?? ''}
          onChange={(event) => setCollection(event.target.value || undefined)}
        >
          <option value="">{t('quotas.allCollections')}</option>
          {/* A collection named in a shared link but absent from this account stays selectable, and shows none. */}
          {[...new Set([...collections, ...(search.collection ? [search.collection] : [])])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {query.isPending ? (
          <span className="text-sm muted">{t('quotas.loading')}</span>
        ) : (
          query.data && (
            <span className="text-sm muted">
              {shown === total
                ? t('quotas.count', { total, age })
                : t('quotas.countFiltered', { shown, total, age })}
            </span>
          )
        )}
      </div>
      {query.data && total > 0 && (
        <p
          className={`text-sm ${attention.length ? 'font-medium text-amber-900 dark:text-amber-200' : 'muted'}`}
        >
          {attentionText(t, full, attention.length - full)}
          {critical > 0 && ` ${t('quotas.attention.critical', { critical })}`}
        </p>
      )}
      {query.error && query.data && (
        <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />
      )}
      {trendQuery.error && !trendQuery.data && (
        <ErrorPanel
          error={trendQuery.error}
          onRetry={() => void trendQuery.refetch()}
          title={t('quotas.trend.loadFailed')}
        />
      )}
      <QuotasBody
        loading={query.isPending}
        error={query.data ? undefined : query.error}
        onRetry={() => void query.refetch()}
        total={total}
        groups={groups}
        account={account}
        trends={trends}
        now={now}
        searching={Boolean(search.q || search.collection)}
        onClearSearch={() => {
          void navigate({
            search: (old: QuotaSearch) => ({ ...old, q: undefined, collection: undefined }),
            replace: true,
          })
        }}
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
  account: string
  trends: ReturnType<typeof trendsByQuota>
  now: number
  searching: boolean
  onClearSearch: () => void
}) {
  const t = useT()
  if (props.error)
    return <ErrorPanel error={props.error} onRetry={props.onRetry} title={t('quotas.loadFailed')} />
  if (props.loading)
    return (
      <div role="status" aria-label={t('quotas.loadingQuotas')} className="flex flex-col gap-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    )
  if (props.total === 0)
    return (
      <div className="card p-10 text-center">
        <p className="font-medium">{t('quotas.empty')}</p>
        <p className="text-sm muted">{t('quotas.emptyHint')}</p>
      </div>
    )
  if (props.groups.length === 0)
    return (
      <div className="card flex flex-col items-center gap-2 p-10 text-center">
        <p className="font-medium">{t('quotas.noMatch')}</p>
        <button type="button" className="btn" onClick={props.onClearSearch}>
          {t('quotas.clearSearch')}
        </button>
      </div>
    )
  return (
    <div className="flex flex-col gap-4">
      {props.groups.map((g) => (
        <QuotaGroupTable
          key={`${g.type}/${g.collection}`}
          account={props.account}
          group={g}
          trends={props.trends}
          now={props.now}
        />
      ))}
    </div>
  )
}
