// What can be done to a VM in its current state, as data: each rule answers allowed-or-reason, and the button
// shows the reason when it is disabled. Role checks come on top (useCan).
import type { Vm } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import type { MessageId } from '../../i18n/catalog.ts'
import type { BulkAction } from '../../kit/BulkBar.tsx'

const no = (id: MessageId, state: string): RuleCheck => ({ allowed: false, reason: text(id, { state }) })
const stateOf = (vm: Vm) => vm.State ?? 'unknown'

export const vmCan = {
  start: (vm: Vm): RuleCheck => (stateOf(vm) === 'stopped' ? allowed : no('vms.rule.start', stateOf(vm))),
  stop: (vm: Vm): RuleCheck => (stateOf(vm) === 'running' ? allowed : no('vms.rule.stop', stateOf(vm))),
  forceStop: (vm: Vm): RuleCheck =>
    stateOf(vm) === 'running' || stateOf(vm) === 'stopping' ? allowed : no('vms.rule.forceStop', stateOf(vm)),
  reboot: (vm: Vm): RuleCheck => (stateOf(vm) === 'running' ? allowed : no('vms.rule.reboot', stateOf(vm))),
  terminate: (vm: Vm): RuleCheck => {
    const state = stateOf(vm)
    if (state === 'terminated' || state === 'shutting-down') return no('vms.rule.terminate.already', state)
    if (vm.DeletionProtection) return no('vms.rule.terminate.protected', state)
    return allowed
  },
  edit: (vm: Vm): RuleCheck =>
    stateOf(vm) === 'terminated' || stateOf(vm) === 'shutting-down'
      ? no('vms.rule.edit', stateOf(vm))
      : allowed,
  changeType: (vm: Vm): RuleCheck =>
    stateOf(vm) === 'stopped' ? allowed : no('vms.rule.changeType', stateOf(vm)),
  readConsole: (vm: Vm): RuleCheck =>
    stateOf(vm) === 'terminated' ? no('vms.rule.readConsole', stateOf(vm)) : allowed,
}

const byVm = (id: string) => ({ VmIds: [id] })

export const vmBulkActions: readonly BulkAction<Vm>[] = [
  {
    key: 'start',
    action: 'StartVms',
    label: 'vms.start',
    noneCan: 'vms.bulk.noneStart',
    rule: vmCan.start,
    params: byVm,
  },
  {
    key: 'stop',
    action: 'StopVms',
    label: 'vms.stop',
    noneCan: 'vms.bulk.noneStop',
    rule: vmCan.stop,
    params: byVm,
  },
  {
    key: 'reboot',
    action: 'RebootVms',
    label: 'vms.reboot',
    noneCan: 'vms.bulk.noneReboot',
    rule: vmCan.reboot,
    params: byVm,
  },
  {
    key: 'terminate',
    action: 'DeleteVms',
    label: 'vms.terminate',
    noneCan: 'vms.bulk.noneTerminate',
    rule: vmCan.terminate,
    params: byVm,
    danger: true,
    typeToConfirm: { word: 'vms.bulk.terminateWord', warning: 'vms.bulk.terminateWarning' },
  },
]
