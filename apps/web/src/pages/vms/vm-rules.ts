// What can be done to a VM in its current state, as data: each rule answers allowed-or-reason, and the button
// shows the reason when it is disabled. Role checks come on top (useCan).
import type { Vm } from '@osc-console/osc-api'
import type { Check } from '../../ui/ActionButton.tsx'

const ok: Check = { allowed: true }
const no = (reason: string): Check => ({ allowed: false, reason })
const stateOf = (vm: Vm) => vm.State ?? 'unknown'

export const vmCan = {
  start: (vm: Vm): Check =>
    stateOf(vm) === 'stopped' ? ok : no(`Only a stopped VM can be started; this one is ${stateOf(vm)}.`),
  stop: (vm: Vm): Check =>
    stateOf(vm) === 'running' ? ok : no(`Only a running VM can be stopped; this one is ${stateOf(vm)}.`),
  forceStop: (vm: Vm): Check =>
    stateOf(vm) === 'running' || stateOf(vm) === 'stopping'
      ? ok
      : no(`Force stop is for a running VM or one stuck stopping; this one is ${stateOf(vm)}.`),
  reboot: (vm: Vm): Check =>
    stateOf(vm) === 'running' ? ok : no(`Only a running VM can be rebooted; this one is ${stateOf(vm)}.`),
  terminate: (vm: Vm): Check => {
    const state = stateOf(vm)
    if (state === 'terminated' || state === 'shutting-down') return no(`This VM is already ${state}.`)
    if (vm.DeletionProtection)
      return no('Deletion protection is on. Turn it off with Edit before terminating.')
    return ok
  },
  edit: (vm: Vm): Check =>
    stateOf(vm) === 'terminated' || stateOf(vm) === 'shutting-down'
      ? no(`A ${stateOf(vm)} VM cannot be edited.`)
      : ok,
  changeType: (vm: Vm): Check =>
    stateOf(vm) === 'stopped'
      ? ok
      : no(`The VM type can be changed only while the VM is stopped; it is ${stateOf(vm)}.`),
  readConsole: (vm: Vm): Check =>
    stateOf(vm) === 'terminated' ? no('A terminated VM has no console output.') : ok,
}

export type VmAction = 'start' | 'stop' | 'reboot' | 'terminate'

export interface BulkAction {
  label: string
  past: string
  action: 'StartVms' | 'StopVms' | 'RebootVms' | 'DeleteVms'
  rule: (vm: Vm) => Check
}

export const bulkActions: Record<VmAction, BulkAction> = {
  start: { label: 'Start', past: 'started', action: 'StartVms', rule: vmCan.start },
  stop: { label: 'Stop', past: 'stopped', action: 'StopVms', rule: vmCan.stop },
  reboot: { label: 'Reboot', past: 'rebooted', action: 'RebootVms', rule: vmCan.reboot },
  terminate: { label: 'Terminate', past: 'terminated', action: 'DeleteVms', rule: vmCan.terminate },
}
