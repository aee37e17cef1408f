// Volumes (BSU): create, link to a VM and unlink with their states, update size/type, delete; metered by GiB.
import type { Volume } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readStore } from '../store-read.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage, iso, must } from './common.ts'

export const VOLUMES = 'volumes'
const LINK_MS = 2_000
const CREATE_MS = 5_000
const UPDATE_MS = 5_000
const HOURS_PER_MONTH = 730

export function volumes(account: AccountState): Map<string, Volume> {
  return account.store<Volume>(VOLUMES)
}

defineUsage('volume_limit', (a) => volumes(a).size)
defineUsage('volume_size_limit', (a) => {
  let total = 0
  for (const v of volumes(a).values()) total += v.Size ?? 0
  return total
})

export function findVolume(account: AccountState, id: string): Volume {
  return must(volumes(account).get(id), 'noSuchVolume', `The volume ${id} does not exist.`)
}

export function meterVolume(account: AccountState, v: Volume, at: number): void {
  account.startMeter({
    resourceId: v.VolumeId ?? '',
    service: 'TinaOS-FCU',
    type: `BSU:VolumeUsage:${v.VolumeType ?? 'standard'}`,
    operation: 'CreateVolume',
    subregionName: v.SubregionName ?? '',
    unitsPerHour: (v.Size ?? 0) / HOURS_PER_MONTH,
    start: at,
  })
  // An io1 volume's provisioned IOPS are billed too, by the IOPS-month.
  if (v.VolumeType === 'io1' && v.Iops)
    account.startMeter({
      resourceId: v.VolumeId ?? '',
      service: 'TinaOS-FCU',
      type: 'BSU:VolumeIOPS:io1',
      operation: 'CreateVolume',
      subregionName: v.SubregionName ?? '',
      unitsPerHour: v.Iops / HOURS_PER_MONTH,
      start: at,
    })
}

/** Creates a volume object in the store (used by CreateVolume, CreateVms and the seeds). */
export function addVolume(
  world: World,
  account: AccountState,
  spec: {
    size: number
    type?: string
    iops?: number
    subregion: string
    snapshotId?: string
    state?: string
  },
  at: number,
): Volume {
  const id = world.newId('vol')
  const v: Volume = {
    VolumeId: id,
    Size: spec.size,
    VolumeType: spec.type ?? 'standard',
    SubregionName: spec.subregion,
    State: spec.state ?? 'available',
    CreationDate: new Date(at).toISOString(),
    LinkedVolumes: [],
    Tags: [],
    ...(spec.type === 'io1' ? { Iops: spec.iops ?? 1500 } : {}),
    ...(spec.snapshotId ? { SnapshotId: spec.snapshotId } : {}),
  }
  volumes(account).set(id, v)
  account.register(id, 'volume', v)
  meterVolume(account, v, at)
  return v
}

export function linkVolume(
  v: Volume,
  vmId: string,
  device: string,
  state: string,
  deleteOnVmDeletion: boolean,
): void {
  v.State = 'in-use'
  v.LinkedVolumes = [
    {
      VolumeId: v.VolumeId ?? '',
      VmId: vmId,
      DeviceName: device,
      State: state,
      DeleteOnVmDeletion: deleteOnVmDeletion,
    },
  ]
}

export function removeVolume(account: AccountState, id: string, at: number): void {
  volumes(account).delete(id)
  account.unregister(id)
  account.stopMeters(id, at)
}

/** Volumes of every type hold 1 GiB to 14,901 GiB. */
const MAX_VOLUME_GIB = 14901

function checkSize(type: string, size: number): void {
  if (!Number.isInteger(size) || size < 1 || size > MAX_VOLUME_GIB) {
    throw oscError(
      'invalidVolumeSize',
      `Size must be between 1 and ${MAX_VOLUME_GIB} GiB for ${type} volumes.`,
    )
  }
}

const VOLUME_TYPES = ['standard', 'gp2', 'io1']
/** io1 volumes provision 100 to 13,000 IOPS, at most 300 per GiB. */
export const IOPS_MIN = 100
export const IOPS_MAX = 13000
export const IOPS_PER_GIB = 300

function checkIops(type: string, size: number, iops: number | undefined): void {
  if (type !== 'io1') {
    if (iops !== undefined)
      throw oscError('invalidParameterValue', `Iops is given only for io1 volumes, not ${type} ones.`)
    return
  }
  if (iops === undefined) throw oscError('missingParameter', 'Iops is required for io1 volumes.')
  if (!Number.isInteger(iops) || iops < IOPS_MIN || iops > IOPS_MAX) {
    throw oscError('invalidParameterValue', `Iops must be between ${IOPS_MIN} and ${IOPS_MAX}.`)
  }
  if (iops > size * IOPS_PER_GIB) {
    throw oscError(
      'invalidParameterValue',
      `Iops can be at most ${IOPS_PER_GIB} per GiB: ${size * IOPS_PER_GIB} for ${size} GiB.`,
    )
  }
}

