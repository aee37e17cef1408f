// The period's cost beside the period of the same length just before it, and the change said in words, so a
// billing person sees at once whether spending goes up or down.
import { useId, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { consumptionQuery } from './queries.ts'
import { periodDays, previousPeriod, type Period } from './period.ts'
import { costChange } from './consumption-rows.ts'
import { totalOf, totalsBy } from './grouping.ts'

export function PeriodComparison({
  account,
  period,
  total,
  currency,
  overall = false,
}: {
  account: string
  period: Period
  /** Compare Overall readings (the linked accounts included). */
  overall?: boolean
  /** The period's total as the page shows it. */
  total: number | undefined
  currency?: string
}) {
  const t = useT()
  const f = useFormatters()
  const headingId = useId()
  const previous = previousPeriod(period)
  const query = useQuery(consumptionQuery(account, previous, false, overall))
  const before = useMemo(
    () => (query.data ? totalOf(totalsBy(query.data.ConsumptionEntries ?? [], 'service')) : undefined),
    [query.data],
  )
  const days = periodDays(period)
  const title = t('consumption.compare.title', { days })
  if (query.error && !query.data)
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        title={t('consumption.compare.failed')}
      />
    )
  if (!query.data)
    return (
      <div role="status" aria-label={t('consumption.compare.loading')}>
        <Skeleton className="h-16 w-full" />
      </div>
    )
  const change = costChange(total, before)
  const shownCurrency = currency ?? query.data.Currency ?? undefined
  const difference = f.money(Math.abs((total ?? 0) - (before ?? 0)), shownCurrency)
  return (
    <section aria-labelledby={headingId} className="card flex flex-col gap-1 p-4 text-sm">
      <h2 id={headingId} className="text-base font-semibold">
        {title}
      </h2>
      <p>
        {t('consumption.compare.previous', {
          ...previous,
          total: f.money(before, shownCurrency),
        })}
      </p>
      <p className="font-medium">
        {change.kind === 'up' || change.kind === 'down'
          ? t(`consumption.compare.${change.kind}`, { percent: f.number(change.percent), difference })
          : t(`consumption.compare.${change.kind}`)}
      </p>
    </section>
  )
}
