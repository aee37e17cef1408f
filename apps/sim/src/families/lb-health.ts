// Backend health as a load balancer's health checks see it, on the simulator clock: a backend is InService once its
// VM has answered HealthyThreshold checks in a row (HealthyThreshold × CheckInterval after it was registered or
// came back), and OutOfService once it failed UnhealthyThreshold checks in a row. Whether a VM answers follows
// its compute meters (open while it runs), so health is derived when read, with no timer per backend, and a
// long clock advance costs nothing.
import type { BackendVmHealth, LoadBalancer, Vm } from '@osc-console/osc-api'
import type { AccountState } from '../state.ts'

interface Registration {
  registeredAt: number
}

function registrations(account: AccountState): Map<string, Registration> {
  return account.store<Registration>('lb-backend-registrations')
}

const key = (lbName: string, vmId: string) => `${lbName}\u0000${vmId}`

/**
 * Backends added through the API start being checked now; seeded ones have been checked for ever, and registering
 * a backend again does not restart its checks. Call before adding the ids to the load balancer.
 */
export function noteRegistered(
  account: AccountState,
  lb: LoadBalancer,
  vmIds: readonly string[],
  at: number,
): void {
  for (const vmId of vmIds) {
    if (lb.BackendVmIds?.includes(vmId)) continue
    registrations(account).set(key(lb.LoadBalancerName ?? '', vmId), { registeredAt: at })
  }
}

export function noteDeregistered(account: AccountState, lbName: string, vmIds: readonly string[]): void {
  for (const vmId of vmIds) registrations(account).delete(key(lbName, vmId))
}

export function forgetLoadBalancer(account: AccountState, lbName: string, vmIds: readonly string[]): void {
  noteDeregistered(account, lbName, vmIds)
}

/** The spans during which each VM ran (its compute meters), oldest first. */
function runningSpans(
  account: AccountState,
  vmIds: ReadonlySet<string>,
): Map<string, Array<[number, number]>> {
  const spans = new Map<string, Array<[number, number]>>()
  for (const m of account.meters) {
    if (!vmIds.has(m.resourceId) || !m.type.startsWith('BoxUsage:')) continue
    let list = spans.get(m.resourceId)
    if (!list) spans.set(m.resourceId, (list = []))
    list.push([m.start, m.end ?? Infinity])
  }
  for (const list of spans.values()) list.sort((a, b) => a[0] - b[0])
  return spans
}

type Verdict = 'in' | 'registering' | 'down'

/**
 * The health-check verdict at `now` for a backend registered at `since`, whose VM answers during `spans` (and now
 * if `answering`). Only the current and the previous span matter: a shorter history never outlives a threshold.
 */
export function verdict(input: {
  now: number
  since: number
  answering: boolean
  spans: ReadonlyArray<readonly [number, number]>
  healthyMs: number
  unhealthyMs: number
}): Verdict {
  const { now, since, answering, healthyMs, unhealthyMs } = input
  const spans = input.spans.filter(([, end]) => end > since)
  const wasHealthyAtEnd = (span: readonly [number, number] | undefined) =>
    span !== undefined && span[1] - Math.max(since, span[0]) >= healthyMs
  if (answering) {
    const current = spans.find(([start, end]) => start <= now && end === Infinity)
    const from = Math.max(since, current?.[0] ?? -Infinity)
    if (now - from >= healthyMs) return 'in'
    const previous = spans.filter(([, end]) => end <= from).at(-1)
    if (!previous) return 'registering'
    return wasHealthyAtEnd(previous) && from - previous[1] < unhealthyMs ? 'in' : 'down'
  }
  const last = spans.filter(([, end]) => end <= now).at(-1)
  if (!last || last[1] <= since) return 'down'
  return wasHealthyAtEnd(last) && now - last[1] < unhealthyMs ? 'in' : 'down'
}

const IN_SERVICE = { State: 'InService', StateReason: 'N/A', Description: 'N/A' }

/** ReadVmsHealth's answer for the given backends (all of them by default). */
export function backendHealth(
  account: AccountState,
  lb: LoadBalancer,
  now: number,
  ids: readonly string[] = lb.BackendVmIds ?? [],
): BackendVmHealth[] {
  const check = lb.HealthCheck
  const intervalMs = (check?.CheckInterval ?? 30) * 1000
  const healthyMs = (check?.HealthyThreshold ?? 10) * intervalMs
  const unhealthyMs = (check?.UnhealthyThreshold ?? 2) * intervalMs
  const spans = runningSpans(account, new Set(ids))
  return ids.map((vmId): BackendVmHealth => {
    const vm = account.registry.get(vmId)?.obj as Vm | undefined
    if (!vm || vm.State === 'terminated')
      return {
        VmId: vmId,
        State: 'OutOfService',
        StateReason: 'ELB',
        Description: 'Instance is in terminated state.',
      }
    // A seeded failing check has no start time: it fails from the first look.
    if (vm.Tags?.some((t) => t.Key === 'sim:health' && t.Value === 'unhealthy'))
      return {
        VmId: vmId,
        State: 'OutOfService',
        StateReason: 'Instance',
        Description:
          'Instance has failed at least the UnhealthyThreshold number of health checks consecutively.',
      }
    const running = vm.State === 'running'
    const vmSpans = spans.get(vmId) ?? (running ? [[-Infinity, Infinity] as const] : [])
    const since = registrations(account).get(key(lb.LoadBalancerName ?? '', vmId))?.registeredAt ?? -Infinity
    const judged = verdict({ now, since, answering: running, spans: vmSpans, healthyMs, unhealthyMs })
    if (judged === 'in') return { VmId: vmId, ...IN_SERVICE }
    if (judged === 'registering')
      return {
        VmId: vmId,
        State: 'OutOfService',
        StateReason: 'ELB',
        Description: 'Instance registration is still in progress.',
      }
    return running
      ? {
          VmId: vmId,
          State: 'OutOfService',
          StateReason: 'Instance',
          Description:
            'Instance has failed at least the UnhealthyThreshold number of health checks consecutively.',
        }
      : {
          VmId: vmId,
          State: 'OutOfService',
          StateReason: 'ELB',
          Description: `Instance is in ${vm.State ?? 'unknown'} state.`,
        }
  })
}
