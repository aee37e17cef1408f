import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Volume } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { volumeResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { GiB } from './volume-columns.tsx'
import { linkOf, volumeCan } from './volume-rules.ts'

const route = getRouteApi('/$account/volumes/$volumeId')

// The forms come with their dialog, when someone opens it.
const VolumeAttachDialog = lazy(() =>
  import('./VolumeAttachDialog.tsx').then((m) => ({ default: m.VolumeAttachDialog })),
)
const VolumeUpdateDialog = lazy(() =>
  import('./VolumeUpdateDialog.tsx').then((m) => ({ default: m.VolumeUpdateDialog })),
)
const SnapshotCreateDialog = lazy(() =>
  import('../snapshots/SnapshotCreateDialog.tsx').then((m) => ({ default: m.SnapshotCreateDialog })),
)

function volumeTabs(account: string): DetailTab<Volume>[] {
  return [
    {
      key: 'properties',
      label: 'volumes.tab.properties',
      render: (v) => {
        const link = linkOf(v)
        return (
          <PropertiesTable
            properties={[
              ['table.col.id', <span className="font-mono">{v.VolumeId}</span>],
              ['volumes.col.type', v.VolumeType],
              ['volumes.col.size', <GiB size={v.Size ?? 0} />],
              ['volumes.col.iops', v.Iops],
              ['volumes.col.subregion', v.SubregionName],
              ['volumes.prop.attachedTo', link?.VmId && <ResourceId account={account} id={link.VmId} />],
              [
                'volumes.prop.device',
                link?.DeviceName && <span className="font-mono">{link.DeviceName}</span>,
              ],
              ['volumes.prop.linkState', link?.State],
              [
                'volumes.prop.deleteOnVmDeletion',
                link && <DeleteWithVm value={Boolean(link.DeleteOnVmDeletion)} />,
              ],
              ['volumes.col.snapshot', v.SnapshotId && <ResourceId account={account} id={v.SnapshotId} />],
              ['table.col.created', v.CreationDate && <DateTime iso={v.CreationDate} />],
            ]}
          />
        )
      },
    },
    tagsTab(volumeResource),
    auditTab(volumeResource),
  ]
}

function DeleteWithVm({ value }: { value: boolean }) {
  const t = useT()
  return <>{t(value ? 'volumes.yes' : 'volumes.no')}</>
}

type Open = 'attach' | 'detach' | 'update' | 'snapshot' | 'delete'

function VolumeActions({ account, volume }: { account: string; volume: Volume }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<Open>()
  const close = () => setOpen(undefined)
  const name = labelOf(volumeResource, volume)
  const link = linkOf(volume)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.volume', { count: 1 }) })}
      className="flex flex-wrap gap-2"
    >
      <ActionButton
        check={allOf(can('LinkVolume'), volumeCan.attach(volume))}
        onClick={() => setOpen('attach')}
      >
        {t('volumes.attach')}
      </ActionButton>
      <ActionButton
        check={allOf(can('UnlinkVolume'), volumeCan.detach(volume))}
        onClick={() => setOpen('detach')}
      >
        {t('volumes.detach')}
      </ActionButton>
      <ActionButton
        check={allOf(can('UpdateVolume'), volumeCan.update(volume))}
        onClick={() => setOpen('update')}
      >
        {t('volumes.update')}
      </ActionButton>
      <ActionButton
        check={allOf(can('CreateSnapshot'), volumeCan.snapshot(volume))}
        onClick={() => setOpen('snapshot')}
      >
        {t('volumes.snapshot')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteVolume'), volumeCan.delete(volume))}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('volumes.delete')}
      </ActionButton>
      <Suspense fallback={null}>
        {open === 'attach' && <VolumeAttachDialog account={account} volume={volume} onClose={close} />}
        {open === 'update' && <VolumeUpdateDialog account={account} volume={volume} onClose={close} />}
        {open === 'snapshot' && <SnapshotCreateDialog account={account} volume={volume} onClose={close} />}
      </Suspense>
      {open === 'detach' && (
        <ConfirmDialog
          account={account}
          action="UnlinkVolume"
          params={{ VolumeId: volume.VolumeId ?? '' }}
          title={t('volumes.detach.title', { name })}
          confirmLabel={t('volumes.detach.confirm')}
          success={t('volumes.detached', { name })}
          onClose={close}
        >
          <p>{t('volumes.detach.body', { vm: link?.VmId ?? '', device: link?.DeviceName ?? '' })}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteVolume"
          params={{ VolumeId: volume.VolumeId ?? '' }}
          title={t('volumes.delete.title', { name })}
          confirmLabel={t('volumes.delete.confirm')}
          success={t('volumes.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('volumes.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'volumes' }))}
        >
          <p>{t('volumes.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function VolumeDetailPage() {
  const { account, volumeId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={volumeResource}
      account={account}
      id={volumeId}
      tabs={volumeTabs(account)}
      notAllowed="volumes.notAllowed"
      actions={(volume) => <VolumeActions account={account} volume={volume} />}
    />
  )
}
