// The create-VM form as data: its state (kept in sessionStorage while the person fills it in), the CreateVms
// request it makes, its checks, where the server's problems show, and the quotas a VM uses.
import type { FieldPath } from 'react-hook-form'
import type { Request, ResourceTag } from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import type { ParameterFields } from '../../forms/field-errors.ts'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { duplicateTagProblem } from '../../forms/validators.ts'
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

/** Problems the person must fix before anything is sent, keyed by field path. */
export function validateForm(form: CreateVmForm): Partial<Record<string, Text>> {
  const problems: Partial<Record<string, Text>> = {}
  if (!form.imageId) problems.imageId = text('vmForms.problem.image')
  if (!form.vmType) problems.vmType = text('vmForms.problem.vmType')
  if (form.placement === 'net' && !form.subnetId) problems.subnetId = text('vmForms.problem.subnet')
  const validSize = (size: number) => size >= 1 && size <= 14901
  if (!validSize(form.rootSizeGiB)) problems.rootSizeGiB = text('vmForms.problem.rootSize')
  form.volumes.forEach((v, i) => {
    if (!validSize(v.sizeGiB))
      problems[`volumes.${i}.sizeGiB`] = text('vmForms.problem.volumeSize', { n: i + 1 })
  })
  if (form.userData.length > 500_000) problems.userData = text('vmForms.problem.userData')
  const tagProblem = form.tags.some((t) => t.Key.trim() === 'Name')
    ? text('vmForms.problem.nameTag')
    : duplicateTagProblem(form.tags)
  if (tagProblem) problems.tags = tagProblem
  return problems
}

/** Which field shows OUTSCALE's or the BFF's problem with each CreateVms parameter. */
export function createVmsFields(form: CreateVmForm): ParameterFields<FieldPath<CreateVmForm>> {
  return {
    ImageId: 'imageId',
    VmType: 'vmType',
    KeypairName: 'keypairName',
    SecurityGroupIds: 'securityGroupIds',
    SecurityGroups: 'securityGroupIds',
    SubnetId: 'subnetId',
    Placement: 'subregion',
    UserData: 'userData',
    'BlockDeviceMappings[0]': 'rootSizeGiB',
    ...Object.fromEntries(
      form.volumes.map((_, i) => [`BlockDeviceMappings[${i + 1}]`, `volumes.${i}.sizeGiB` as const]),
    ),
  }
}

/** The three compute quotas a VM of this type uses. */
export function vmQuotaNeeds(vmType: string): QuotaNeed[] {
  const size = parseVmType(vmType) ?? { vcpu: 0, memoryGiB: 0 }
  return [
    { name: 'vm_limit', label: text('vmForms.quota.vms'), requested: 1 },
    { name: 'core_limit', label: text('vmForms.quota.cores'), requested: size.vcpu },
    { name: 'memory_limit', label: text('vmForms.quota.memory'), requested: size.memoryGiB },
  ]
}
