// Under a quota's bar: how it moved since the console began sampling it (a sparkline named in words) and, at the
// current pace, in about how many days it will be full.
import type { QuotaTrend } from '@osc-console/osc-api'
import { Sparkline } from '../../charts/Sparkline.tsx'
import { useFormatters } from '../../i18n/format.ts'
import { useT } from '../../i18n/text.ts'
import { daysUntilFull } from './quota-trend.ts'

export function QuotaTrendLine({ trend, name, now }: { trend: QuotaTrend; name: string; now: number }) {
  const t = useT()
  const f = useFormatters()
  const first = trend.samples[0]
  const last = trend.samples.at(-1)
  if (!first || !last || trend.samples.length < 2)
    return <p className="mt-1 text-xs muted">{t('quotas.trend.waiting')}</p>
  const days = daysUntilFull(trend, now)
  const label = t('quotas.trend.label', {
    name,
    count: trend.samples.length,
    since: f.dateTime(first.at),
    from: f.number(first.used),
    to: f.number(last.used),
    max: f.number(last.max),
  })
  const outlook =
    days === undefined
      ? trend.estimate === 'not-at-this-pace'
        ? t('quotas.trend.notAtThisPace')
        : undefined
      : days === 0
        ? t('quotas.trend.fullWithinADay')
        : t('quotas.trend.fullIn', { days })
  return (
    <p className="mt-1 flex flex-col items-start gap-x-2 text-xs sm:flex-row sm:items-center">
      <Sparkline
        points={trend.samples.map((s) => ({ at: Date.parse(s.at), value: s.used }))}
        ceiling={last.max}
        label={label}
      />
      {outlook && (
        <span className={days === undefined ? 'muted' : 'font-medium text-amber-900 dark:text-amber-200'}>
          {outlook}
        </span>
      )}
    </p>
  )
}
