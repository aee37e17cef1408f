// Volumes as the API documents them: IOPS only for io1 within 100–13,000 and 300 per GiB, a volume from a snapshot
// at least as large as it, and UpdateVolume's cold and hot rules (a running VM's volume keeps its size and type; a
// new size takes a while and the answer shows the volume as it was).
import { describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

type VolumeAnswer = {
  Volume: { VolumeId: string; Size: number; VolumeType: string; Iops?: number; State: string }
}

const sim = await simulatorForFile({ seed: 'demo', clock: 'manual' })

const subregion = 'eu-west-2a'

async function volume(body: Record<string, unknown>) {
  const r = await call<VolumeAnswer>(sim.url, 'CreateVolume', { SubregionName: subregion, ...body })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  sim.advance(5_000)
  return r.body.Volume.VolumeId
}

async function read(id: string) {
  const r = await call<{ Volumes: VolumeAnswer['Volume'][] }>(sim.url, 'ReadVolumes', {
    Filters: { VolumeIds: [id] },
  })
  return r.body.Volumes[0]!
}

async function runningVm(): Promise<string> {
  const r = await call<{ Vms: Array<{ VmId: string; State: string; Placement: { SubregionName: string } }> }>(
    sim.url,
    'ReadVms',
    {},
  )
  const vm = r.body.Vms.find((v) => v.State === 'running' && v.Placement.SubregionName === subregion)
  if (!vm) throw new Error('the demo has a running VM in eu-west-2a')
  return vm.VmId
}

describe('volumes', () => {
  it('takes IOPS only for io1, between 100 and 13,000 and at most 300 per GiB', async () => {
    expectOscError(
      await call(sim.url, 'CreateVolume', { SubregionName: subregion, Size: 10, VolumeType: 'io1' }),
      400,
      '7000',
    )
    expectOscError(
      await call(sim.url, 'CreateVolume', {
        SubregionName: subregion,
        Size: 10,
        VolumeType: 'io1',
        Iops: 3001,
      }),
      400,
      '4047',
    )
    expectOscError(
      await call(sim.url, 'CreateVolume', {
        SubregionName: subregion,
        Size: 100,
        VolumeType: 'io1',
        Iops: 13001,
      }),
      400,
      '4047',
    )
    expectOscError(
      await call(sim.url, 'CreateVolume', {
        SubregionName: subregion,
        Size: 10,
        VolumeType: 'gp2',
        Iops: 300,
      }),
      400,
      '4047',
    )
    const id = await volume({ Size: 10, VolumeType: 'io1', Iops: 3000 })
    expect(await read(id)).toMatchObject({ VolumeType: 'io1', Iops: 3000, State: 'available' })
  })

  it('creates a volume from a completed snapshot, at least as large as the snapshot', async () => {
    const source = await volume({ Size: 20, VolumeType: 'gp2' })
    const snap = await call<{ Snapshot: { SnapshotId: string } }>(sim.url, 'CreateSnapshot', {
      VolumeId: source,
    })
    const snapshotId = snap.body.Snapshot.SnapshotId
    expectOscError(
      await call(sim.url, 'CreateVolume', { SubregionName: subregion, SnapshotId: snapshotId }),
      409,
      '6003',
    )
    sim.advance(20_000)
    expectOscError(
      await call(sim.url, 'CreateVolume', { SubregionName: subregion, SnapshotId: snapshotId, Size: 10 }),
      400,
      '4078',
    )
    const copy = await volume({ SnapshotId: snapshotId })
    expect(await read(copy)).toMatchObject({ Size: 20, State: 'available' })
  })

  it('changes a cold volume’s type at once and its size over time, never shrinking it', async () => {
    const id = await volume({ Size: 10 })
    expectOscError(await call(sim.url, 'UpdateVolume', { VolumeId: id, VolumeType: 'io1' }), 400, '7000')
    const typed = await call<VolumeAnswer>(sim.url, 'UpdateVolume', {
      VolumeId: id,
      VolumeType: 'io1',
      Iops: 500,
    })
    expect(typed.body.Volume).toMatchObject({ VolumeType: 'io1', Iops: 500 })
    expectOscError(await call(sim.url, 'UpdateVolume', { VolumeId: id, Size: 5 }), 400, '4078')
    const grown = await call<VolumeAnswer>(sim.url, 'UpdateVolume', { VolumeId: id, Size: 30 })
    expect(grown.body.Volume.Size).toBe(10)
    expect(await read(id)).toMatchObject({ State: 'updating', Size: 10 })
    sim.advance(5_000)
    expect(await read(id)).toMatchObject({ State: 'available', Size: 30, VolumeType: 'io1', Iops: 500 })
    const back = await call<VolumeAnswer>(sim.url, 'UpdateVolume', { VolumeId: id, VolumeType: 'gp2' })
    expect(back.body.Volume).not.toHaveProperty('Iops')
  })

  it('refuses to resize or retype a volume linked to a running VM, and lets it be unlinked and deleted', async () => {
    const vmId = await runningVm()
    const id = await volume({ Size: 10 })
    expect(
      (await call(sim.url, 'LinkVolume', { VolumeId: id, VmId: vmId, DeviceName: '/dev/xvdq' })).status,
    ).toBe(200)
    sim.advance(2_000)
    expectOscError(await call(sim.url, 'UpdateVolume', { VolumeId: id, Size: 20 }), 409, '6007')
    expectOscError(await call(sim.url, 'UpdateVolume', { VolumeId: id, VolumeType: 'gp2' }), 409, '6007')
    expectOscError(await call(sim.url, 'DeleteVolume', { VolumeId: id }), 409, '6007')
    expect((await call(sim.url, 'UnlinkVolume', { VolumeId: id })).status).toBe(200)
    sim.advance(2_000)
    expect((await call(sim.url, 'UpdateVolume', { VolumeId: id, VolumeType: 'gp2' })).status).toBe(200)
    expect((await call(sim.url, 'DeleteVolume', { VolumeId: id })).status).toBe(200)
  })
})
