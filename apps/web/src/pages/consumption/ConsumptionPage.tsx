// What the account consumed over a period, entry by entry and per service, with prices: the page a billing
// person opens to see what the month costs so far. The period lives in the URL so it can be shared.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useNow } from '@osc-console/data'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { PageState } from '../../kit/PageState.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { exportTable } from '../../table/export.ts'
import { consumptionQuery } from './queries.ts'
import { periodOf, periodProblem, presets, type ConsumptionSearch, type Period } from './period.ts'
import { consumptionColumns, sortEntries, totalsByService } from './consumption-rows.ts'
import { PeriodPicker } from './PeriodPicker.tsx'
import { EntriesTable, TotalsTable } from './ConsumptionTables.tsx'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { useT } from '../../i18n/text.ts'
import { useDataAgeText } from '../../i18n/format.ts'
import { ConsumptionChart } from './ConsumptionChart.tsx'
import { CostByTagTable, GroupBy } from './CostByTag.tsx'

const route = getRouteApi('/$account/consumption')

export default function ConsumptionPage() {
  const { account } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const current = useCurrentAccount()
  // Minutes are enough: "today" only matters for the default period and the check against the future.
  const now = useNow(60_000)
  const period = periodOf(search, now)
  const problem = periodProblem(period, now)
  const canRead = useCan()('ReadConsumptionAccount')
  const query = useQuery({ ...consumptionQuery(account, period), enabled: !problem && canRead.allowed })
  const entries = useMemo(() => sortEntries(query.data?.ConsumptionEntries ?? []), [query.data])
  const totals = useMemo(() => totalsByService(entries), [entries])
  const currency = query.data?.Currency ?? undefined
  const age = useDataAgeText(query.data, query.dataUpdatedAt)
  const t = useT()
  const setPeriod = (p: Period) =>
    void navigate({ search: (old: ConsumptionSearch) => ({ ...old, from: p.from, to: p.to }) })
  const setTag = (tag: string | undefined) =>
    void navigate({ search: (old: ConsumptionSearch) => ({ ...old, tag }) })
  const exportCsv = () =>
    exportTable(
      `consumption-${account}-${period.from}-to-${period.to}`,
      entries,
      consumptionColumns(currency, t),
      {},
    )

  const name = current?.name ?? account

  if (!canRead.allowed)
    return (
      <PageState
        kind="not-allowed"
        title={t('consumption.title')}
        what={t('consumption.notAllowed')}
        reason={canRead.reason}
      />
    )

  return (
    <div className="flex flex-col gap-4 p-6">
      <PageHeader
        title={t('consumption.title')}
        description={
          <>
            {problem
              ? t('consumption.description', { account: name })
              : currency
                ? t('consumption.descriptionPeriodCurrency', { account: name, ...period, currency })
                : t('consumption.descriptionPeriod', { account: name, ...period })}
            {!problem && query.data && ` ${t('consumption.entries', { count: entries.length, age })}`}
          </>
        }
      >
        <button type="button" className="btn shrink-0" onClick={exportCsv} disabled={entries.length === 0}>
          {t('consumption.exportCsv')}
        </button>
        <RefreshButton
          className="shrink-0"
          onRefresh={() => void query.refetch()}
          refreshing={query.isFetching}
          disabled={Boolean(problem)}
        />
      </PageHeader>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PeriodPicker period={period} now={now} onChange={setPeriod} />
        <GroupBy tag={search.tag} onChange={setTag} />
      </div>
      {problem ? (
        <div role="alert" className="card flex flex-col items-start gap-2 p-4 text-sm">
          <p className="font-semibold">{t('consumption.periodRefused')}</p>
          <p>{t(problem)}</p>
          <button type="button" className="btn" onClick={() => setPeriod(presets[0]!.period(now))}>
            {t('consumption.showThisMonth')}
          </button>
        </div>
      ) : query.error && !query.data ? (
        <ErrorPanel
          error={query.error}
          onRetry={() => void query.refetch()}
          title={t('consumption.loadFailed')}
        />
      ) : query.isPending ? (
        <div role="status" aria-label={t('consumption.loading')} className="flex flex-col gap-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : entries.length === 0 ? (
        <div className="card p-10 text-center">
          <p className="font-medium">{t('consumption.empty')}</p>
          <p className="text-sm muted">{t('consumption.emptyHint', { ...period })}</p>
        </div>
      ) : (
        <>
          {query.error && <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />}
          {search.tag ? (
            <CostByTagTable account={account} period={period} tagKey={search.tag} />
          ) : (
            <TotalsTable totals={totals} currency={currency} />
          )}
          <ConsumptionChart account={account} period={period} />
          <EntriesTable entries={entries} totals={totals} currency={currency} />
        </>
      )}
    </div>
  )
}
