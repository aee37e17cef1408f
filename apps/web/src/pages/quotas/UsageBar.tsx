// A quota's usage as a bar that a screen reader reads as "VM Limit, 40 of 45 used (88 %)". The level is also
// written out beside the bar ("Near limit", "Critical", "Full"), so colour is never the only sign.
import { usageText, type QuotaUsage } from './quota-usage.ts'
import type { MessageId } from '../../i18n/catalog.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'

const fill: Record<QuotaUsage['level'], string> = {
  ok: 'bg-blue-600 dark:bg-blue-400',
  near: 'bg-amber-500 dark:bg-amber-400',
  critical: 'bg-orange-600 dark:bg-orange-400',
  full: 'bg-red-600 dark:bg-red-500',
}

export function UsageBar({ usage, label }: { usage: QuotaUsage; label: string }) {
  const t = useT()
  const f = useFormatters()
  const width = `${Math.min(100, Math.round(usage.ratio * 100))}%`
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.max(usage.max, usage.used)}
      aria-valuenow={usage.used}
      aria-valuetext={usageText(usage, t, f)}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div className={`h-full rounded-full ${fill[usage.level]}`} style={{ width }} />
    </div>
  )
}

const badge: Record<Exclude<QuotaUsage['level'], 'ok'>, { text: MessageId; className: string }> = {
  near: {
    text: 'quotas.level.near',
    className:
      'border-amber-400 bg-amber-100 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-200',
  },
  critical: {
    text: 'quotas.level.critical',
    className:
      'border-orange-400 bg-orange-100 text-orange-900 dark:border-orange-700 dark:bg-orange-950 dark:text-orange-200',
  },
  full: {
    text: 'quotas.level.full',
    className: 'border-red-400 bg-red-100 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
  },
}

export function LevelBadge({ level }: { level: QuotaUsage['level'] }) {
  const t = useT()
  if (level === 'ok') return null
  const { text, className } = badge[level]
  return (
    <span className={`inline-flex shrink-0 rounded-full border px-2 py-0.5 text-xs font-medium ${className}`}>
      {t(text)}
    </span>
  )
}
