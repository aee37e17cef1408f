// The run-rate: what the account's live resources cost per hour and per month if nothing changes, priced from its
// catalogue, and how far that is from what the last full day was billed. The console reads the resources and sends
// lines of figures only, so a billing person sees it without reading any resource.
import { useQuery } from '@tanstack/react-query'
import type { RunRate, RunRateLine } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'
import { PlainTable } from '../../kit/PlainTable.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { costChange } from './consumption-rows.ts'
import { runRateQuery } from './queries.ts'

export function RunRateSection({ account }: { account: string }) {
  const t = useT()
  const query = useQuery(runRateQuery(account))
  const title = t('consumption.runRate.title')
  if (query.error && !query.data)
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        title={t('consumption.runRate.failed')}
      />
    )
  if (!query.data)
    return (
      <div role="status" aria-label={t('consumption.runRate.loading')}>
        <Skeleton className="h-40 w-full" />
      </div>
    )
  return (
    <section aria-label={title} className="card flex flex-col gap-2 pb-3">
      <h2 className="px-3 pt-2 text-base font-semibold">{title}</h2>
      <RunRateSummary rate={query.data} />
      {query.data.lines.length === 0 ? (
        <p className="px-3 text-sm muted">{t('consumption.runRate.none')}</p>
      ) : (
        <RunRateTable rate={query.data} />
      )}
      <p className="px-3 text-xs muted">
        {t('consumption.runRate.how', { hours: query.data.hoursPerMonth })}
      </p>
    </section>
  )
}

function RunRateSummary({ rate }: { rate: RunRate }) {
  const t = useT()
  const f = useFormatters()
  const money = (value: number) => f.money(value, rate.currency)
  const { day, billed, estimated } = rate.lastDay
  const change = costChange(estimated, billed)
  const facts = { day, billed: money(billed), estimated: money(estimated) }
  return (
    <div className="flex flex-col gap-1 px-3 text-sm">
      <p>{t('consumption.runRate.summary', { hourly: money(rate.hourly), monthly: money(rate.monthly) })}</p>
      <p>
        {change.kind === 'up' || change.kind === 'down'
          ? t(`consumption.runRate.drift.${change.kind}`, {
              ...facts,
              percent: change.percent,
              difference: money(Math.abs(estimated - billed)),
            })
          : t(`consumption.runRate.drift.${change.kind}`, facts)}
      </p>
    </div>
  )
}

function RunRateTable({ rate }: { rate: RunRate }) {
  const t = useT()
  const f = useFormatters()
  const money = (value: number | null) => f.money(value ?? undefined, rate.currency)
  const quantity = (line: RunRateLine) =>
    line.kind === 'volume'
      ? t('consumption.runRate.gib', { count: line.quantity })
      : line.kind === 'volume-iops'
        ? t('consumption.runRate.iops', { count: line.quantity })
        : f.number(line.quantity)
  return (
    <PlainTable
      label={t('consumption.runRate.table')}
      framed={false}
      columns={[
        t('consumption.runRate.kind'),
        t('consumption.column.type'),
        t('consumption.runRate.count'),
        t('consumption.runRate.quantity'),
        t('consumption.runRate.unitPrice'),
        t('consumption.runRate.hourly'),
        t('consumption.runRate.monthly'),
      ]}
    >
      {rate.lines.map((line) => (
        <tr key={`${line.kind}|${line.type}`}>
          <td>{t(`consumption.runRate.kind.${line.kind}`)}</td>
          <td className="font-mono text-xs">{line.type}</td>
          <td className="tabular-nums">{f.number(line.count)}</td>
          <td className="tabular-nums whitespace-nowrap">{quantity(line)}</td>
          <td className="tabular-nums whitespace-nowrap">
            {line.unitPrice === null
              ? t('consumption.runRate.unpriced')
              : t(`consumption.runRate.per.${line.per}`, {
                  price: f.money(line.unitPrice, rate.currency, 4),
                })}
          </td>
          <td className="tabular-nums whitespace-nowrap">{money(line.hourly)}</td>
          <td className="tabular-nums whitespace-nowrap">{money(line.monthly)}</td>
        </tr>
      ))}
    </PlainTable>
  )
}
