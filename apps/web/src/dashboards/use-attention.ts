// What "Needs attention" reads and finds for one account: the account home lists the items, the all-accounts page
// counts them. Only the families the person's role reads on that account are read; the others are left out.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { permission } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import { useMe } from '../app/account.ts'
import { listQuery } from '../kit/queries.ts'
import { itemsOf } from '../kit/descriptor.ts'
import { vmResource } from '../kit/registry.ts'
import { quotasQuery } from '../pages/quotas/queries.ts'
import {
  criticalQuotas,
  idlePublicIps,
  idleVolumes,
  oldSnapshots,
  openAdminPorts,
  sortAttention,
  stuckVms,
} from './attention.ts'
import { backendsDown } from './backends.ts'
import { dayOf, monthStart } from './month.ts'
import { useLoadBalancerHealth } from './use-lb-health.ts'
import {
  catalogQuery,
  consumptionQuery,
  publicIpsQuery,
  securityGroupsQuery,
  snapshotsQuery,
  volumesQuery,
} from './queries.ts'

/** The reads the rules look at; the section is drawn when the role allows at least one of them. */
export const ATTENTION_READS: readonly ActionName[] = [
  'ReadVms',
  'ReadSecurityGroups',
  'ReadVolumes',
  'ReadPublicIps',
  'ReadSnapshots',
  'ReadQuotas',
  'ReadVmsHealth',
]

export function useAttention(account: string, now: number, snapshotAgeDays: number) {
  const me = useMe()
  const allowed = (action: ActionName) => permission(me, account, action).allowed
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
  const lbHealth = useLoadBalancerHealth(account)
  const entries = catalog.data?.Catalog?.Entries
  const items = useMemo(
    () =>
      sortAttention([
        ...stuckVms(itemsOf(vmResource, vms.data), now),
        ...backendsDown(lbHealth.answers),
        ...openAdminPorts(groups.data?.SecurityGroups ?? []),
        ...idleVolumes(volumes.data?.Volumes ?? [], now, entries),
        ...idlePublicIps(ips.data?.PublicIps ?? [], entries),
        ...oldSnapshots(snapshots.data?.Snapshots ?? [], now, snapshotAgeDays, entries),
        ...criticalQuotas(quotas.data?.QuotaTypes ?? []),
      ]),
    [
      vms.data,
      groups.data,
      volumes.data,
      ips.data,
      snapshots.data,
      quotas.data,
      lbHealth.answers,
      entries,
      now,
      snapshotAgeDays,
    ],
  )
  const reads = [vms, groups, volumes, ips, snapshots, quotas, ...lbHealth.reads]
  return {
    items,
    /** The reads that failed and have nothing to show. */
    failed: reads.filter((q) => q.error && q.data === undefined),
    // A query that is not enabled stays pending without fetching: only the ones fetching count as loading.
    loading: reads.some((q) => q.isPending && q.fetchStatus === 'fetching'),
    /** Whether the role reads any of what the rules look at. */
    readable: ATTENTION_READS.some(allowed),
    readsSnapshots: allowed('ReadSnapshots'),
    currency: month.data?.Currency ?? undefined,
  }
}
