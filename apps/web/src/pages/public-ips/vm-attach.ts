import type { Vm } from '@osc-console/osc-api'

/** VMs that can take an address: not pending, not going away. */
export const attachableVm = (vm: Vm) => vm.State === 'running' || vm.State === 'stopped'
