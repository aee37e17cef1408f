import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Snapshot } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { SharingEditor } from '../../kit/SharingEditor.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { snapshotResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { GiB } from '../volumes/volume-columns.tsx'
import { Progress } from './snapshot-columns.tsx'
import { ExportTasks } from '../exports/ExportTasks.tsx'
import { snapshotExports } from '../exports/export-kinds.ts'
import { snapshotCan } from './snapshot-rules.ts'

const route = getRouteApi('/$account/snapshots/$snapshotId')

// The forms come with their dialog, when someone opens it.
const VolumeCreateDialog = lazy(() =>
  import('../volumes/VolumeCreateDialog.tsx').then((m) => ({ default: m.VolumeCreateDialog })),
)
const SnapshotCopyDialog = lazy(() =>
  import('./SnapshotCopyDialog.tsx').then((m) => ({ default: m.SnapshotCopyDialog })),
)

function ProgressValue({ snapshot }: { snapshot: Snapshot }) {
  const t = useT()
  return (
    <Progress
      value={snapshot.Progress ?? 0}
      label={t('snapshots.progressOf', { id: snapshot.SnapshotId ?? '' })}
    />
  )
}

function snapshotTabs(account: string): DetailTab<Snapshot>[] {
  return [
    {
      key: 'properties',
      label: 'snapshots.tab.properties',
      render: (s) => (
        <PropertiesTable
          properties={[
            ['table.col.id', <span className="font-mono">{s.SnapshotId}</span>],
            ['snapshots.col.progress', <ProgressValue snapshot={s} />],
            ['snapshots.col.volume', s.VolumeId && <ResourceId account={account} id={s.VolumeId} />],
            ['snapshots.col.size', <GiB size={s.VolumeSize ?? 0} />],
            ['snapshots.col.description', s.Description],
            ['snapshots.prop.owner', [s.AccountAlias, s.AccountId].filter(Boolean).join(' · ')],
            ['table.col.created', s.CreationDate && <DateTime iso={s.CreationDate} />],
          ]}
        />
      ),
    },
    {
      key: 'sharing',
      label: 'snapshots.tab.sharing',
      render: (s) => (
        <SharingEditor
          account={account}
          action="UpdateSnapshot"
          request={(change) => ({ SnapshotId: s.SnapshotId ?? '', PermissionsToCreateVolume: change })}
          permissions={s.PermissionsToCreateVolume}
          what="snapshots.share.what"
          check={snapshotCan.share(s)}
        />
      ),
    },
    {
      key: 'exports',
      label: 'snapshots.tab.exports',
      render: (s) => (
        <ExportTasks
          account={account}
          kind={snapshotExports}
          id={s.SnapshotId ?? ''}
          canExport={snapshotCan.share(s)}
        />
      ),
    },
    tagsTab(snapshotResource),
    auditTab(snapshotResource),
  ]
}

type Open = 'volume' | 'copy' | 'delete'

function SnapshotActions({ account, snapshot }: { account: string; snapshot: Snapshot }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<Open>()
  const close = () => setOpen(undefined)
  const name = labelOf(snapshotResource, snapshot)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.snapshot', { count: 1 }) })}
      className="flex flex-wrap gap-2"
    >
      <ActionButton
        check={allOf(can('CreateVolume'), snapshotCan.createVolume(snapshot))}
        onClick={() => setOpen('volume')}
      >
        {t('snapshots.createVolume')}
      </ActionButton>
      <ActionButton
        check={allOf(can('CreateSnapshot'), snapshotCan.copy(snapshot))}
        onClick={() => setOpen('copy')}
      >
        {t('snapshots.copy')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteSnapshot'), snapshotCan.delete(snapshot))}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('snapshots.delete')}
      </ActionButton>
      <Suspense fallback={null}>
        {open === 'volume' && <VolumeCreateDialog account={account} snapshot={snapshot} onClose={close} />}
        {open === 'copy' && <SnapshotCopyDialog account={account} snapshot={snapshot} onClose={close} />}
      </Suspense>
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteSnapshot"
          params={{ SnapshotId: snapshot.SnapshotId ?? '' }}
          title={t('snapshots.delete.title', { name })}
          confirmLabel={t('snapshots.delete.confirm')}
          success={t('snapshots.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('snapshots.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'snapshots' }))}
        >
          <p>{t('snapshots.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function SnapshotDetailPage() {
  const { account, snapshotId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={snapshotResource}
      account={account}
      id={snapshotId}
      tabs={snapshotTabs(account)}
      notAllowed="snapshots.notAllowed"
      actions={(snapshot) => <SnapshotActions account={account} snapshot={snapshot} />}
    />
  )
}
