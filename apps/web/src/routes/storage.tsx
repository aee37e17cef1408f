// Storage: volumes, snapshots and images, whose pages share the storage chunk.
import { imageResource, snapshotResource, volumeResource } from '../kit/registry.ts'
import { detailRoute, detailTabs, listRoute, type Pages } from './base.tsx'

const storagePages: Pages = () => import('../pages/storage-pages.ts')

export const volumesRoute = listRoute('volumes', volumeResource, storagePages)
export const volumeDetailRoute = detailRoute('volumes/$volumeId', detailTabs, storagePages)
export const snapshotsRoute = listRoute('snapshots', snapshotResource, storagePages)
export const snapshotDetailRoute = detailRoute(
  'snapshots/$snapshotId',
  ['properties', 'sharing', 'exports', 'tags', 'audit'],
  storagePages,
)
export const imagesRoute = listRoute('images', imageResource, storagePages)
export const imageDetailRoute = detailRoute(
  'images/$imageId',
  ['properties', 'devices', 'sharing', 'exports', 'tags', 'audit'],
  storagePages,
)
