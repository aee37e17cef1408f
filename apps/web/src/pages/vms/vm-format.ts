import type { Vm } from '@osc-console/osc-api'
import { tagPairs } from '../../kit/descriptor.ts'

export function vmName(vm: Vm): string {
  return vm.Tags?.find((t) => t.Key === 'Name')?.Value ?? ''
}

export interface VmSize {
  vcpu: number
  memoryGiB: number
}

/** OUTSCALE type names spell the size: tinav5.c2r4p2 = 2 vCPU, 4 GiB (performance 2). */
export function parseVmType(type: string | undefined): VmSize | undefined {
  const match = /c(\d+)r(\d+)/.exec(type ?? '')
  if (!match) return undefined
  return { vcpu: Number(match[1]), memoryGiB: Number(match[2]) }
}

export function vmTypeText(type: string | undefined): string {
  const size = parseVmType(type)
  return size ? `${type} (${size.vcpu} vCPU, ${size.memoryGiB} GiB)` : (type ?? '')
}

export function vmSearchText(vm: Vm): string {
  return [
    vmName(vm),
    vm.VmId,
    vm.PrivateIp,
    vm.PublicIp,
    vm.VmType,
    vm.ImageId,
    vm.KeypairName,
    ...tagPairs(vm.Tags),
    ...(vm.SecurityGroups ?? []).map((g) => g.SecurityGroupName),
  ]
    .filter(Boolean)
    .join(' ')
}
