// "Needs attention": what is stuck, open to the internet or billed for nothing, each item linked to its resource
// with the reason it is listed and its monthly cost when the catalogue prices it. Only the families the person's
// role reads are checked; the others are left out without a word.
import { useId, useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useNow } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT, type Translate } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { vmResource } from '../../kit/registry.ts'
import { quotasQuery } from '../quotas/queries.ts'
import { HomeSection } from './HomeSection.tsx'
import { useMoney } from '../../charts/format.ts'
import { dayOf, monthStart } from './month.ts'
import {
  DEFAULT_SNAPSHOT_AGE_DAYS,
  SNAPSHOT_AGES_DAYS,
  criticalQuotas,
  idlePublicIps,
  idleVolumes,
  oldSnapshots,
  openAdminPorts,
  sortAttention,
  stuckVms,
  type AttentionItem,
} from './attention.ts'
import {
  catalogQuery,
  consumptionQuery,
  publicIpsQuery,
  securityGroupsQuery,
  snapshotsQuery,
  volumesQuery,
} from './queries.ts'

function ItemLink({ account, item }: { account: string; item: AttentionItem }) {
  const className = 'font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300'
  const label = item.name ?? item.id
  if (item.target.kind === 'vm')
    return (
      <Link {...paths.vm({ account, vmId: item.target.vmId })} className={className}>
        {label}
      </Link>
    )
  if (item.target.kind === 'resource')
    return (
      <Link
        {...paths.resource({ account, section: item.target.section, id: item.target.id })}
        className={className}
      >
        {label}
      </Link>
    )
  return (
    <Link {...paths.section({ account, section: item.target.section })} className={className}>
      {label}
    </Link>
  )
}

function AttentionLine({
  account,
  item,
  t,
  money,
}: {
  account: string
  item: AttentionItem
  t: Translate
  money: ((value: number) => string) | undefined
}) {
  const resourceId = item.id.split(':')[0] ?? item.id
  return (
    <li className="flex flex-col gap-0.5 border-b border-slate-100 py-2 last:border-0 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">
          {t(`home.rule.${item.rule}` as const)}
        </span>
        <ItemLink account={account} item={item} />
        {item.name && item.rule !== 'quota-critical' && (
          <span className="font-mono text-xs muted">{resourceId}</span>
        )}
      </div>
      <p className="text-sm">
        {t(item.reason)}
        {item.monthlyCost !== undefined && money && (
          <>
            {' '}
            <span className="font-medium tabular-nums">
              {t('home.attention.cost', { cost: money(item.monthlyCost) })}
            </span>
          </>
        )}
      </p>
    </li>
  )
}

export function NeedsAttention({ account }: { account: string }) {
  const t = useT()
  const can = useCan()
  const now = useNow(60_000)
  const ageId = useId()
  const [snapshotAge, setSnapshotAge] = useState<number>(DEFAULT_SNAPSHOT_AGE_DAYS)
  const allowed = (action: Parameters<typeof can>[0]) => can(action).allowed
  const vms = useQuery({ ...listQuery(vmResource, account), enabled: allowed('ReadVms') })
  const groups = useQuery({ ...securityGroupsQuery(account), enabled: allowed('ReadSecurityGroups') })
  const volumes = useQuery({ ...volumesQuery(account), enabled: allowed('ReadVolumes') })
  const ips = useQuery({ ...publicIpsQuery(account), enabled: allowed('ReadPublicIps') })
  const snapshots = useQuery({ ...snapshotsQuery(account), enabled: allowed('ReadSnapshots') })
  const quotas = useQuery({ ...quotasQuery(account), enabled: allowed('ReadQuotas') })
  // Prices and the currency, when the role reads them: an item is listed without its cost otherwise.
  const catalog = useQuery({ ...catalogQuery(account), enabled: allowed('ReadCatalog') })
  const month = useQuery({
    ...consumptionQuery(account, dayOf(monthStart(now)), dayOf(now)),
    enabled: allowed('ReadConsumptionAccount'),
  })
  const currency = month.data?.Currency ?? undefined
  const money = useMoney(currency)
  const entries = catalog.data?.Catalog?.Entries

  const items = useMemo(
    () =>
      sortAttention([
        ...stuckVms(itemsOf(vmResource, vms.data), now),
        ...openAdminPorts(groups.data?.SecurityGroups ?? []),
        ...idleVolumes(volumes.data?.Volumes ?? [], now, entries),
        ...idlePublicIps(ips.data?.PublicIps ?? [], entries),
        ...oldSnapshots(snapshots.data?.Snapshots ?? [], now, snapshotAge, entries),
        ...criticalQuotas(quotas.data?.QuotaTypes ?? []),
      ]),
    [vms.data, groups.data, volumes.data, ips.data, snapshots.data, quotas.data, entries, now, snapshotAge],
  )
  const reads = [vms, groups, volumes, ips, snapshots, quotas]
  const failed = reads.filter((q) => q.error && q.data === undefined)
  // A query that is not enabled stays pending without fetching: only the ones fetching count as loading.
  const loading = reads.some((q) => q.isPending && q.fetchStatus === 'fetching')
  const enabledCount = [
    'ReadVms',
    'ReadSecurityGroups',
    'ReadVolumes',
    'ReadPublicIps',
    'ReadSnapshots',
    'ReadQuotas',
  ].filter((a) => allowed(a as Parameters<typeof can>[0])).length
  if (enabledCount === 0) return null

  const title = t('home.attention')
  return (
    <HomeSection
      title={title}
      action={
        <span className="text-sm muted" aria-live="polite">
          {!loading && t('home.attention.count', { count: items.length })}
        </span>
      }
    >
      {allowed('ReadSnapshots') && (
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={ageId}>{t('home.attention.snapshotAge')}</label>
          <select
            id={ageId}
            className="input w-auto py-0.5"
            value={snapshotAge}
            onChange={(event) => setSnapshotAge(Number(event.target.value))}
          >
            {SNAPSHOT_AGES_DAYS.map((days) => (
              <option key={days} value={days}>
                {t('home.attention.days', { days })}
              </option>
            ))}
          </select>
        </div>
      )}
      {failed.map((q, i) => (
        <ErrorPanel
          key={i}
          error={q.error}
          onRetry={() => void q.refetch()}
          title={t('home.loadFailed', { what: title })}
        />
      ))}
      {items.length > 0 && (
        <ul aria-label={title}>
          {items.map((item) => (
            <AttentionLine
              key={`${item.rule}/${item.id}`}
              account={account}
              item={item}
              t={t}
              money={currency ? money : undefined}
            />
          ))}
        </ul>
      )}
      {loading ? (
        <div role="status" aria-label={t('home.loading', { what: title })} className="flex flex-col gap-2">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : (
        items.length === 0 &&
        failed.length === 0 && <p className="text-sm muted">{t('home.attention.none')}</p>
      )}
    </HomeSection>
  )
}