/** A volume is hot when it is linked to a VM that runs (or is starting); its size and type cannot change then. */
function isHot(account: AccountState, v: Volume): boolean {
  const vmId = v.LinkedVolumes?.[0]?.VmId
  if (!vmId || v.State !== 'in-use') return false
  const vmState = (account.registry.get(vmId)?.obj as { State?: string } | undefined)?.State
  return vmState !== 'stopped' && vmState !== 'stopping'
}

export const handlers: HandlerMap = {
  CreateVolume: (req, ctx) => {
    const prior = req.ClientToken
      ? ctx.account.clientTokens.get(`CreateVolume:${req.ClientToken}`)
      : undefined
    const priorVolume = prior?.ids[0] ? volumes(ctx.account).get(prior.ids[0]) : undefined
    if (priorVolume) return { Volume: priorVolume }
    if (!ctx.account.subregions.includes(req.SubregionName)) {
      throw oscError('noSuchSubregion', `The Subregion ${req.SubregionName} is not in ${ctx.account.region}.`)
    }
    const type = req.VolumeType ?? 'standard'
    if (!VOLUME_TYPES.includes(type)) {
      throw oscError('invalidParameterValue', `VolumeType must be one of ${VOLUME_TYPES.join(', ')}.`)
    }
    let size = req.Size
    if (req.SnapshotId) {
      const snap = ctx.account.registry.get(req.SnapshotId)
      if (!snap || snap.type !== 'snapshot')
        throw oscError('noSuchSnapshot', `The snapshot ${req.SnapshotId} does not exist.`)
      const { VolumeSize: snapSize = 0, State: snapState } = snap.obj as {
        VolumeSize?: number
        State?: string
      }
      if (snapState !== 'completed') {
        throw oscError(
          'invalidState',
          `The snapshot ${req.SnapshotId} is ${snapState ?? 'not ready'}; wait until it is completed.`,
        )
      }
      if (size !== undefined && size < snapSize) {
        throw oscError('invalidVolumeSize', `Size must be at least the snapshot's size, ${snapSize} GiB.`)
      }
      size ??= snapSize
    }
    if (size === undefined) throw oscError('missingParameter', 'Size is required unless SnapshotId is given.')
    checkSize(type, size)
    checkIops(type, size, req.Iops)
    assertQuota(ctx.account, 'volume_limit', 1, 'tooManyVolumes')
    assertQuota(ctx.account, 'volume_size_limit', size, 'tooMuchVolumeSize')
    const v = addVolume(
      ctx.world,
      ctx.account,
      {
        size,
        type,
        subregion: req.SubregionName,
        state: 'creating',
        ...(req.Iops !== undefined ? { iops: req.Iops } : {}),
        ...(req.SnapshotId ? { snapshotId: req.SnapshotId } : {}),
      },
      ctx.now,
    )
    if (req.ClientToken) {
      v.ClientToken = req.ClientToken
      ctx.account.clientTokens.set(`CreateVolume:${req.ClientToken}`, {
        action: 'CreateVolume',
        ids: [v.VolumeId ?? ''],
      })
    }
    ctx.world.schedule(ctx.now + CREATE_MS, () => {
      if (v.State === 'creating') v.State = 'available'
    })
    return { Volume: v }
  },
  ReadVolumes: (req, ctx) => {
    const { page, nextPageToken } = readStore(ctx, volumes(ctx.account), req, {
      VolumeStates: 'State',
      VolumeTypes: 'VolumeType',
      VolumeSizes: 'Size',
      LinkVolumeVmIds: (v) => (v as Volume).LinkedVolumes?.map((l) => l.VmId),
      LinkVolumeDeviceNames: (v) => (v as Volume).LinkedVolumes?.map((l) => l.DeviceName),
      LinkVolumeLinkStates: (v) => (v as Volume).LinkedVolumes?.map((l) => l.State),
    })
    return { Volumes: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  UpdateVolume: (req, ctx) => {
    const v = findVolume(ctx.account, req.VolumeId)
    if (v.State !== 'available' && v.State !== 'in-use') {
      throw oscError(
        'invalidVolumeState',
        `The volume ${req.VolumeId} is ${v.State ?? 'busy'}; wait until it is available.`,
      )
    }
    const hot = isHot(ctx.account, v)
    if (hot && (req.Size !== undefined || req.VolumeType !== undefined)) {
      throw oscError(
        'invalidVolumeState',
        `The volume ${req.VolumeId} is linked to a running VM: stop the VM or unlink the volume to change its size or type.`,
      )
    }
    const type = req.VolumeType ?? v.VolumeType ?? 'standard'
    if (!VOLUME_TYPES.includes(type)) {
      throw oscError('invalidParameterValue', `VolumeType must be one of ${VOLUME_TYPES.join(', ')}.`)
    }
    const size = req.Size ?? v.Size ?? 0
    if (req.Size !== undefined) {
      if (req.Size < (v.Size ?? 0))
        throw oscError('invalidVolumeSize', 'A volume can only grow: Size must be ≥ the current size.')
      checkSize(type, req.Size)
      assertQuota(ctx.account, 'volume_size_limit', req.Size - (v.Size ?? 0), 'tooMuchVolumeSize')
    }
    // Changing to io1 needs Iops; staying io1 keeps the current Iops unless new ones are given.
    const iops = type === 'io1' ? (req.Iops ?? (v.VolumeType === 'io1' ? v.Iops : undefined)) : req.Iops
    checkIops(type, size, iops)
    const apply = () => {
      ctx.account.stopMeters(req.VolumeId, ctx.world.clock.now())
      if (req.Size !== undefined) v.Size = req.Size
      v.VolumeType = type
      if (type === 'io1') v.Iops = iops
      else delete v.Iops
      meterVolume(ctx.account, v, ctx.world.clock.now())
    }
    // A cold volume's type changes at once; a new size, or new IOPS on a hot volume, take a while, and the answer
    // shows the volume as it was.
    const slow = req.Size !== undefined || (hot && req.Iops !== undefined)
    if (!slow) {
      apply()
      return { Volume: v }
    }
    const before = structuredClone(v)
    const linkedState = v.State
    v.State = 'updating'
    ctx.world.schedule(ctx.now + UPDATE_MS, () => {
      apply()
      if (v.State === 'updating') v.State = linkedState
    })
    return { Volume: { ...before } }
  },
  LinkVolume: (req, ctx) => {
    const v = findVolume(ctx.account, req.VolumeId)
    const vm = ctx.account.registry.get(req.VmId)
    if (!vm || vm.type !== 'vm') throw oscError('noSuchVm', `The VM ${req.VmId} does not exist.`)
    const vmState = (vm.obj as { State?: string }).State
    if (vmState === 'pending')
      throw oscError('neverStarted', `The VM ${req.VmId} is still pending; wait until it runs.`)
    if (vmState === 'terminated' || vmState === 'shutting-down') {
      throw oscError('invalidVmState', `The VM ${req.VmId} is ${vmState}.`)
    }
    if (v.State !== 'available') {
      throw oscError(
        'invalidVolumeState',
        `The volume ${req.VolumeId} is ${v.State ?? 'busy'}; only available volumes can be linked.`,
      )
    }
    if (!/^\/dev\/(sd|xvd)[b-z]$/.test(req.DeviceName)) {
      throw oscError(
        'invalidDeviceName',
        'DeviceName must look like /dev/sdb … /dev/sdz or /dev/xvdb … /dev/xvdz.',
      )
    }
    const vmObj = vm.obj as { BlockDeviceMappings?: Array<{ DeviceName?: string }> }
    if (vmObj.BlockDeviceMappings?.some((b) => b.DeviceName === req.DeviceName)) {
      throw oscError('deviceInUse', `The device ${req.DeviceName} is already used on ${req.VmId}.`)
    }
    linkVolume(v, req.VmId, req.DeviceName, 'attaching', false)
    ;(vmObj.BlockDeviceMappings ??= []).push({
      DeviceName: req.DeviceName,
      Bsu: { VolumeId: v.VolumeId, State: 'attaching', LinkDate: iso(ctx), DeleteOnVmDeletion: false },
    } as { DeviceName?: string })
    ctx.world.schedule(ctx.now + LINK_MS, () => setLinkState(v, vmObj, 'attached'))
    return {}
  },
  UnlinkVolume: (req, ctx) => {
    const v = findVolume(ctx.account, req.VolumeId)
    const link = v.LinkedVolumes?.[0]
    if (!link || v.State !== 'in-use')
      throw oscError('volumeNotInUse', `The volume ${req.VolumeId} is not linked to a VM.`)
    if (link.DeviceName === '/dev/sda1') {
      throw oscError(
        'invalidVolumeState',
        'The root volume cannot be unlinked; stop and delete the VM instead.',
      )
    }
    const vm = link.VmId ? ctx.account.registry.get(link.VmId) : undefined
    const vmObj = (vm?.obj ?? {}) as {
      BlockDeviceMappings?: Array<{ DeviceName?: string; Bsu?: { VolumeId?: string } }>
    }
    link.State = 'detaching'
    setLinkState(v, vmObj, 'detaching')
    ctx.world.schedule(ctx.now + LINK_MS, () => {
      v.LinkedVolumes = []
      v.State = 'available'
      vmObj.BlockDeviceMappings = vmObj.BlockDeviceMappings?.filter((b) => b.Bsu?.VolumeId !== v.VolumeId)
    })
    return {}
  },
  DeleteVolume: (req, ctx) => {
    const v = findVolume(ctx.account, req.VolumeId)
    if (v.State === 'in-use') {
      throw oscError('invalidVolumeState', `The volume ${req.VolumeId} is linked to a VM; unlink it first.`)
    }
    removeVolume(ctx.account, req.VolumeId, ctx.now)
    return {}
  },
}

function setLinkState(
  v: Volume,
  vmObj: {
    BlockDeviceMappings?: Array<{ DeviceName?: string; Bsu?: { VolumeId?: string; State?: string } }>
  },
  state: string,
): void {
  for (const l of v.LinkedVolumes ?? []) l.State = state
  for (const b of vmObj.BlockDeviceMappings ?? [])
    if (b.Bsu && b.Bsu.VolumeId === v.VolumeId) b.Bsu.State = state
}
