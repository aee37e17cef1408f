// The health of load balancers' backends on the dashboards: ReadVmsHealth is one call per load balancer, so only
// the first few that have backends are read, and the home says so when there are more. Pure functions of what
// OUTSCALE returned, tested without a browser.
import type { BackendVmHealth, LoadBalancer } from '@osc-console/osc-api'
import { text } from '../i18n/text.ts'
import type { AttentionItem } from './attention.ts'

/** Load balancers whose backends' health the dashboards read, at most: one call each. */
export const MAX_HEALTH_READS = 10

/** The load balancers with backends whose health is read (the first MAX_HEALTH_READS), and how many are left out. */
export function loadBalancersToCheck(lbs: readonly LoadBalancer[]): {
  checked: LoadBalancer[]
  skipped: number
} {
  const withBackends = lbs.filter((lb) => lb.LoadBalancerName && (lb.BackendVmIds?.length ?? 0) > 0)
  return {
    checked: withBackends.slice(0, MAX_HEALTH_READS),
    skipped: Math.max(0, withBackends.length - MAX_HEALTH_READS),
  }
}

export interface LbHealth {
  lb: LoadBalancer
  health: readonly BackendVmHealth[]
}

/** OUTSCALE's states: InService (up), OutOfService (down), Unknown (neither yet). */
export function countBackendHealth(answers: readonly LbHealth[]): {
  up: number
  down: number
  unknown: number
} {
  const counts = { up: 0, down: 0, unknown: 0 }
  for (const { health } of answers)
    for (const backend of health) {
      if (backend.State === 'InService') counts.up += 1
      else if (backend.State === 'OutOfService') counts.down += 1
      else counts.unknown += 1
    }
  return counts
}

/** One item per load balancer with a backend out of service, naming the VMs down (the first three). */
export function backendsDown(answers: readonly LbHealth[]): AttentionItem[] {
  return answers.flatMap(({ lb, health }): AttentionItem[] => {
    const down = health.filter((b) => b.State === 'OutOfService')
    const name = lb.LoadBalancerName ?? ''
    if (down.length === 0 || !name) return []
    const vms = down.map((b) => b.VmId ?? '').filter(Boolean)
    return [
      {
        rule: 'backend-down',
        id: name,
        target: { kind: 'resource', section: 'load-balancers', id: name },
        reason: text('home.why.backendDown', {
          down: down.length,
          total: health.length,
          vms: vms.slice(0, 3).join(', ') + (vms.length > 3 ? ', …' : ''),
        }),
      },
    ]
  })
}
