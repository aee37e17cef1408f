import { describe, expect, it } from 'vitest'
import type { LoadBalancer } from '@osc-console/osc-api'
import { MAX_HEALTH_READS, backendsDown, countBackendHealth, loadBalancersToCheck } from './backends.ts'

const lb = (name: string, backends: string[]): LoadBalancer => ({
  LoadBalancerName: name,
  BackendVmIds: backends,
})

describe('backend health on the dashboards', () => {
  it('reads the health of the first load balancers that have backends, and counts the ones left out', () => {
    const many = Array.from({ length: MAX_HEALTH_READS + 3 }, (_, i) => lb(`lb-${i}`, ['i-1']))
    const { checked, skipped } = loadBalancersToCheck([lb('empty', []), ...many])
    expect(checked.map((l) => l.LoadBalancerName)).toEqual(
      many.slice(0, MAX_HEALTH_READS).map((l) => l.LoadBalancerName),
    )
    expect(skipped).toBe(3)
    expect(loadBalancersToCheck([lb('a', ['i-1']), lb('b', [])])).toEqual({
      checked: [lb('a', ['i-1'])],
      skipped: 0,
    })
  })

  it('counts backends up, down and not yet known', () => {
    expect(
      countBackendHealth([
        { lb: lb('a', []), health: [{ State: 'InService' }, { State: 'OutOfService' }] },
        { lb: lb('b', []), health: [{ State: 'InService' }, { State: 'Unknown' }] },
      ]),
    ).toEqual({ up: 2, down: 1, unknown: 1 })
  })

  it('lists each load balancer with a backend down, linked to its page, naming the VMs', () => {
    const items = backendsDown([
      {
        lb: lb('web', []),
        health: [
          { VmId: 'i-1', State: 'OutOfService' },
          { VmId: 'i-2', State: 'InService' },
        ],
      },
      { lb: lb('api', []), health: [{ VmId: 'i-3', State: 'InService' }] },
    ])
    expect(items).toEqual([
      {
        rule: 'backend-down',
        id: 'web',
        target: { kind: 'resource', section: 'load-balancers', id: 'web' },
        reason: { id: 'home.why.backendDown', values: { down: 1, total: 2, vms: 'i-1' } },
      },
    ])
  })
})
