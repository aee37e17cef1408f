// OMIs: the public catalogue every account sees, plus the account's own images (CreateImage from a VM).
import type { Image } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { iso, must } from './common.ts'

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
    const id = ctx.world.newId('ami')
    const source = req.SourceImageId ? findImage(ctx.account, req.SourceImageId) : undefined
    const image: Image = {
      ImageId: id,
      ImageName: req.ImageName ?? `image-${id}`,
      Description: req.Description ?? '',
      AccountId: ctx.account.accountId,
      AccountAlias: '',
      Architecture: req.Architecture ?? source?.Architecture ?? 'x86_64',
      BootModes: source?.BootModes ?? ['legacy'],
      CreationDate: iso(ctx),
      ImageType: 'machine',
      PermissionsToLaunch: { GlobalPermission: false, AccountIds: [] },
      ProductCodes: req.ProductCodes ?? source?.ProductCodes ?? ['0001'],
      RootDeviceName: req.RootDeviceName ?? '/dev/sda1',
      RootDeviceType: 'bsu',
      BlockDeviceMappings: source?.BlockDeviceMappings ?? [
        {
          DeviceName: '/dev/sda1',
          Bsu: { DeleteOnVmDeletion: true, VolumeSize: 10, VolumeType: 'standard' },
        },
      ],
      State: 'pending',
      StateComment: {},
      Tags: [],
    }
    if (req.VmId && !ctx.account.registry.has(req.VmId)) {
      throw oscError('noSuchVm', `The VM ${req.VmId} does not exist.`)
    }
    images(ctx.account).set(id, image)
    ctx.account.register(id, 'image', image)
    ctx.world.schedule(ctx.now + 30_000, () => {
      image.State = 'available'
    })
    return { Image: image }
  },
  UpdateImage: (req, ctx) => {
    const image = findImage(ctx.account, req.ImageId)
    if (image.AccountId !== ctx.account.accountId) {
      throw oscError('invalidParameterValue', 'Only images your account owns can be updated.')
    }
    if (req.Description !== undefined) image.Description = req.Description
    const perms = req.PermissionsToLaunch
    if (perms?.Additions?.GlobalPermission !== undefined) {
      image.PermissionsToLaunch = {
        ...image.PermissionsToLaunch,
        GlobalPermission: perms.Additions.GlobalPermission,
      }
    }
    if (perms?.Removals?.GlobalPermission) {
      image.PermissionsToLaunch = { ...image.PermissionsToLaunch, GlobalPermission: false }
    }
    return { Image: image }
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
