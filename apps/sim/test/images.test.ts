// Images as the API documents them: made of a running or stopped VM (each of its volumes snapshotted, the image
// available once they are), a unique name within the account's own images, a copy only within the Region and only
// of an available image, and sharing by 12-digit account ids.
import { describe, expect, it } from 'vitest'
import { EU, call, expectOscError, simulatorForFile } from './helpers.ts'

type ImageAnswer = {
  Image: {
    ImageId: string
    State: string
    BlockDeviceMappings: Array<{ DeviceName: string; Bsu: { SnapshotId?: string; VolumeSize: number } }>
    PermissionsToLaunch: { GlobalPermission: boolean; AccountIds: string[] }
  }
}

const sim = await simulatorForFile({ seed: 'demo', clock: 'manual' })

async function vmNamed(name: string): Promise<string> {
  const r = await call<{ Vms: Array<{ VmId: string }> }>(sim.url, 'ReadVms', {
    Filters: { TagKeys: ['Name'], TagValues: [name] },
  })
  return r.body.Vms[0]!.VmId
}

async function readImage(id: string) {
  const r = await call<{ Images: ImageAnswer['Image'][] }>(sim.url, 'ReadImages', {
    Filters: { ImageIds: [id] },
  })
  return r.body.Images[0]!
}

describe('images', () => {
  it('makes an image of a VM by snapshotting its volumes, available once the snapshots complete', async () => {
    const vmId = await vmNamed('bastion-1')
    const made = await call<ImageAnswer>(sim.url, 'CreateImage', {
      VmId: vmId,
      ImageName: 'bastion golden (v1)',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    const image = made.body.Image
    expect(image.State).toBe('pending')
    const snapId = image.BlockDeviceMappings[0]?.Bsu.SnapshotId ?? ''
    expect(snapId).toMatch(/^snap-/)
    expectOscError(
      await call(sim.url, 'CreateImage', { VmId: vmId, ImageName: 'bastion golden (v1)' }),
      409,
      '9015',
    )
    expectOscError(await call(sim.url, 'CreateImage', { VmId: vmId, ImageName: 'x' }), 400, '4047')
    sim.advance(30_000)
    expect(await readImage(image.ImageId)).toMatchObject({ State: 'available' })
    const snaps = await call<{ Snapshots: Array<{ State: string }> }>(sim.url, 'ReadSnapshots', {
      Filters: { SnapshotIds: [snapId] },
    })
    expect(snaps.body.Snapshots[0]?.State).toBe('completed')
  })

  it('copies an available image within the account’s Region only', async () => {
    const made = await call<ImageAnswer>(sim.url, 'CreateImage', {
      VmId: await vmNamed('bastion-1'),
      ImageName: 'base',
    })
    const copy = (region?: string) =>
      call<ImageAnswer>(sim.url, 'CreateImage', {
        SourceImageId: made.body.Image.ImageId,
        ImageName: 'base copy',
        ...(region ? { SourceRegionName: region } : {}),
      })
    expectOscError(await copy(EU.region), 409, '6003')
    sim.advance(30_000)
    expectOscError(await copy(), 400, '7000')
    expectOscError(await copy('us-east-2'), 400, '4047')
    const copied = await copy(EU.region)
    expect(copied.status).toBe(200)
    expect(copied.body.Image.BlockDeviceMappings).toEqual(made.body.Image.BlockDeviceMappings)
  })

  it('shares an image with 12-digit account ids and takes the share back', async () => {
    const made = await call<ImageAnswer>(sim.url, 'CreateImage', {
      VmId: await vmNamed('bastion-1'),
      ImageName: 'shared',
    })
    const id = made.body.Image.ImageId
    const update = (perms: object) =>
      call<ImageAnswer>(sim.url, 'UpdateImage', { ImageId: id, PermissionsToLaunch: perms })
    expectOscError(await update({ Additions: { AccountIds: ['123456789012'] } }), 409, '6003')
    sim.advance(30_000)
    expectOscError(await update({ Additions: { AccountIds: ['42'] } }), 400, '4047')
    expect(
      (await update({ Additions: { AccountIds: ['123456789012'] } })).body.Image.PermissionsToLaunch,
    ).toEqual({
      GlobalPermission: false,
      AccountIds: ['123456789012'],
    })
    expect(
      (await update({ Removals: { AccountIds: ['123456789012'] } })).body.Image.PermissionsToLaunch,
    ).toEqual({
      GlobalPermission: false,
      AccountIds: [],
    })
  })

  it('exports an own available image to OOS with its progress, not a public one', async () => {
    const made = await call<ImageAnswer>(sim.url, 'CreateImage', {
      VmId: await vmNamed('bastion-1'),
      ImageName: 'bastion export',
    })
    const id = made.body.Image.ImageId
    type Task = { TaskId: string; ImageId: string; State: string; Progress: number; OsuExport: object }
    const exportTo = (imageId: string, bucket = 'golden-images') =>
      call<{ ImageExportTask: Task }>(sim.url, 'CreateImageExportTask', {
        ImageId: imageId,
        OsuExport: { DiskImageFormat: 'qcow2', OsuBucket: bucket, OsuPrefix: 'omi/' },
      })
    expectOscError(await exportTo(id), 409, '6003')
    sim.advance(30_000)
    const publicImage = (
      await call<{ Images: Array<{ ImageId: string; AccountId: string }> }>(sim.url, 'ReadImages', {
        Filters: { PermissionsToLaunchGlobalPermission: true },
      })
    ).body.Images.find((i) => i.AccountId !== EU.accountId)!
    const refused = await exportTo(publicImage.ImageId)
    expectOscError(refused, 400, '4047')
    expect(refused.body.Errors?.[0]?.Details).toContain('copy it to your account')
    expectOscError(await exportTo(id, 'Not A Bucket'), 400, '4047')
    const task = (await exportTo(id)).body.ImageExportTask
    expect(task).toMatchObject({ ImageId: id, State: 'pending/queued', Progress: 0 })
    const read = async () =>
      (
        await call<{ ImageExportTasks: Task[] }>(sim.url, 'ReadImageExportTasks', {
          Filters: { ImageIds: [id] },
        })
      ).body.ImageExportTasks
    sim.advance(30_000)
    expect(await read()).toMatchObject([{ TaskId: task.TaskId, State: 'pending', Progress: 50 }])
    sim.advance(30_000)
    expect(await read()).toMatchObject([
      {
        State: 'completed',
        Progress: 100,
        OsuExport: { OsuBucket: 'golden-images', OsuManifestUrl: expect.stringContaining(`omi/${id}`) },
      },
    ])
  })
})
