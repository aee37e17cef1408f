// OMIs: the public catalogue every account sees, plus the account's own images (CreateImage from a VM).
import type { Image, ImageExportTask } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage, iso, must } from './common.ts'
import { assertAccountIds, sharedWith } from './sharing.ts'
import { checkedOsuExport, running, scheduleExport, type ExportStates } from './export-tasks.ts'
import { addSnapshot, SNAPSHOT_MS, snapshots } from './snapshots.ts'
import { volumes } from './volumes.ts'

/** How long an image takes to become available. */
export const IMAGE_MS = 30_000
const IMAGE_NAME = /^[A-Za-z0-9_ ()/.-]{3,128}$/

function checkName(account: AccountState, name: string | undefined): void {
  if (name === undefined) return
  if (!IMAGE_NAME.test(name)) {
    throw oscError(
      'invalidParameterValue',
      'ImageName must have 3 to 128 letters, digits, underscores, spaces, parentheses, slashes, periods or dashes.',
    )
  }
  const own = [...images(account).values()].some(
    (i) => i.AccountId === account.accountId && i.ImageName === name,
  )
  if (own) throw oscError('duplicateName', `An image named ${name} already exists in this account.`)
}

export const IMAGES = 'images'
const OUTSCALE_ACCOUNT = '115647329410'

const PUBLIC_IMAGES: ReadonlyArray<[string, string, string]> = [
  ['Ubuntu-24.04-2025.01.10-0', 'Ubuntu 24.04 LTS', 'linux'],
  ['Ubuntu-22.04-2025.01.10-0', 'Ubuntu 22.04 LTS', 'linux'],
  ['Debian-12-2025.01.15-0', 'Debian 12', 'linux'],
  ['RockyLinux-9-2025.01.06-0', 'Rocky Linux 9', 'linux'],
  ['Windows-2022-2025.01.08-0', 'Windows Server 2022', 'windows'],
]

export function images(account: AccountState): Map<string, Image> {
  return account.store<Image>(IMAGES)
}

export function seedPublicImages(world: World, account: AccountState, at: number): void {
  for (const [name, description] of PUBLIC_IMAGES) {
    const id = world.newId('ami')
    const image: Image = {
      ImageId: id,
      ImageName: name,
      Description: description,
      AccountAlias: 'Outscale',
      AccountId: OUTSCALE_ACCOUNT,
      Architecture: 'x86_64',
      BootModes: ['legacy', 'uefi'],
      CreationDate: new Date(at - 30 * 86400_000).toISOString(),
      ImageType: 'machine',
      PermissionsToLaunch: { GlobalPermission: true, AccountIds: [] },
      ProductCodes: name.startsWith('Windows') ? ['0002'] : ['0001'],
      RootDeviceName: '/dev/sda1',
      RootDeviceType: 'bsu',
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/sda1',
          Bsu: { DeleteOnVmDeletion: true, VolumeSize: 10, VolumeType: 'standard' },
        },
      ],
      State: 'available',
      StateComment: {},
      Tags: [],
      SecureBoot: false,
    }
    images(account).set(id, image)
    account.register(id, 'image', image)
  }
}

export function isWindows(image: Image | undefined): boolean {
  return Boolean(image?.ImageName?.startsWith('Windows'))
}

export const imageExportTasks = (a: AccountState) => a.store<ImageExportTask>('image-export-tasks')

/** An image export waits pending/queued, then is pending with its progress, then completed. */
const IMAGE_EXPORT: ExportStates = { waiting: 'pending/queued', running: 'pending' }

defineUsage(
  'image_export_limit',
  (a) => [...imageExportTasks(a).values()].filter((t) => running(t, IMAGE_EXPORT)).length,
)

export function findImage(account: AccountState, imageId: string): Image {
  return must(images(account).get(imageId), 'noSuchImage', `The image ${imageId} does not exist.`)
}

