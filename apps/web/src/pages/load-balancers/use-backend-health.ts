// The live health of a load balancer's backends (ReadVmsHealth), read while its page is open: fast while a
// backend is changing, then each read waits twice as long as the one before while nothing changes (lb-rules.ts).
import { useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { LoadBalancer } from '@osc-console/osc-api'
import { SLOW_MS, lastThrottle, oscQuery } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { nextHealthPoll, type HealthPollMemo as PollMemo } from './lb-rules.ts'

export function healthQuery(account: string, name: string) {
  return oscQuery(account, 'ReadVmsHealth', { LoadBalancerName: name })
}

/**
 * The backends' health. One reader per page polls (`poll`): each polling reader would keep its own timer. The others
 * read the cache, refreshed once a minute at most when they mount.
 */
export function useBackendHealth(account: string, lb: LoadBalancer, { poll }: { poll: boolean }) {
  const name = lb.LoadBalancerName ?? ''
  const registered = (lb.BackendVmIds ?? []).join(',')
  const allowed = useCan()('ReadVmsHealth').allowed
  const memo = useRef<PollMemo>({})
  return useQuery({
    ...healthQuery(account, name),
    enabled: allowed && name !== '' && registered !== '',
    staleTime: poll ? 0 : SLOW_MS,
    refetchInterval: (query) => {
      if (!poll) return false
      const step = nextHealthPoll(memo.current, {
        answeredAt: query.state.dataUpdatedAt,
        registered,
        health: query.state.data?.BackendVmHealth ?? [],
        hidden: typeof document !== 'undefined' && document.visibilityState === 'hidden',
        lastThrottledAt: lastThrottle(),
        now: Date.now(),
      })
      memo.current = step.memo
      return step.interval
    },
  })
}
