// The health of the backends of an account's first load balancers (see backends.ts), read when the role allows
// both ReadLoadBalancers and ReadVmsHealth; the home's counts and "Needs attention" share the same queries.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { permission } from '@osc-console/data'
import { useMe } from '../app/account.ts'
import { loadBalancersToCheck, type LbHealth } from './backends.ts'
import { backendHealthQuery, loadBalancersQuery } from './queries.ts'

export function useLoadBalancerHealth(account: string) {
  const me = useMe()
  const readable =
    permission(me, account, 'ReadLoadBalancers').allowed && permission(me, account, 'ReadVmsHealth').allowed
  const lbs = useQuery({ ...loadBalancersQuery(account), enabled: readable })
  const { checked, skipped } = useMemo(() => loadBalancersToCheck(lbs.data?.LoadBalancers ?? []), [lbs.data])
  const names = useMemo(() => checked.map((lb) => lb.LoadBalancerName ?? ''), [checked])
  const health = useQuery({
    ...backendHealthQuery(account, names),
    enabled: readable && names.length > 0,
  })
  const answers = useMemo(
    (): LbHealth[] => (health.data ? checked.map((lb, i) => ({ lb, health: health.data[i] ?? [] })) : []),
    [checked, health.data],
  )
  return {
    readable,
    answers,
    checked: checked.length,
    skipped,
    /** Every read behind the answers, for loading and error states. */
    reads: names.length > 0 ? [lbs, health] : [lbs],
    complete: lbs.data !== undefined && (names.length === 0 || health.data !== undefined),
  }
}
