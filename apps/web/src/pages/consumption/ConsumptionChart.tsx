// The Consumption page's "over time": the period's cost by day, stacked by the page's group (service, category,
// type, subregion, resource, account) or by the values of its tag key. Each day is its own call (a closed day is
// cached for good), so the chart follows the tables rather than holding them back; by tag, the console joins each
// day's lines with the tags, and the page receives figures only.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useNow } from '@osc-console/data'
import { Chart } from '../../charts/Chart.tsx'
import { useDayFormat, useMoney } from '../../charts/format.ts'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { dailyConsumptionQuery } from '../../dashboards/queries.ts'
import { MAX_CHART_DAYS, daysOf, seriesByGroup, tagValueDays } from './consumption-over-time.ts'
import { groupKeyOf, needsResourceDetails } from './grouping.ts'
import { useGroupName } from './ConsumptionTables.tsx'
import { dailyCostByTagQuery } from './queries.ts'
import type { ConsumptionGroup } from './search.ts'

export function ConsumptionChart({
  account,
  period,
  group,
  tagKey,
  overall = false,
  payer,
}: {
  account: string
  period: { from: string; to: string }
  group: ConsumptionGroup
  /** Stack by this tag key's values instead of `group`. */
  tagKey?: string
  /** The paying account's Overall reading, its linked accounts included. */
  overall?: boolean
  payer?: string
}) {
  const t = useT()
  const nameOf = useGroupName(group, payer)
  const now = useNow(60_000)
  const days = useMemo(() => daysOf(period.from, period.to), [period.from, period.to])
  const tooLong = days.length > MAX_CHART_DAYS
  const byGroup = useQuery({
    ...dailyConsumptionQuery(account, days, now, needsResourceDetails(group), overall),
    enabled: !tooLong && !tagKey,
  })
  const byTag = useQuery({
    ...dailyCostByTagQuery(account, period, tagKey ?? ''),
    enabled: !tooLong && Boolean(tagKey),
  })
  const others = t('consumption.chart.others')
  const untagged = t('consumption.untagged')
  const drawn = useMemo(() => {
    if (tagKey)
      return byTag.data
        ? {
            currency: byTag.data.currency,
            x: byTag.data.days.map((d) => d.day),
            series: seriesByGroup(
              tagValueDays(byTag.data.days),
              (e) => e.value,
              (value) => value || untagged,
              others,
            ),
          }
        : undefined
    return byGroup.data
      ? {
          currency: byGroup.data.currency,
          x: byGroup.data.days.map((d) => d.day),
          series: seriesByGroup(byGroup.data.days, groupKeyOf(group), nameOf, others),
        }
      : undefined
    // nameOf changes with the language and the paying account, both in its inputs here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tagKey, byTag.data, byGroup.data, group, payer, others, untagged, t])
  const shown = tagKey ? byTag : byGroup
  const money = useMoney(drawn?.currency ?? undefined)
  const dayFormat = useDayFormat()
  const title = tagKey
    ? t('consumption.chart.tag', { key: tagKey })
    : t(`consumption.chart.${group}` as const)
  if (tooLong) return <p className="text-sm muted">{t('chart.tooManyDays', { max: MAX_CHART_DAYS })}</p>
  if (shown.error && !drawn)
    return <ErrorPanel error={shown.error} onRetry={() => void shown.refetch()} title={title} />
  if (!drawn)
    return (
      <div role="status" aria-label={t('chart.drawing')}>
        <Skeleton className="h-56 w-full" />
      </div>
    )
  return (
    <Chart
      className="card p-4"
      title={title}
      x={drawn.x}
      series={drawn.series}
      xLabel={t('chart.dayUtc')}
      yLabel={t('chart.cost', { currency: drawn.currency ?? '' })}
      formatTick={dayFormat.short}
      formatX={dayFormat.full}
      formatValue={money}
    />
  )
}
