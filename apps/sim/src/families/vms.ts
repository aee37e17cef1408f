// VMs: the full lifecycle on the simulator clock (pending → running, stopping → stopped, shutting-down →
// terminated, terminated listed for an hour then gone), DeletionProtection, quotas (VMs, cores, memory) and
// metering while running. Creating VMs is in vm-create.ts, reading them in vm-reads.ts.
import type { PublicIp, Vm, VmState } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import type { AccountState, World } from '../state.ts'
import { defineUsage, iso, must } from './common.ts'
import { nics } from './nets.ts'
import { meterIdle } from './public-ips.ts'
import { findVmType } from './vm-types.ts'
import { removeVolume, volumes } from './volumes.ts'

export const VMS = 'vms'
export const PENDING_MS = 10_000
export const STOPPING_MS = 5_000
export const FORCE_STOPPING_MS = 1_000
export const SHUTTING_DOWN_MS = 5_000
/** Terminated VMs stay listed this long, then disappear, as on the real API. */
export const TERMINATED_VISIBLE_MS = 60 * 60_000

export interface VmMeta {
  adminPassword: string
  bootLog: string[]
}

export function vms(account: AccountState): Map<string, Vm> {
  return account.store<Vm>(VMS)
}

export function meta(account: AccountState): Map<string, VmMeta> {
  return account.store<VmMeta>('vm-meta')
}

export function live(vm: Vm): boolean {
  return vm.State !== 'terminated' && vm.State !== 'shutting-down'
}

defineUsage('vm_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n++
  return n
})
defineUsage('core_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n += findVmType(vm.VmType ?? '')?.VcoreCount ?? 1
  return n
})
defineUsage('memory_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n += findVmType(vm.VmType ?? '')?.MemorySize ?? 1
  return n
})

export function findVm(account: AccountState, id: string): Vm {
  return must(vms(account).get(id), 'noSuchVm', `The VM ${id} does not exist.`)
}

export function startComputeMeter(account: AccountState, vm: Vm, at: number): void {
  account.startMeter({
    resourceId: vm.VmId ?? '',
    service: 'TinaOS-FCU',
    type: `BoxUsage:${vm.VmType ?? ''}`,
    operation: 'RunInstances-OD',
    subregionName: vm.Placement?.SubregionName ?? '',
    unitsPerHour: 1,
    start: at,
  })
}

function stopComputeMeter(account: AccountState, vm: Vm, at: number): void {
  account.stopMeters(vm.VmId ?? '', at, `BoxUsage:${vm.VmType ?? ''}`)
}

/** pending → running (or stopped when BootOnCreation is false) once PENDING_MS have passed. */
export function schedulePendingDone(
  world: World,
  account: AccountState,
  vm: Vm,
  at: number,
  target: 'running' | 'stopped',
) {
  world.schedule(at, () => {
    if (vm.State !== 'pending') return
    vm.State = target
    if (target === 'running') {
      startComputeMeter(account, vm, at)
      meta(account)
        .get(vm.VmId ?? '')
        ?.bootLog.push(`[  OK  ] Reached target Multi-User System at ${iso0(at)}`)
    }
  })
}

export function iso0(at: number): string {
  return new Date(at).toISOString()
}

function stateChange(vm: Vm, previous: string): VmState {
  return { VmId: vm.VmId, PreviousState: previous, CurrentState: vm.State }
}

export function terminate(world: World, account: AccountState, vm: Vm, at: number): void {
  vm.State = 'shutting-down'
  stopComputeMeter(account, vm, at)
  world.schedule(at + SHUTTING_DOWN_MS, () => {
    const doneAt = at + SHUTTING_DOWN_MS
    vm.State = 'terminated'
    for (const bdm of vm.BlockDeviceMappings ?? []) {
      const volId = bdm.Bsu?.VolumeId
      const vol = volId ? volumes(account).get(volId) : undefined
      if (!vol || !volId) continue
      if (bdm.Bsu?.DeleteOnVmDeletion) removeVolume(account, volId, doneAt)
      else {
        vol.State = 'available'
        vol.LinkedVolumes = []
      }
    }
    vm.BlockDeviceMappings = []
    for (const nicLight of vm.Nics ?? []) {
      if (nicLight.NicId) {
        nics(account).delete(nicLight.NicId)
        account.unregister(nicLight.NicId)
      }
    }
    vm.Nics = []
    // A public IP linked to the VM goes back to the pool of the account, idle (and billed as such).
    for (const ip of account.store<PublicIp>('public-ips').values()) {
      if (ip.VmId !== vm.VmId) continue
      for (const k of ['LinkPublicIpId', 'VmId', 'NicId', 'NicAccountId', 'PrivateIp'] as const) delete ip[k]
      meterIdle(account, ip, doneAt)
    }
    delete vm.PublicIp
    delete vm.PublicDnsName
    world.schedule(doneAt + TERMINATED_VISIBLE_MS, () => {
      vms(account).delete(vm.VmId ?? '')
      meta(account).delete(vm.VmId ?? '')
      account.unregister(vm.VmId ?? '')
    })
  })
}

export function requireNotPending(vm: Vm, what: string): void {
  if (vm.State === 'pending') {
    throw oscError(
      'neverStarted',
      `The VM ${vm.VmId ?? ''} is still pending; wait until it is running before you ${what} it.`,
    )
  }
}

export const handlers: HandlerMap = {
  StartVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      if (vm.State === 'stopping' || !live(vm)) {
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}; it can be started once stopped.`,
        )
      }
    }
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (vm.State === 'stopped') {
          vm.State = 'pending'
          schedulePendingDone(ctx.world, ctx.account, vm, ctx.now + PENDING_MS, 'running')
        }
        return stateChange(vm, previous)
      }),
    }
  },

  StopVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      requireNotPending(vm, 'stop')
      if (!live(vm)) throw oscError('invalidVmState', `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}.`)
    }
    const delay = req.ForceStop ? FORCE_STOPPING_MS : STOPPING_MS
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (vm.State === 'running') {
          vm.State = 'stopping'
          stopComputeMeter(ctx.account, vm, ctx.now)
          ctx.world.schedule(ctx.now + delay, () => {
            if (vm.State === 'stopping') vm.State = 'stopped'
          })
        }
        return stateChange(vm, previous)
      }),
    }
  },

  RebootVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      requireNotPending(vm, 'reboot')
      if (vm.State !== 'running')
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}; only running VMs reboot.`,
        )
    }
    for (const vm of list)
      meta(ctx.account)
        .get(vm.VmId ?? '')
        ?.bootLog.push(`[    0.000000] reboot requested at ${iso(ctx)}`)
    return {}
  },

  DeleteVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      if (vm.DeletionProtection) {
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} has DeletionProtection on; turn it off with UpdateVm before deleting it.`,
        )
      }
    }
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (live(vm)) terminate(ctx.world, ctx.account, vm, ctx.now)
        return stateChange(vm, previous)
      }),
    }
  },
}
