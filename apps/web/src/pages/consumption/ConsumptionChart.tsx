// The Consumption page's "over time": the period's cost by day, stacked by the page's group (service, category,
// type, subregion, resource). Each day is its own call (a closed day is cached for good), so the chart follows
// the tables rather than holding them back.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useNow } from '@osc-console/data'
import { Chart } from '../../charts/Chart.tsx'
import { useDayFormat, useMoney } from '../../charts/format.ts'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { dailyConsumptionQuery } from '../../dashboards/queries.ts'
import { MAX_CHART_DAYS, daysOf, seriesByGroup } from './consumption-over-time.ts'
import { groupKeyOf, needsResourceDetails } from './grouping.ts'
import { useGroupName } from './ConsumptionTables.tsx'
import type { ConsumptionGroup } from './search.ts'

export function ConsumptionChart({
  account,
  period,
  group,
  overall = false,
  payer,
}: {
  account: string
  period: { from: string; to: string }
  group: ConsumptionGroup
  /** The paying account's Overall reading, its linked accounts included. */
  overall?: boolean
  payer?: string
}) {
  const t = useT()
  const nameOf = useGroupName(group, payer)
  const now = useNow(60_000)
  const days = useMemo(() => daysOf(period.from, period.to), [period.from, period.to])
  const tooLong = days.length > MAX_CHART_DAYS
  const query = useQuery({
    ...dailyConsumptionQuery(account, days, now, needsResourceDetails(group), overall),
    enabled: !tooLong,
  })
  const money = useMoney(query.data?.currency)
  const dayFormat = useDayFormat()
  const title = t(`consumption.chart.${group}` as const)
  if (tooLong) return <p className="text-sm muted">{t('chart.tooManyDays', { max: MAX_CHART_DAYS })}</p>
  if (query.error && !query.data)
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={title} />
  if (!query.data)
    return (
      <div role="status" aria-label={t('chart.drawing')}>
        <Skeleton className="h-56 w-full" />
      </div>
    )
  return (
    <Chart
      className="card p-4"
      title={title}
      x={query.data.days.map((d) => d.day)}
      series={seriesByGroup(query.data.days, groupKeyOf(group), nameOf, t('consumption.chart.others'))}
      xLabel={t('chart.dayUtc')}
      yLabel={t('chart.cost', { currency: query.data.currency ?? '' })}
      formatTick={dayFormat.short}
      formatX={dayFormat.full}
      formatValue={money}
    />
  )
}
