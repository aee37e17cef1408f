// Reading VMs: the list with its filters, their states, the console output and the Windows admin password.
import type { Vm } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { readList } from '../filters.ts'
import { readStore } from '../store-read.ts'
import { findVm, meta, vms } from './vms.ts'

export const handlers: HandlerMap = {
  ReadVms: (req, ctx) => {
    const { page, nextPageToken } = readStore(ctx, vms(ctx.account), req, {
      VmStateNames: 'State',
      VmTypes: 'VmType',
      SubregionNames: (vm) => (vm as Vm).Placement?.SubregionName,
      Tenancies: (vm) => (vm as Vm).Placement?.Tenancy,
      VmSecurityGroupIds: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupId),
      VmSecurityGroupNames: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupName),
      SecurityGroupIds: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupId),
      SecurityGroupNames: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupName),
      NicNicIds: (vm) => (vm as Vm).Nics?.map((n) => n.NicId),
      BlockDeviceMappingVolumeIds: (vm) => (vm as Vm).BlockDeviceMappings?.map((b) => b.Bsu?.VolumeId),
    })
    return { Vms: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },

  ReadVmsState: (req, ctx) => {
    const all = [...vms(ctx.account).values()].filter((vm) => req.AllVms || vm.State === 'running')
    const states = all.map((vm) => ({
      VmId: vm.VmId,
      VmState: vm.State,
      SubregionName: vm.Placement?.SubregionName,
      MaintenanceEvents: [],
    }))
    const { page, nextPageToken } = readList(states, req, { VmStates: 'VmState' })
    return { VmStates: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  ReadConsoleOutput: (req, ctx) => {
    const vm = findVm(ctx.account, req.VmId)
    const log = meta(ctx.account).get(req.VmId)?.bootLog ?? []
    const text = vm.State === 'pending' ? '' : `${log.join('\n')}\n`
    return { VmId: req.VmId, ConsoleOutput: Buffer.from(text).toString('base64') }
  },

  ReadAdminPassword: (req, ctx) => {
    const vm = findVm(ctx.account, req.VmId)
    // The password exists once a Windows VM has booted; Linux VMs have none.
    const ready = vm.State !== 'pending'
    return {
      VmId: req.VmId,
      AdminPassword: ready ? (meta(ctx.account).get(req.VmId)?.adminPassword ?? '') : '',
    }
  },
}
