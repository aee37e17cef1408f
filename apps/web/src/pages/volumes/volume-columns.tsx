// The volumes list's columns: what a volume is (type, size, IOPS), where it is and what it is attached to.
import type { Volume } from '@osc-console/osc-api'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { volumeResource } from '../../kit/registry.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { useAccountId } from '../../app/account.ts'
import { createdColumn, stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { text, useT } from '../../i18n/text.ts'
import { linkOf, volumeState } from './volume-rules.ts'

function AttachedTo({ volume }: { volume: Volume }) {
  const account = useAccountId()
  const link = linkOf(volume)
  if (!link?.VmId) return null
  return (
    <span className="inline-flex items-center gap-1">
      <ResourceId account={account} id={link.VmId} />
      <span className="font-mono text-xs muted">{link.DeviceName}</span>
    </span>
  )
}

export const volumeColumns: ResourceColumn<Volume>[] = [
  nameColumn(volumeResource),
  resourceIdColumn(volumeResource),
  stateColumn(volumeState),
  { id: 'type', label: text('volumes.col.type'), value: (v) => v.VolumeType, width: 'w-24' },
  {
    id: 'size',
    label: text('volumes.col.size'),
    value: (v) => v.Size,
    cell: (v) => <GiB size={v.Size ?? 0} />,
    width: 'w-24',
  },
  { id: 'iops', label: text('volumes.col.iops'), value: (v) => v.Iops, width: 'w-20' },
  { id: 'subregion', label: text('volumes.col.subregion'), value: (v) => v.SubregionName, width: 'w-32' },
  {
    id: 'attached',
    label: text('volumes.col.attachedTo'),
    value: (v) => [linkOf(v)?.VmId, linkOf(v)?.DeviceName].filter(Boolean).join(' '),
    cell: (v) => <AttachedTo volume={v} />,
    width: 'w-56',
  },
  {
    id: 'snapshot',
    label: text('volumes.col.snapshot'),
    value: (v) => v.SnapshotId,
    cell: (v) => (v.SnapshotId ? <SnapshotCell id={v.SnapshotId} /> : null),
    defaultHidden: true,
    width: 'w-32',
  },
  { ...createdColumn<Volume>((v) => v.CreationDate), defaultHidden: true },
  { ...tagsColumn<Volume>((v) => v.Tags), defaultHidden: true },
]

function SnapshotCell({ id }: { id: string }) {
  const account = useAccountId()
  return <ResourceId account={account} id={id} />
}

/** A size in GiB, in the reader's language. */
export function GiB({ size }: { size: number }) {
  const t = useT()
  return <>{t('volumes.gib', { size })}</>
}
