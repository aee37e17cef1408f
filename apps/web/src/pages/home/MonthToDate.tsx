// Month to date: the cost so far, the month-end forecast (and how it is computed), the same days of last month,
// and the cost by day as a chart. The three figures come from one call each and draw first; the chart needs one
// call per day and its library, and follows.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useIntl } from '../../i18n/intl.tsx'
import { useNow } from '@osc-console/data'
import { Chart } from '../../charts/Chart.tsx'
import { useT } from '../../i18n/text.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { Section, Loaded, SectionLink, readState } from '../../kit/Section.tsx'
import { useDayFormat, useMoney } from '../../charts/format.ts'
import {
  costOf,
  dayOf,
  daysInMonth,
  forecastMonthEnd,
  monthDays,
  monthStart,
  samePeriodLastMonth,
} from '../../dashboards/month.ts'
import { consumptionQuery, dailyConsumptionQuery } from '../../dashboards/queries.ts'

const DAY = 86_400_000

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-sm muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
      {detail && <dd className="text-xs muted">{detail}</dd>}
    </div>
  )
}

export function MonthToDate({ account }: { account: string }) {
  const t = useT()
  const intl = useIntl()
  // Minutes are enough: the forecast moves slowly, and the day changes once.
  const now = useNow(60_000)
  const today = dayOf(now)
  const from = dayOf(monthStart(now))
  const last = samePeriodLastMonth(now)
  const days = useMemo(() => monthDays(Date.parse(`${today}T00:00:00.000Z`)), [today])
  const month = useQuery(consumptionQuery(account, from, today))
  // Last month is closed: its figures never change.
  const lastMonth = useQuery({ ...consumptionQuery(account, last.from, last.to), staleTime: Infinity })
  const daily = useQuery(dailyConsumptionQuery(account, days, now))
  const currency = month.data?.Currency ?? daily.data?.currency ?? undefined
  const money = useMoney(currency)
  const dayFormat = useDayFormat()
  const title = t('home.month')
  const dates = (a: string, b: string) => ({
    from: dayFormat.short(a),
    to: dayFormat.short(b),
  })

  return (
    <Section
      title={title}
      action={
        <SectionLink account={account} section="consumption">
          {t('home.month.openConsumption')}
        </SectionLink>
      }
    >
      <Loaded what={title} {...readState(month)} lines={2}>
        {() => {
          const soFar = costOf(month.data?.ConsumptionEntries)
          if (soFar === undefined) return <p className="text-sm muted">{t('home.month.noPrice')}</p>
          const forecast = forecastMonthEnd(soFar, now)
          const before = costOf(lastMonth.data?.ConsumptionEntries)
          const elapsed = (now - monthStart(now)) / DAY
          return (
            <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <Figure
                label={t('home.month.soFar')}
                value={money(soFar)}
                detail={t('home.month.soFarDetail', dates(from, today))}
              />
              <Figure
                label={t('home.month.forecast')}
                value={forecast === undefined ? '—' : money(forecast)}
                detail={
                  forecast === undefined
                    ? t('home.month.forecastUnknown')
                    : t('home.month.forecastHow', {
                        elapsed: intl.formatNumber(elapsed, { maximumFractionDigits: 1 }),
                        days: daysInMonth(now),
                      })
                }
              />
              {lastMonth.isPending ? (
                <Skeleton className="h-12 w-full" />
              ) : (
                <Figure
                  label={t('home.month.lastMonth')}
                  value={before === undefined ? '—' : money(before)}
                  detail={
                    before
                      ? t('home.month.change', {
                          change: intl.formatNumber((soFar - before) / before, {
                            style: 'percent',
                            maximumFractionDigits: 1,
                            signDisplay: 'exceptZero',
                          }),
                        })
                      : t('home.month.lastMonthDetail', dates(last.from, last.to))
                  }
                />
              )}
            </dl>
          )
        }}
      </Loaded>
      {daily.data ? (
        <Chart
          title={t('home.month.chart')}
          x={daily.data.days.map((d) => d.day)}
          series={[
            {
              id: 'cost',
              label: t('home.month.dayCost'),
              values: daily.data.days.map((d) => costOf(d.entries) ?? 0),
            },
          ]}
          xLabel={t('home.month.chartX')}
          yLabel={t('home.month.chartY', { currency: currency ?? '' })}
          formatTick={dayFormat.short}
          formatX={dayFormat.full}
          formatValue={money}
          height={180}
        />
      ) : daily.error ? (
        <Loaded
          what={t('home.month.chart')}
          error={daily.error}
          loading={false}
          onRetry={() => void daily.refetch()}
        >
          {() => null}
        </Loaded>
      ) : (
        <div role="status" aria-label={t('kit.section.loading', { what: t('home.month.chart') })}>
          <Skeleton className="h-44 w-full" />
        </div>
      )}
    </Section>
  )
}
