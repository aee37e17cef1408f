// Snapshots as the API documents them: a copy only within the account's Region and only of a completed snapshot,
// sharing by 12-digit account ids, and export tasks to OOS going pending → active → completed on the clock.
import { describe, expect, it } from 'vitest'
import { EU, call, expectOscError, simulatorForFile } from './helpers.ts'

type SnapshotAnswer = {
  Snapshot: { SnapshotId: string; State: string; VolumeSize: number }
}
type TaskAnswer = {
  SnapshotExportTask: { TaskId: string; State: string; Progress: number }
}

const sim = await simulatorForFile({ seed: 'demo', clock: 'manual' })

async function pendingSnapshot(): Promise<string> {
  const volume = await call<{ Volume: { VolumeId: string } }>(sim.url, 'CreateVolume', {
    SubregionName: `${EU.region}a`,
    Size: 12,
  })
  sim.advance(5_000)
  const snap = await call<SnapshotAnswer>(sim.url, 'CreateSnapshot', {
    VolumeId: volume.body.Volume.VolumeId,
  })
  expect(snap.body.Snapshot.State).toBe('pending')
  return snap.body.Snapshot.SnapshotId
}

describe('snapshots', () => {
  it('copies a completed snapshot within the account’s Region only', async () => {
    const id = await pendingSnapshot()
    const copy = (region: string | undefined) =>
      call<SnapshotAnswer>(sim.url, 'CreateSnapshot', {
        SourceSnapshotId: id,
        ...(region ? { SourceRegionName: region } : {}),
      })
    expectOscError(await copy(EU.region), 409, '6003')
    sim.advance(20_000)
    expectOscError(await copy(undefined), 400, '7000')
    expectOscError(await copy('us-east-2'), 400, '4047')
    const done = await copy(EU.region)
    expect(done.status).toBe(200)
    expect(done.body.Snapshot).toMatchObject({ State: 'pending', VolumeSize: 12 })
  })

  it('shares with 12-digit account ids only, once completed, and takes the share back', async () => {
    const id = await pendingSnapshot()
    const update = (perms: object) =>
      call<{ Snapshot: { PermissionsToCreateVolume: object } }>(sim.url, 'UpdateSnapshot', {
        SnapshotId: id,
        PermissionsToCreateVolume: perms,
      })
    expectOscError(await update({ Additions: { AccountIds: ['123456789012'] } }), 409, '6003')
    sim.advance(20_000)
    expectOscError(await update({ Additions: { AccountIds: ['12345'] } }), 400, '4047')
    expect((await update({ Additions: { AccountIds: ['123456789012'] } })).body.Snapshot).toMatchObject({
      PermissionsToCreateVolume: { GlobalPermission: false, AccountIds: ['123456789012'] },
    })
    expect((await update({ Removals: { AccountIds: ['123456789012'] } })).body.Snapshot).toMatchObject({
      PermissionsToCreateVolume: { AccountIds: [] },
    })
  })

  it('exports a completed snapshot to an OOS bucket, its progress moving on the clock', async () => {
    const id = await pendingSnapshot()
    const exportTo = (bucket: string, format = 'qcow2') =>
      call<TaskAnswer>(sim.url, 'CreateSnapshotExportTask', {
        SnapshotId: id,
        OsuExport: { DiskImageFormat: format, OsuBucket: bucket, OsuPrefix: 'backups/' },
      })
    expectOscError(await exportTo('my-backups'), 409, '6003')
    sim.advance(20_000)
    expectOscError(await exportTo('my-backups', 'vmdk'), 400, '4047')
    expectOscError(await exportTo('Not A Bucket'), 400, '4047')
    const task = await exportTo('my-backups')
    expect(task.body.SnapshotExportTask).toMatchObject({ State: 'pending', Progress: 0 })
    const read = async () =>
      (
        await call<{ SnapshotExportTasks: TaskAnswer['SnapshotExportTask'][] }>(
          sim.url,
          'ReadSnapshotExportTasks',
          {
            Filters: { SnapshotIds: [id] },
          },
        )
      ).body.SnapshotExportTasks
    sim.advance(30_000)
    expect(await read()).toMatchObject([{ State: 'active', Progress: 50 }])
    sim.advance(30_000)
    expect(await read()).toMatchObject([{ State: 'completed', Progress: 100 }])
  })
})
