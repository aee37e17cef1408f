import { describe, expect, it } from 'vitest'
import type { Volume } from '@osc-console/osc-api'
import {
  attachProblems,
  createVolumeProblems,
  createVolumeRequest,
  freeDeviceNames,
  iopsProblem,
  updateVolumeProblems,
  updateVolumeRequest,
  type CreateVolumeForm,
} from './volume-forms.ts'
import { isHot, volumeCan } from './volume-rules.ts'

const form = (over: Partial<CreateVolumeForm> = {}): CreateVolumeForm => ({
  name: '',
  type: 'gp2',
  size: 10,
  iops: 1000,
  subregion: 'eu-west-2a',
  snapshotId: '',
  ...over,
})

const ids = (problems: Record<string, { id: string } | undefined>) =>
  Object.fromEntries(
    Object.entries(problems)
      .filter(([, p]) => p)
      .map(([k, p]) => [k, p?.id]),
  )

describe('creating a volume', () => {
  it('asks IOPS only of io1 volumes, within 100–13,000 and 300 per GiB', () => {
    expect(iopsProblem('gp2', 10, Number.NaN)).toBeUndefined()
    expect(iopsProblem('io1', 10, 50)?.id).toBe('volumes.form.iopsRange')
    expect(iopsProblem('io1', 100, 13001)?.id).toBe('volumes.form.iopsRange')
    expect(iopsProblem('io1', 10, 3001)?.id).toBe('volumes.form.iopsRatio')
    expect(iopsProblem('io1', 10, 3000)).toBeUndefined()
    expect(createVolumeRequest(form({ type: 'gp2' }))).not.toHaveProperty('Iops')
    expect(createVolumeRequest(form({ type: 'io1', iops: 500 }))).toMatchObject({
      VolumeType: 'io1',
      Iops: 500,
    })
  })

  it('keeps sizes within 1–14,901 GiB and no smaller than the snapshot it starts from', () => {
    expect(ids(createVolumeProblems(form({ size: 0 }), []))).toEqual({ size: 'volumes.form.sizeRange' })
    expect(ids(createVolumeProblems(form({ size: 14902 }), []))).toEqual({ size: 'volumes.form.sizeRange' })
    const snapshots = [{ SnapshotId: 'snap-1', VolumeSize: 20 }]
    expect(ids(createVolumeProblems(form({ size: 10, snapshotId: 'snap-1' }), snapshots))).toEqual({
      size: 'volumes.form.sizeAtLeast',
    })
    expect(createVolumeRequest(form({ size: 20, snapshotId: 'snap-1' }))).toMatchObject({
      SnapshotId: 'snap-1',
    })
  })
})

describe('updating a volume', () => {
  const volume: Volume = { VolumeId: 'vol-1', Size: 10, VolumeType: 'gp2', State: 'available' }
  it('only grows a volume, and sends only what changes', () => {
    expect(ids(updateVolumeProblems(volume, { type: 'gp2', size: 5, iops: 0 }, false))).toEqual({
      size: 'volumes.update.shrink',
    })
    expect(updateVolumeRequest(volume, { type: 'gp2', size: 10, iops: 0 })).toBeUndefined()
    expect(updateVolumeRequest(volume, { type: 'gp2', size: 30, iops: 0 })).toEqual({
      VolumeId: 'vol-1',
      Size: 30,
    })
    expect(updateVolumeRequest(volume, { type: 'io1', size: 10, iops: 500 })).toEqual({
      VolumeId: 'vol-1',
      VolumeType: 'io1',
      Iops: 500,
    })
  })

  it('refuses a new size or type for a volume attached to a running VM, but not for a stopped one', () => {
    const attached: Volume = {
      ...volume,
      State: 'in-use',
      LinkedVolumes: [{ VmId: 'i-1', DeviceName: '/dev/xvdb', State: 'attached' }],
    }
    expect(isHot(attached, { State: 'running' })).toBe(true)
    expect(isHot(attached, { State: 'stopped' })).toBe(false)
    expect(ids(updateVolumeProblems(attached, { type: 'io1', size: 20, iops: 500 }, true))).toEqual({
      size: 'volumes.update.hotSize',
      type: 'volumes.update.hotType',
    })
  })
})

describe('attaching and detaching', () => {
  it('offers the device names the VM has free, sdX and xvdX being the same slot', () => {
    const vm = {
      BlockDeviceMappings: [
        { DeviceName: '/dev/sda1' },
        { DeviceName: '/dev/sdb' },
        { DeviceName: '/dev/xvdc' },
      ],
    }
    const free = freeDeviceNames(vm)
    expect(free[0]).toBe('/dev/xvdd')
    expect(free).toHaveLength(23)
    expect(attachProblems({ vmId: 'i-1', volumeId: 'vol-1', device: '/dev/xvdb' }, vm).device?.id).toBe(
      'volumes.attach.deviceUsed',
    )
  })

  it('attaches only available volumes and never detaches a root volume', () => {
    expect(volumeCan.attach({ State: 'in-use' }).allowed).toBe(false)
    expect(volumeCan.attach({ State: 'available' }).allowed).toBe(true)
    const root: Volume = {
      State: 'in-use',
      LinkedVolumes: [{ VmId: 'i-1', DeviceName: '/dev/sda1', State: 'attached' }],
    }
    expect(volumeCan.detach(root)).toMatchObject({ allowed: false, reason: { id: 'volumes.rule.root' } })
    expect(volumeCan.delete(root)).toMatchObject({
      allowed: false,
      reason: { id: 'volumes.rule.deleteInUse' },
    })
  })
})
