// What the account consumed over a period, entry by entry and per group (service, category, type, subregion,
// resource or tag value), with prices: the page a billing person opens to see what the month costs so far. For a
// paying account, Overall shows its linked accounts beside it (billing and admins only). The period, the grouping
// and Overall live in the URL so they can be shared.
import { useMemo } from 'react'
import { readsOverall } from '@osc-console/osc-api'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useNow } from '@osc-console/data'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { PageState } from '../../kit/PageState.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { exportTable } from '../../table/export.ts'
import { consumptionQuery, costByTagQuery } from './queries.ts'
import { periodOf, periodProblem, presets, type Period } from './period.ts'
import type { ConsumptionSearch } from './search.ts'
import { consumptionColumns, sortEntries } from './consumption-rows.ts'
import { needsResourceDetails, totalOf, totalsBy } from './grouping.ts'
import { consumptionExport, consumptionJson } from './consumption-export.ts'
import { downloadText } from '../../lib/download.ts'
import { PeriodComparison } from './PeriodComparison.tsx'
import { TopResources } from './TopResources.tsx'
import { RunRateSection } from './RunRate.tsx'
import { PeriodPicker } from './PeriodPicker.tsx'
import { EntriesTable, TotalsTable } from './ConsumptionTables.tsx'
import { RefreshButton } from '../../ui/RefreshButton.tsx'
import { PageHeader } from '../../ui/PageHeader.tsx'
import { useT } from '../../i18n/text.ts'
import { useDataAgeText } from '../../i18n/format.ts'
import { ConsumptionChart } from './ConsumptionChart.tsx'
import { Co2Chart } from './Co2Chart.tsx'
import { CostByTagTable } from './CostByTag.tsx'
import { GroupBy, type GroupChoice } from './GroupBy.tsx'
import { OverallChoice } from './OverallChoice.tsx'

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
  const mayOverall = readsOverall(current?.roles ?? [])
  const overall = Boolean(search.overall) && mayOverall
  const query = useQuery({
    ...consumptionQuery(account, period, false, overall),
    enabled: !problem && canRead.allowed,
  })
  // Overall has no tag grouping (the linked accounts' resources are not the console's), and by account only there.
  const tag = overall ? undefined : search.tag
  const chosen = search.group === 'account' && !overall ? undefined : search.group
  // By tag, the summary is the console's join, and the rest of the page stays by service.
  const group = tag ? 'service' : (chosen ?? 'service')
  const details = needsResourceDetails(group)
  // Per resource, OUTSCALE gives one line per resource: the page shows those, adding up to the ungrouped total.
  const perResource = useQuery({
    ...consumptionQuery(account, period, true, overall),
    enabled: details && !problem && canRead.allowed,
  })
  const shown = details ? perResource : query
  const entries = useMemo(() => sortEntries(shown.data?.ConsumptionEntries ?? []), [shown.data])
  const ungroupedTotal = useMemo(
    () => totalOf(totalsBy(query.data?.ConsumptionEntries ?? [], 'service')),
    [query.data],
  )
  const totals = useMemo(
    () => totalsBy(entries, group, details ? ungroupedTotal : undefined),
    [entries, group, details, ungroupedTotal],
  )
  const currency = query.data?.Currency ?? undefined
  // In an Overall reading every line names the paying account: the one this page is about.
  const payer = overall ? query.data?.ConsumptionEntries?.[0]?.PayingAccountId : undefined
  // The same query as the cost-by-tag table's, so the JSON holds what that table shows.
  const byTag = useQuery({
    ...costByTagQuery(account, period, tag ?? ''),
    enabled: Boolean(tag) && !problem && canRead.allowed,
  })
  const age = useDataAgeText(query.data, query.dataUpdatedAt)
  const t = useT()
  const setPeriod = (p: Period) =>
    void navigate({ search: (old: ConsumptionSearch) => ({ ...old, from: p.from, to: p.to }) })
  const choice: GroupChoice = tag ? { tag } : { group }
  const setOverall = (next: boolean) =>
    void navigate({
      search: (old: ConsumptionSearch) => ({
        ...old,
        overall: next ? true : undefined,
        // Overall opens by account, side by side; back on the account alone, by account means nothing.
        tag: next ? undefined : old.tag,
        group: next ? 'account' : old.group === 'account' ? undefined : old.group,
      }),
    })
  const setChoice = (next: GroupChoice) =>
    void navigate({
      search: (old: ConsumptionSearch) => ({
        ...old,
        tag: next.tag,
        group: next.tag !== undefined || next.group === 'service' ? undefined : next.group,
      }),
    })
  const exportCsv = () =>
    exportTable(
      `consumption-${account}-${period.from}-to-${period.to}`,
      entries,
      consumptionColumns(currency, t, details, overall),
      {},
    )

  const exportJson = () =>
    downloadText(
      `consumption-${account}-${period.from}-to-${period.to}.json`,
      consumptionJson(
        consumptionExport({
          account,
          period,
          currency,
          entries,
          group,
          totals,
          byTag: tag ? byTag.data : undefined,
          overall,
        }),
      ),
      'application/json',
    )
  // Grouped by tag, the JSON waits for the groups it would hold.
  const exportReady = entries.length > 0 && (!tag || Boolean(byTag.data)) && !shown.isPending

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
            {!problem &&
              query.data &&
              ` ${t('consumption.entries', { count: query.data.ConsumptionEntries?.length ?? 0, age })}`}
          </>
        }
      >
        <button type="button" className="btn shrink-0" onClick={exportCsv} disabled={entries.length === 0}>
          {t('consumption.exportCsv')}
        </button>
        <button type="button" className="btn shrink-0" onClick={exportJson} disabled={!exportReady}>
          {t('consumption.exportJson')}
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
        <div className="flex flex-wrap items-end gap-3">
          {mayOverall && <OverallChoice overall={overall} onChange={setOverall} />}
          <GroupBy choice={choice} onChange={setChoice} overall={overall} />
        </div>
      </div>
      {search.overall && !mayOverall && (
        <p className="text-sm muted">{t('consumption.overall.notAllowed')}</p>
      )}
      {overall && <p className="text-sm">{t('consumption.overall.description')}</p>}
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
      ) : overall && (query.data.ConsumptionEntries ?? []).length === 0 ? (
        <div className="card flex flex-col items-center gap-2 p-10 text-center">
          <p className="font-medium">{t('consumption.overall.empty')}</p>
          <p className="text-sm muted">{t('consumption.overall.emptyHint')}</p>
          <button type="button" className="btn" onClick={() => setOverall(false)}>
            {t('consumption.overall.showOwn')}
          </button>
        </div>
      ) : (query.data.ConsumptionEntries ?? []).length === 0 ? (
        <div className="card p-10 text-center">
          <p className="font-medium">{t('consumption.empty')}</p>
          <p className="text-sm muted">{t('consumption.emptyHint', { ...period })}</p>
        </div>
      ) : (
        <>
          {query.error && <PageState kind="stale" error={query.error} onRetry={() => void query.refetch()} />}
          {tag ? (
            <CostByTagTable account={account} period={period} tagKey={tag} />
          ) : shown.error && !shown.data ? (
            <ErrorPanel
              error={shown.error}
              onRetry={() => void shown.refetch()}
              title={t('consumption.loadFailed')}
            />
          ) : shown.isPending ? (
            <div role="status" aria-label={t('consumption.resourcesLoading')}>
              <Skeleton className="h-40 w-full" />
            </div>
          ) : (
            <TotalsTable group={group} totals={totals} currency={currency} payer={payer} />
          )}
          <PeriodComparison
            account={account}
            period={period}
            total={ungroupedTotal}
            currency={currency}
            overall={overall}
          />
          <ConsumptionChart
            account={account}
            period={period}
            group={group}
            tagKey={tag}
            overall={overall}
            payer={payer}
          />
          <Co2Chart account={account} period={period} overall={overall} />
          {overall && <p className="text-sm muted">{t('consumption.overall.ownOnly')}</p>}
          <TopResources account={account} period={period} />
          <RunRateSection account={account} />
          {!shown.isPending && (
            <EntriesTable entries={entries} group={group} totals={totals} currency={currency} payer={payer} />
          )}
        </>
      )}
    </div>
  )
}
