// The resource counts of the account home, by state: what is running, what waits, what is billed while idle.
import type { Image, LoadBalancer, PublicIp, Vm, Volume } from '@osc-console/osc-api'

/** OUTSCALE states in which a VM is changing from one stable state to another. */
export const TRANSITION_STATES: ReadonlySet<string> = new Set([
  'pending',
  'stopping',
  'shutting-down',
  'rebooting',
])

export interface VmCounts {
  running: number
  stopped: number
  /** Starting, stopping, rebooting or being terminated; quarantined VMs count here too. */
  changing: number
}

export function countVms(vms: readonly Vm[]): VmCounts {
  const counts: VmCounts = { running: 0, stopped: 0, changing: 0 }
  for (const vm of vms) {
    // A terminated VM is still listed for about an hour after; it is no longer part of the account.
    if (vm.State === 'terminated') continue
    if (vm.State === 'running') counts.running++
    else if (vm.State === 'stopped') counts.stopped++
    else if (TRANSITION_STATES.has(vm.State ?? '') || vm.State === 'quarantine') counts.changing++
  }
  return counts
}

export function countVolumes(volumes: readonly Volume[]): { inUse: number; available: number } {
  return {
    inUse: volumes.filter((v) => v.State === 'in-use').length,
    available: volumes.filter((v) => v.State === 'available').length,
  }
}

export function countPublicIps(ips: readonly PublicIp[]): { attached: number; idle: number } {
  const attached = ips.filter((ip) => ip.VmId || ip.NicId || ip.LinkPublicIpId).length
  return { attached, idle: ips.length - attached }
}

export function countLoadBalancers(lbs: readonly LoadBalancer[]): { total: number; backends: number } {
  return { total: lbs.length, backends: lbs.reduce((n, lb) => n + (lb.BackendVmIds?.length ?? 0), 0) }
}

/** The account's own images: ReadImages also lists the public ones OUTSCALE and others publish. */
export function ownImages(images: readonly Image[], accountId: string | undefined): Image[] {
  return accountId ? images.filter((image) => image.AccountId === accountId) : []
}
