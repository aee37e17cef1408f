// Storage: volumes, their snapshots, and the images VMs boot from.
import type { Image, Snapshot, Volume } from '@osc-console/osc-api'
import { resource, tagPairs, tagValue } from '../descriptor.ts'
import { volumeState } from '../../pages/volumes/volume-state.ts'

export const volumeResource = resource<Volume>(
  {
    section: 'volumes',
    family: 'volumes',
    plural: 'Volumes',
    title: 'nav.volumes',
    description: 'nav.volumes.description',
    noun: 'resources.volume',
    idPrefix: 'vol-',
    built: true,
  },
  {
    states: ['creating', 'available', 'in-use', 'updating', 'deleting', 'error', 'attaching', 'detaching'],
    // While a volume is being attached or detached, its link's state is what changes (and what polling watches).
    stateOf: volumeState,
    hint: (v) =>
      [volumeState(v), v.VolumeType, v.Size === undefined ? '' : `${v.Size} GiB`, v.LinkedVolumes?.[0]?.VmId]
        .filter(Boolean)
        .join(' · '),
    invalidatedBy: ['vms'],
  },
)

export const snapshotResource = resource<Snapshot>(
  {
    section: 'snapshots',
    family: 'snapshots',
    plural: 'Snapshots',
    title: 'nav.snapshots',
    description: 'nav.snapshots.description',
    noun: 'resources.snapshot',
    idPrefix: 'snap-',
    built: true,
  },
  {
    states: ['in-queue', 'pending', 'completed', 'error', 'deleting'],
    filters: ['state', 'tag'],
    searchText: (s) =>
      [tagValue(s.Tags, 'Name'), s.SnapshotId, s.VolumeId, s.Description, ...tagPairs(s.Tags)]
        .filter(Boolean)
        .join(' '),
    hint: (s) =>
      [s.State, s.VolumeSize === undefined ? '' : `${s.VolumeSize} GiB`, s.Description]
        .filter(Boolean)
        .join(' · '),
  },
)

export const imageResource = resource<Image>(
  {
    section: 'images',
    family: 'images',
    plural: 'Images',
    title: 'nav.images',
    description: 'nav.images.description',
    noun: 'resources.image',
    idPrefix: 'ami-',
    built: true,
  },
  {
    states: ['pending', 'available', 'failed'],
    filters: ['state', 'tag'],
    // An image's name is its own field; a Name tag, when set, is what the team calls it.
    nameOf: (i) => tagValue(i.Tags, 'Name') ?? i.ImageName ?? '',
    searchText: (i) =>
      [i.ImageName, i.ImageId, i.Description, i.AccountAlias, ...tagPairs(i.Tags)].filter(Boolean).join(' '),
    hint: (i) => [i.State, i.Description].filter(Boolean).join(' · '),
  },
)
