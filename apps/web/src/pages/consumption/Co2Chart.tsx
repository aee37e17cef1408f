// The period's carbon footprint beside its cost: ReadCO2EmissionAccount's estimate for every month the period
// touches, stacked by category. Whoever may read the consumption may read it (same family in the role model).
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { oscQuery } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { Chart } from '../../charts/Chart.tsx'
import { useMonthFormat } from '../../charts/format.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { co2Chart, co2Months } from './co2.ts'
import type { Period } from './period.ts'

export const co2Query = (account: string, period: Period, overall = false) =>
  oscQuery(account, 'ReadCO2EmissionAccount', { ...co2Months(period), ...(overall ? { Overall: true } : {}) })

export function Co2Chart({
  account,
  period,
  overall = false,
}: {
  account: string
  period: Period
  /** The linked accounts' emissions too (Overall). */
  overall?: boolean
}) {
  const t = useT()
  const f = useFormatters()
  const months = useMonthFormat()
  const allowed = useCan()('ReadCO2EmissionAccount')
  const query = useQuery({ ...co2Query(account, period, overall), enabled: allowed.allowed })
  const title = t('consumption.co2.title')
  const chart = useMemo(
    () => (query.data ? co2Chart(query.data, period, t('consumption.co2.total')) : undefined),
    [query.data, period, t],
  )
  if (!allowed.allowed)
    return (
      <p className="text-sm muted">
        {t('consumption.co2.notAllowed')} {allowed.reason}
      </p>
    )
  if (query.error && !query.data)
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        title={t('consumption.co2.failed')}
      />
    )
  if (!chart)
    return (
      <div role="status" aria-label={t('consumption.co2.loading')}>
        <Skeleton className="h-56 w-full" />
      </div>
    )
  // OUTSCALE says "KG" for kilograms of CO2 equivalent; another unit is shown as it comes.
  const unit = !chart.unit || chart.unit.toLowerCase() === 'kg' ? t('consumption.co2.kg') : chart.unit
  const amount = (value: number) =>
    t('consumption.co2.amount', { value: f.number(value, { maximumFractionDigits: 3 }), unit })
  return (
    <section aria-label={title} className="card flex flex-col gap-2 p-4">
      <Chart
        title={title}
        x={chart.months}
        series={chart.series}
        xLabel={t('consumption.co2.month')}
        yLabel={t('consumption.co2.axis', { unit })}
        formatTick={months.short}
        formatX={months.full}
        formatValue={amount}
        formatAxis={(value) => f.number(value, { maximumFractionDigits: 3 })}
      />
      <p className="text-xs muted">
        {t('consumption.co2.how', { total: amount(chart.total), from: co2Months(period).FromMonth })}
      </p>
    </section>
  )
}
