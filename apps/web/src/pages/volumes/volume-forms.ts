// The volume forms' rules, as OUTSCALE applies them, so that a refusal is learnt beside the field before sending:
// sizes of 1 to 14,901 GiB, IOPS only for io1 (100 to 13,000, at most 300 per GiB), a volume from a snapshot no
// smaller than the snapshot, a size that only grows, and the device names a VM has free.
import type {
  CreateVolumeRequest,
  LinkVolumeRequest,
  Snapshot,
  UpdateVolumeRequest,
  Vm,
  Volume,
} from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import type { QuotaNeed } from '../../forms/quota-check.ts'

export const VOLUME_TYPES = ['standard', 'gp2', 'io1'] as const
export type VolumeType = (typeof VOLUME_TYPES)[number]
export const SIZE_MIN = 1
export const SIZE_MAX = 14901
export const IOPS_MIN = 100
export const IOPS_MAX = 13000
export const IOPS_PER_GIB = 300

export interface CreateVolumeForm {
  name: string
  type: VolumeType
  size: number
  iops: number
  subregion: string
  /** '' for an empty volume. */
  snapshotId: string
}

export function sizeProblem(size: number, atLeast = SIZE_MIN): Text | undefined {
  if (!Number.isInteger(size) || size < SIZE_MIN || size > SIZE_MAX)
    return text('volumes.form.sizeRange', { min: SIZE_MIN, max: SIZE_MAX })
  if (size < atLeast) return text('volumes.form.sizeAtLeast', { min: atLeast })
  return undefined
}

/** The most IOPS a volume of this size can have. */
export const iopsCeiling = (size: number) =>
  Math.min(IOPS_MAX, Math.max(0, Number.isFinite(size) ? size : 0) * IOPS_PER_GIB)

export function iopsProblem(type: VolumeType, size: number, iops: number): Text | undefined {
  if (type !== 'io1') return undefined
  if (!Number.isInteger(iops) || iops < IOPS_MIN || iops > IOPS_MAX)
    return text('volumes.form.iopsRange', { min: IOPS_MIN, max: IOPS_MAX })
  if (iops > size * IOPS_PER_GIB)
    return text('volumes.form.iopsRatio', { ratio: IOPS_PER_GIB, size, max: iopsCeiling(size) })
  return undefined
}

const snapshotSize = (snapshots: readonly Snapshot[], id: string) =>
  snapshots.find((s) => s.SnapshotId === id)?.VolumeSize ?? SIZE_MIN

export function createVolumeProblems(values: CreateVolumeForm, snapshots: readonly Snapshot[]) {
  return {
    size: sizeProblem(values.size, values.snapshotId ? snapshotSize(snapshots, values.snapshotId) : SIZE_MIN),
    iops: iopsProblem(values.type, values.size, values.iops),
    subregion: values.subregion ? undefined : text('volumes.form.subregionRequired'),
    name: values.name.length > 255 ? text('volumes.form.nameLength') : undefined,
  }
}

export function createVolumeRequest(values: CreateVolumeForm): CreateVolumeRequest {
  return {
    SubregionName: values.subregion,
    VolumeType: values.type,
    Size: values.size,
    ...(values.type === 'io1' ? { Iops: values.iops } : {}),
    ...(values.snapshotId ? { SnapshotId: values.snapshotId } : {}),
  }
}

export const volumeQuotaNeeds = (size: number): QuotaNeed[] => [
  { name: 'volume_limit', label: text('volumes.quota.volumes'), requested: 1 },
  {
    name: 'volume_size_limit',
    label: text('volumes.quota.size'),
    requested: Number.isFinite(size) && size > 0 ? size : 0,
  },
]

export interface UpdateVolumeForm {
  type: VolumeType
  size: number
  iops: number
}

export const updateDefaults = (v: Volume): UpdateVolumeForm => ({
  type: (v.VolumeType as VolumeType | undefined) ?? 'standard',
  size: v.Size ?? SIZE_MIN,
  iops:
    v.VolumeType === 'io1' ? (v.Iops ?? IOPS_MIN) : Math.min(IOPS_MAX, (v.Size ?? 1) * IOPS_PER_GIB, 3000),
})

/** Problems with a change; `hot` when the volume is linked to a running VM. */
export function updateVolumeProblems(v: Volume, values: UpdateVolumeForm, hot: boolean) {
  const current = v.Size ?? SIZE_MIN
  const typeChanged = values.type !== (v.VolumeType ?? 'standard')
  return {
    size:
      hot && values.size !== current
        ? text('volumes.update.hotSize')
        : values.size < current
          ? text('volumes.update.shrink', { size: current })
          : sizeProblem(values.size),
    type: hot && typeChanged ? text('volumes.update.hotType') : undefined,
    iops: iopsProblem(values.type, values.size, values.iops),
  }
}

/** Only what changes; undefined when nothing does. */
export function updateVolumeRequest(v: Volume, values: UpdateVolumeForm): UpdateVolumeRequest | undefined {
  const typeChanged = values.type !== (v.VolumeType ?? 'standard')
  const sizeChanged = values.size !== v.Size
  const iopsChanged = values.type === 'io1' && (typeChanged || values.iops !== v.Iops)
  if (!typeChanged && !sizeChanged && !iopsChanged) return undefined
  return {
    VolumeId: v.VolumeId ?? '',
    ...(sizeChanged ? { Size: values.size } : {}),
    ...(typeChanged ? { VolumeType: values.type } : {}),
    ...(iopsChanged ? { Iops: values.iops } : {}),
  }
}

/** /dev/xvdb … /dev/xvdz: the device names OUTSCALE takes for an added volume. */
export const DEVICE_NAMES = Array.from({ length: 25 }, (_, i) => `/dev/xvd${String.fromCharCode(98 + i)}`)

/** The device names a VM has not used yet (sdX and xvdX name the same slot). */
export function freeDeviceNames(vm: Pick<Vm, 'BlockDeviceMappings'> | undefined): string[] {
  const used = new Set(
    (vm?.BlockDeviceMappings ?? []).map((b) => (b.DeviceName ?? '').replace('/dev/sd', '/dev/xvd')),
  )
  return DEVICE_NAMES.filter((d) => !used.has(d))
}

/** A VM a volume can be attached to: in the volume's Subregion, neither terminated nor on its way there. */
export function canHostVolume(vm: Vm, subregion: string | undefined): boolean {
  return (
    vm.Placement?.SubregionName === subregion &&
    vm.State !== 'terminated' &&
    vm.State !== 'shutting-down' &&
    vm.State !== 'pending'
  )
}

export interface AttachForm {
  vmId: string
  volumeId: string
  device: string
}

export function attachProblems(values: AttachForm, vm: Vm | undefined) {
  return {
    vmId: values.vmId ? undefined : text('volumes.attach.vmRequired'),
    volumeId: values.volumeId ? undefined : text('volumes.attach.volumeRequired'),
    device: !values.device
      ? text('volumes.attach.deviceRequired')
      : vm && !freeDeviceNames(vm).includes(values.device)
        ? text('volumes.attach.deviceUsed', { device: values.device })
        : undefined,
  }
}

export const attachRequest = (values: AttachForm): LinkVolumeRequest => ({
  VolumeId: values.volumeId,
  VmId: values.vmId,
  DeviceName: values.device,
})
