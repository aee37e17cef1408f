// The snapshots list's columns: the volume it copies, its size, how far it has got, and who else may use it.
import type { Snapshot } from '@osc-console/osc-api'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { snapshotResource } from '../../kit/registry.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { useAccountId } from '../../app/account.ts'
import { createdColumn, stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { text, useT } from '../../i18n/text.ts'
import { GiB } from '../volumes/volume-columns.tsx'

function VolumeCell({ id }: { id: string }) {
  const account = useAccountId()
  return <ResourceId account={account} id={id} />
}

/** A snapshot's progress while it is taken, as a bar with its percentage. */
export function Progress({ value, label }: { value: number; label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <progress className="h-2 w-20" max={100} value={value} aria-label={label} />
      <span className="text-xs tabular-nums">{value}%</span>
    </span>
  )
}

function ProgressCell({ snapshot }: { snapshot: Snapshot }) {
  const t = useT()
  return (
    <Progress
      value={snapshot.Progress ?? 0}
      label={t('snapshots.progressOf', { id: snapshot.SnapshotId ?? '' })}
    />
  )
}

function SharedCell({ snapshot }: { snapshot: Snapshot }) {
  const t = useT()
  const perms = snapshot.PermissionsToCreateVolume
  if (perms?.GlobalPermission) return <>{t('snapshots.shared.public')}</>
  const count = perms?.AccountIds?.length ?? 0
  return <>{count === 0 ? t('snapshots.shared.no') : t('snapshots.shared.accounts', { count })}</>
}

export const snapshotColumns: ResourceColumn<Snapshot>[] = [
  nameColumn(snapshotResource),
  resourceIdColumn(snapshotResource),
  stateColumn((s) => s.State),
  {
    id: 'progress',
    label: text('snapshots.col.progress'),
    value: (s) => s.Progress,
    cell: (s) => <ProgressCell snapshot={s} />,
    width: 'w-36',
  },
  {
    id: 'volume',
    label: text('snapshots.col.volume'),
    value: (s) => s.VolumeId,
    cell: (s) => (s.VolumeId ? <VolumeCell id={s.VolumeId} /> : null),
    width: 'w-32',
  },
  {
    id: 'size',
    label: text('snapshots.col.size'),
    value: (s) => s.VolumeSize,
    cell: (s) => <GiB size={s.VolumeSize ?? 0} />,
    width: 'w-24',
  },
  {
    id: 'description',
    label: text('snapshots.col.description'),
    value: (s) => s.Description,
    cell: (s) => <span title={s.Description}>{s.Description}</span>,
    width: 'w-56',
  },
  {
    id: 'shared',
    label: text('snapshots.col.shared'),
    value: (s) => {
      const perms = s.PermissionsToCreateVolume
      return perms?.GlobalPermission ? 'public' : (perms?.AccountIds ?? []).join(' ')
    },
    cell: (s) => <SharedCell snapshot={s} />,
    width: 'w-32',
  },
  createdColumn<Snapshot>((s) => s.CreationDate),
  { ...tagsColumn<Snapshot>((s) => s.Tags), defaultHidden: true },
]
