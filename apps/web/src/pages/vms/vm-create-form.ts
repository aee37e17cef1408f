// The create-VM form as data: its state (kept in sessionStorage while the person fills it in), the CreateVms
// request it makes, and the quota check done before anything is sent.
import type { Quota, Request, ResourceTag } from '@osc-console/osc-api'
import type { Check } from '../../ui/ActionButton.tsx'
import { parseVmType } from './vm-format.ts'

export interface ExtraVolume {
  sizeGiB: number
  type: 'standard' | 'gp2' | 'io1'
  iops?: number
}

export interface CreateVmForm {
  name: string
  imageId: string
  vmType: string
  keypairName: string
  securityGroupIds: string[]
  placement: 'public' | 'net'
  subregion: string
  netId: string
  subnetId: string
  rootSizeGiB: number
  rootType: 'standard' | 'gp2' | 'io1'
  volumes: ExtraVolume[]
  userData: string
  tags: ResourceTag[]
  deletionProtection: boolean
  /** Kept with the form so that a retried submission cannot create a second VM. */
  clientToken: string
}

export function newClientToken(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

export const initialForm = (): CreateVmForm => ({
  name: '',
  imageId: '',
  vmType: 'tinav5.c1r1p2',
  keypairName: '',
  securityGroupIds: [],
  placement: 'public',
  subregion: '',
  netId: '',
  subnetId: '',
  rootSizeGiB: 10,
  rootType: 'gp2',
  volumes: [],
  userData: '',
  tags: [],
  deletionProtection: false,
  clientToken: newClientToken(),
})

/** User data travels base64-encoded; the person types plain text (UTF-8). */
export function encodeUserData(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

const deviceLetters = 'bcdefghijklmnopqrstuvwxyz'

export function buildCreateVmsParams(form: CreateVmForm): Request<'CreateVms'> {
  const params: Request<'CreateVms'> = {
    ImageId: form.imageId,
    VmType: form.vmType,
    MinVmsCount: 1,
    MaxVmsCount: 1,
    ClientToken: form.clientToken,
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/sda1',
        Bsu: { VolumeSize: form.rootSizeGiB, VolumeType: form.rootType, DeleteOnVmDeletion: true },
      },
      ...form.volumes.map((v, i) => ({
        DeviceName: `/dev/xvd${deviceLetters[i] ?? 'z'}`,
        Bsu: {
          VolumeSize: v.sizeGiB,
          VolumeType: v.type,
          DeleteOnVmDeletion: true,
          ...(v.type === 'io1' && v.iops ? { Iops: v.iops } : {}),
        },
      })),
    ],
  }
  if (form.keypairName) params.KeypairName = form.keypairName
  if (form.securityGroupIds.length) params.SecurityGroupIds = form.securityGroupIds
  if (form.placement === 'net') {
    if (form.subnetId) params.SubnetId = form.subnetId
  } else if (form.subregion) {
    params.Placement = { SubregionName: form.subregion }
  }
  if (form.userData.trim()) params.UserData = encodeUserData(form.userData)
  if (form.deletionProtection) params.DeletionProtection = true
  return params
}

/** Problems the person must fix before anything is sent; keyed by field. */
export function validateForm(form: CreateVmForm): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!form.imageId) problems.imageId = 'Choose an image.'
  if (!form.vmType) problems.vmType = 'Choose a VM type.'
  if (form.placement === 'net' && !form.subnetId)
    problems.subnetId = 'Choose a subnet of the Net, or place the VM in the public cloud.'
  if (form.rootSizeGiB < 1 || form.rootSizeGiB > 14901)
    problems.rootSizeGiB = 'The root volume must be 1 to 14,901 GiB.'
  form.volumes.forEach((v, i) => {
    if (!(v.sizeGiB >= 1 && v.sizeGiB <= 14901))
      problems[`volumes.${i}`] = `Volume ${i + 1} must be 1 to 14,901 GiB.`
  })
  if (form.userData.length > 500_000) problems.userData = 'User data is limited to about 500 KB.'
  const keys = form.tags.map((t) => t.Key.trim()).filter(Boolean)
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i)
  if (duplicate) problems.tags = `The tag key “${duplicate}” is used twice.`
  if (keys.includes('Name')) problems.tags = 'Set the name in the Name field, not as a tag.'
  return problems
}

export interface QuotaLine {
  name: 'vm_limit' | 'core_limit' | 'memory_limit'
  label: string
  used: number
  max: number
  requested: number
}

/** The three compute quotas this VM would use, from ReadQuotas' answer. */
export function quotaLines(quotas: Quota[], vmType: string): QuotaLine[] {
  const size = parseVmType(vmType) ?? { vcpu: 0, memoryGiB: 0 }
  const find = (name: string) => quotas.find((q) => q.Name === name)
  const lines: Array<[QuotaLine['name'], string, number]> = [
    ['vm_limit', 'VMs', 1],
    ['core_limit', 'vCPU cores', size.vcpu],
    ['memory_limit', 'Memory (GiB)', size.memoryGiB],
  ]
  return lines.flatMap(([name, label, requested]) => {
    const quota = find(name)
    if (!quota || quota.MaxValue === undefined) return []
    return [{ name, label, used: quota.UsedValue ?? 0, max: quota.MaxValue, requested }]
  })
}

export function quotaCheck(lines: QuotaLine[]): Check {
  const over = lines.filter((l) => l.used + l.requested > l.max)
  if (!over.length) return { allowed: true }
  return {
    allowed: false,
    reason:
      over
        .map((l) => `${l.label}: ${l.used} of ${l.max} used, this VM needs ${l.requested} more`)
        .join('; ') + '. Free some resources or ask OUTSCALE support to raise the quota.',
  }
}
