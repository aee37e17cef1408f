// The storage pages in one chunk: every chunk the router can load costs the first route its name, and these pages
// link to one another (a volume to its snapshots, a snapshot to the volumes made from it) and share their reads.
export { default as VolumeListPage } from './volumes/VolumeListPage.tsx'
export { default as VolumeDetailPage } from './volumes/VolumeDetailPage.tsx'
export { default as SnapshotListPage } from './snapshots/SnapshotListPage.tsx'
export { default as SnapshotDetailPage } from './snapshots/SnapshotDetailPage.tsx'
export { default as ImageListPage } from './images/ImageListPage.tsx'
export { default as ImageDetailPage } from './images/ImageDetailPage.tsx'