export const handlers: HandlerMap = {
  ReadImages: (req, ctx) => {
    const { page, nextPageToken } = readList(images(ctx.account).values(), req, {
      AccountAliases: 'AccountAlias',
      AccountIds: 'AccountId',
      ImageNames: 'ImageName',
      States: 'State',
      PermissionsToLaunchGlobalPermission: (i) => (i as Image).PermissionsToLaunch?.GlobalPermission,
    })
    return { Images: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  CreateImage: (req, ctx) => {
    checkName(ctx.account, req.ImageName)
    const id = ctx.world.newId('ami')
    let source: Image | undefined
    let mappings: Image['BlockDeviceMappings']
    let architecture = req.Architecture
    const taken: string[] = []
    if (req.SourceImageId) {
      if (!req.SourceRegionName)
        throw oscError('missingParameter', 'SourceRegionName is required to copy an image.')
      if (req.SourceRegionName !== ctx.account.region) {
        throw oscError(
          'invalidParameterValue',
          `SourceRegionName must be the Region of your account, ${ctx.account.region}.`,
        )
      }
      source = findImage(ctx.account, req.SourceImageId)
      if (source.State !== 'available') {
        throw oscError(
          'invalidState',
          `The image ${req.SourceImageId} is ${source.State ?? 'not ready'}; copy it once it is available.`,
        )
      }
      mappings = source.BlockDeviceMappings
    } else if (req.VmId) {
      const vm = ctx.account.registry.get(req.VmId)
      if (!vm || vm.type !== 'vm') throw oscError('noSuchVm', `The VM ${req.VmId} does not exist.`)
      const vmObj = vm.obj as {
        State?: string
        Architecture?: string
        BlockDeviceMappings?: Array<{
          DeviceName?: string
          Bsu?: { VolumeId?: string; DeleteOnVmDeletion?: boolean }
        }>
      }
      if (vmObj.State !== 'running' && vmObj.State !== 'stopped') {
        throw oscError(
          'invalidVmState',
          `The VM ${req.VmId} is ${vmObj.State ?? 'busy'}; an image is made of a running or stopped VM.`,
        )
      }
      architecture ??= vmObj.Architecture
      // Each volume of the VM is snapshotted; the image is available once its snapshots are.
      mappings = (vmObj.BlockDeviceMappings ?? []).map((b) => {
        const v = volumes(ctx.account).get(b.Bsu?.VolumeId ?? '')
        const snap = addSnapshot(
          ctx.world,
          ctx.account,
          {
            volumeId: v?.VolumeId ?? '',
            size: v?.Size ?? 10,
            state: 'pending',
            description: `Created by CreateImage(${req.VmId}) for ${id}`,
          },
          ctx.now,
        )
        taken.push(snap.SnapshotId ?? '')
        return {
          DeviceName: b.DeviceName ?? '',
          Bsu: {
            SnapshotId: snap.SnapshotId ?? '',
            VolumeSize: v?.Size ?? 10,
            VolumeType: v?.VolumeType ?? 'standard',
            DeleteOnVmDeletion: b.Bsu?.DeleteOnVmDeletion ?? true,
            ...(v?.VolumeType === 'io1' ? { Iops: v.Iops } : {}),
          },
        }
      })
    }
    const image: Image = {
      ImageId: id,
      ImageName: req.ImageName ?? `image-${id}`,
      Description: req.Description ?? '',
      AccountId: ctx.account.accountId,
      AccountAlias: '',
      Architecture: architecture ?? source?.Architecture ?? 'x86_64',
      BootModes: source?.BootModes ?? ['legacy'],
      CreationDate: iso(ctx),
      ImageType: 'machine',
      PermissionsToLaunch: { GlobalPermission: false, AccountIds: [] },
      ProductCodes: req.ProductCodes ?? source?.ProductCodes ?? ['0001'],
      RootDeviceName: req.RootDeviceName ?? '/dev/sda1',
      RootDeviceType: 'bsu',
      BlockDeviceMappings: mappings ?? [
        {
          DeviceName: '/dev/sda1',
          Bsu: { DeleteOnVmDeletion: true, VolumeSize: 10, VolumeType: 'standard' },
        },
      ],
      State: 'pending',
      StateComment: {},
      Tags: [],
    }
    images(ctx.account).set(id, image)
    ctx.account.register(id, 'image', image)
    ctx.world.schedule(ctx.now + Math.max(IMAGE_MS, taken.length ? SNAPSHOT_MS : 0), () => {
      for (const snapId of taken) {
        const snap = snapshots(ctx.account).get(snapId)
        if (snap?.State === 'pending') {
          snap.State = 'completed'
          snap.Progress = 100
        }
      }
      if (image.State === 'pending') image.State = 'available'
    })
    return { Image: image }
  },
  UpdateImage: (req, ctx) => {
    const image = findImage(ctx.account, req.ImageId)
    if (image.AccountId !== ctx.account.accountId) {
      throw oscError('invalidParameterValue', 'Only images your account owns can be updated.')
    }
    const perms = req.PermissionsToLaunch
    assertAccountIds(perms)
    if (perms?.Additions && image.State !== 'available') {
      throw oscError(
        'invalidState',
        `The image ${req.ImageId} is ${image.State ?? 'not ready'}; share it once it is available.`,
      )
    }
    if (req.Description !== undefined) image.Description = req.Description
    image.PermissionsToLaunch = sharedWith(image.PermissionsToLaunch, perms)
    return { Image: image }
  },
  CreateImageExportTask: (req, ctx) => {
    const image = findImage(ctx.account, req.ImageId)
    // "You cannot export a shared or public OMI, as they do not belong to you."
    if (image.AccountId !== ctx.account.accountId)
      throw oscError(
        'invalidParameterValue',
        `The image ${req.ImageId} belongs to account ${image.AccountId ?? ''}: copy it to your account (CreateImage), then export the copy.`,
      )
    if (image.State !== 'available')
      throw oscError(
        'invalidState',
        `The image ${req.ImageId} is ${image.State ?? 'not ready'}; export it once it is available.`,
      )
    const osuExport = checkedOsuExport(req.OsuExport)
    assertQuota(ctx.account, 'image_export_limit', 1, 'tooManyResources')
    const task: ImageExportTask = {
      TaskId: ctx.world.newId('image-export'),
      ImageId: req.ImageId,
      State: 'pending/queued',
      Progress: 0,
      Comment: '',
      OsuExport: osuExport,
      Tags: [],
    }
    imageExportTasks(ctx.account).set(task.TaskId ?? '', task)
    ctx.account.register(task.TaskId ?? '', 'image-export-task', task)
    scheduleExport(ctx.world, task, ctx.now, IMAGE_EXPORT, () => {
      const prefix = osuExport.OsuPrefix ?? ''
      task.OsuExport = {
        ...osuExport,
        OsuManifestUrl: `https://oos.${ctx.account.region}.outscale.com/${osuExport.OsuBucket}/${prefix}${req.ImageId}.manifest.xml`,
      }
    })
    return { ImageExportTask: task }
  },
  ReadImageExportTasks: (req, ctx) => {
    const { page, nextPageToken } = readList(imageExportTasks(ctx.account).values(), req, {
      TaskIds: 'TaskId',
      ImageIds: 'ImageId',
    })
    return { ImageExportTasks: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  DeleteImage: (req, ctx) => {
    const image = findImage(ctx.account, req.ImageId)
    if (image.AccountId !== ctx.account.accountId) {
      throw oscError('invalidParameterValue', 'Public images cannot be deleted; only your own.')
    }
    images(ctx.account).delete(req.ImageId)
    ctx.account.unregister(req.ImageId)
    return {}
  },
}
