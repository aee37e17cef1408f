// Backends healthy/total, from the live health read; while it is not answered yet, the total alone. The detail page's
// ratio is the one reader that polls (its tabs read the same cache); a list row reads once per visit, since a list of
// two hundred load balancers polling each would cost OUTSCALE hundreds of calls a minute.
import type { LoadBalancer } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { backendSummary } from './lb-rules.ts'
import { useBackendHealth } from './use-backend-health.ts'

export function HealthRatio({
  account,
  lb,
  poll = false,
}: {
  account: string
  lb: LoadBalancer
  poll?: boolean
}) {
  const t = useT()
  const health = useBackendHealth(account, lb, { poll })
  const summary = backendSummary(lb, health.data?.BackendVmHealth)
  if (summary.total === 0) return <span className="muted">{t('lb.backends.none')}</span>
  if (!health.data) return <span className="muted">{t('lb.health.checking', { total: summary.total })}</span>
  const tone =
    summary.healthy === summary.total
      ? 'text-green-800 dark:text-green-300'
      : summary.unhealthy > 0
        ? 'text-red-700 dark:text-red-300'
        : 'text-amber-800 dark:text-amber-300'
  return (
    <span className={tone} data-health-ratio>
      {t('lb.health.ratio', { healthy: summary.healthy, total: summary.total })}
    </span>
  )
}
