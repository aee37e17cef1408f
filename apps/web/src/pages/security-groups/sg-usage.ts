// What uses each security group, from the account's VMs, load balancers and NICs: the same reads (same keys) as
// their own list pages, so opening the groups after the VMs costs no extra call.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { LoadBalancer, Nic, Vm } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { findResource } from '../../kit/registry.ts'
import { itemsOf, type ResourceDescriptor } from '../../kit/descriptor.ts'
import { listQuery } from '../../kit/queries.ts'
import { groupUsage, type GroupUsage } from './sg-rules.ts'

function useListOf<T extends object>(account: string, section: string) {
  const d = findResource(section) as ResourceDescriptor<T> | undefined
  if (!d) throw new Error(`No resource descriptor for ${section}`)
  const allowed = useCan()(d.read).allowed
  const query = useQuery({ ...listQuery(d, account), enabled: allowed })
  return { d, query, allowed }
}

export interface UsageAnswer {
  /** Undefined until all three reads have answered (or when the role may not make one of them). */
  usage: Map<string, GroupUsage> | undefined
  /** A VM's name by its id, for links that say more than an id. */
  vmName: (id: string) => string | undefined
  error: unknown
  retry: () => void
}

export function useGroupUsage(account: string): UsageAnswer {
  const vms = useListOf<Vm>(account, 'vms')
  const lbs = useListOf<LoadBalancer>(account, 'load-balancers')
  const nics = useListOf<Nic>(account, 'nics')
  const ready = vms.query.data !== undefined && lbs.query.data !== undefined && nics.query.data !== undefined
  const usage = useMemo(
    () =>
      ready
        ? groupUsage({
            vms: itemsOf(vms.d, vms.query.data),
            loadBalancers: itemsOf(lbs.d, lbs.query.data),
            nics: itemsOf(nics.d, nics.query.data),
          })
        : undefined,
    [ready, vms.d, vms.query.data, lbs.d, lbs.query.data, nics.d, nics.query.data],
  )
  const vmNames = useMemo(
    () => new Map(itemsOf(vms.d, vms.query.data).map((vm) => [vms.d.idOf(vm), vms.d.nameOf(vm)])),
    [vms.d, vms.query.data],
  )
  return {
    usage,
    vmName: (id) => vmNames.get(id) || undefined,
    error: vms.query.error ?? lbs.query.error ?? nics.query.error,
    retry: () => {
      for (const q of [vms.query, lbs.query, nics.query]) if (q.error) void q.refetch()
    },
  }
}
