// What can be done to a NIC, as data. OUTSCALE attaches a free NIC to a VM of its Net and Subregion, detaches
// any but a VM's primary NIC (device 0), deletes a NIC only once detached, and keeps a NIC's primary address.
import type { Nic, PrivateIp, Subnet, Vm } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import { text, type Text } from '../../i18n/text.ts'
import { parseRange, rangeContains } from '../nets/net-ranges.ts'

export const primaryIp = (nic: Nic) => nic.PrivateIps?.find((p) => p.IsPrimary)?.PrivateIp

export const nicCan = {
  attach: (nic: Nic): RuleCheck =>
    nic.State === 'available'
      ? allowed
      : { allowed: false, reason: text('nics.rule.attached', { vm: nic.LinkNic?.VmId ?? '' }) },
  detach: (nic: Nic): RuleCheck => {
    if (!nic.LinkNic?.LinkNicId) return { allowed: false, reason: text('nics.rule.notAttached') }
    if (nic.LinkNic.DeviceNumber === 0) return { allowed: false, reason: text('nics.rule.primary') }
    return allowed
  },
  delete: (nic: Nic): RuleCheck =>
    nic.State === 'in-use' || nic.LinkNic?.LinkNicId
      ? { allowed: false, reason: text('nics.rule.deleteAttached', { vm: nic.LinkNic?.VmId ?? '' }) }
      : allowed,
  removeIp: (ip: PrivateIp): RuleCheck =>
    ip.IsPrimary ? { allowed: false, reason: text('nics.rule.primaryIp') } : allowed,
}

/** VMs a NIC can be attached to: in its Net and Subregion, running or stopped. */
export function attachableVms(nic: Nic, vms: readonly Vm[]): Vm[] {
  return vms.filter(
    (vm) =>
      vm.NetId === nic.NetId &&
      vm.Placement?.SubregionName === nic.SubregionName &&
      (vm.State === 'running' || vm.State === 'stopped'),
  )
}

/** The lowest device number (1 to 7) the VM does not use yet. */
export function freeDeviceNumber(vm: Vm | undefined): number | undefined {
  const used = new Set((vm?.Nics ?? []).map((n) => n.LinkNic?.DeviceNumber))
  for (let n = 1; n <= 7; n++) if (!used.has(n)) return n
  return undefined
}

/** A private address given by hand: a single IPv4 address inside the Subnet, not used by another NIC there. */
export function privateIpProblem(
  ip: string,
  subnet: Subnet | undefined,
  nics: readonly Nic[],
): Text | undefined {
  const value = ip.trim()
  if (!value) return undefined
  if (!parseRange(`${value}/32`)) return text('nics.ip.invalid')
  if (subnet?.IpRange && !rangeContains(subnet.IpRange, `${value}/32`))
    return text('nics.ip.outside', { range: subnet.IpRange })
  const holder = nics.find((n) => n.PrivateIps?.some((p) => p.PrivateIp === value))
  if (holder) return text('nics.ip.taken', { nic: holder.NicId ?? '' })
  return undefined
}

export const nicBulkActions: readonly BulkAction<Nic>[] = [
  {
    key: 'detach',
    action: 'UnlinkNic',
    label: 'nics.detach',
    noneCan: 'nics.bulk.noneDetach',
    rule: nicCan.detach,
    params: (_id, nic) => ({ LinkNicId: nic.LinkNic?.LinkNicId }),
  },
  {
    key: 'delete',
    action: 'DeleteNic',
    label: 'nics.delete',
    noneCan: 'nics.bulk.noneDelete',
    rule: nicCan.delete,
    params: (id) => ({ NicId: id }),
    danger: true,
    typeToConfirm: { word: 'nics.bulk.deleteWord', warning: 'nics.delete.body' },
  },
]
