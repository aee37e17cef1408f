import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Image } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { SharingEditor } from '../../kit/SharingEditor.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { imageResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { GiB } from '../volumes/volume-columns.tsx'
import { ownerText } from './image-columns.tsx'
import { imageCan } from './image-rules.ts'
import { ExportTasks } from '../exports/ExportTasks.tsx'
import { imageExports } from '../exports/export-kinds.ts'

const route = getRouteApi('/$account/images/$imageId')

const ImageCreateDialog = lazy(() =>
  import('./ImageCreateDialog.tsx').then((m) => ({ default: m.ImageCreateDialog })),
)

function BlockDevices({ account, image }: { account: string; image: Image }) {
  const t = useT()
  const devices = image.BlockDeviceMappings ?? []
  return (
    <div className="card p-4">
      <table className="w-full text-sm" aria-label={t('images.devices')}>
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col">{t('images.device')}</th>
            <th scope="col">{t('images.col.snapshot')}</th>
            <th scope="col">{t('images.col.size')}</th>
            <th scope="col">{t('images.col.volumeType')}</th>
            <th scope="col">{t('images.col.deleteOnVmDeletion')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((b) => (
            <tr key={b.DeviceName} className="border-t border-slate-100 dark:border-slate-800">
              <td className="py-1 font-mono text-xs">{b.DeviceName}</td>
              <td>{b.Bsu?.SnapshotId ? <ResourceId account={account} id={b.Bsu.SnapshotId} /> : '—'}</td>
              <td>{b.Bsu?.VolumeSize === undefined ? '—' : <GiB size={b.Bsu.VolumeSize} />}</td>
              <td>{b.Bsu?.VolumeType}</td>
              <td>{t(b.Bsu?.DeleteOnVmDeletion ? 'images.yes' : 'images.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function imageTabs(account: string): DetailTab<Image>[] {
  return [
    {
      key: 'properties',
      label: 'images.tab.properties',
      render: (i) => (
        <PropertiesTable
          properties={[
            ['images.form.name', i.ImageName],
            ['table.col.id', <span className="font-mono">{i.ImageId}</span>],
            ['images.col.description', i.Description],
            ['images.col.owner', ownerText(i)],
            ['images.col.architecture', i.Architecture],
            ['images.prop.bootModes', (i.BootModes ?? []).join(', ')],
            ['images.prop.rootDevice', <span className="font-mono">{i.RootDeviceName}</span>],
            ['images.prop.productCodes', (i.ProductCodes ?? []).join(', ')],
            ['table.col.created', i.CreationDate && <DateTime iso={i.CreationDate} />],
          ]}
        />
      ),
    },
    {
      key: 'devices',
      label: 'images.tab.devices',
      render: (i) => <BlockDevices account={account} image={i} />,
    },
    {
      key: 'sharing',
      label: 'images.tab.sharing',
      render: (i) => (
        <SharingEditor
          account={account}
          action="UpdateImage"
          request={(change) => ({ ImageId: i.ImageId ?? '', PermissionsToLaunch: change })}
          permissions={i.PermissionsToLaunch}
          what="images.share.what"
          check={imageCan.share(i)}
        />
      ),
    },
    {
      key: 'exports',
      label: 'images.tab.exports',
      render: (i) => (
        <ExportTasks
          account={account}
          kind={imageExports}
          id={i.ImageId ?? ''}
          canExport={imageCan.export(i)}
        />
      ),
    },
    tagsTab(imageResource),
    auditTab(imageResource),
  ]
}

function ImageActions({ account, image }: { account: string; image: Image }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'copy' | 'deregister'>()
  const close = () => setOpen(undefined)
  const name = labelOf(imageResource, image)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.image', { count: 1 }) })}
      className="flex flex-wrap gap-2"
    >
      <ActionButton
        check={allOf(can('CreateVms'), imageCan.launch(image))}
        onClick={() =>
          void navigate({ ...paths.newVm({ account }), search: { imageId: image.ImageId ?? '' } })
        }
      >
        {t('images.launch')}
      </ActionButton>
      <ActionButton check={allOf(can('CreateImage'), imageCan.copy(image))} onClick={() => setOpen('copy')}>
        {t('images.copy')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteImage'), imageCan.deregister(image))}
        variant="danger"
        onClick={() => setOpen('deregister')}
      >
        {t('images.deregister')}
      </ActionButton>
      {open === 'copy' && (
        <Suspense fallback={null}>
          <ImageCreateDialog account={account} source={image} onClose={close} />
        </Suspense>
      )}
      {open === 'deregister' && (
        <ConfirmDialog
          account={account}
          action="DeleteImage"
          params={{ ImageId: image.ImageId ?? '' }}
          title={t('images.deregister.title', { name })}
          confirmLabel={t('images.deregister.confirm')}
          success={t('images.deregistered', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('images.deregister.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'images' }))}
        >
          <p>{t('images.deregister.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function ImageDetailPage() {
  const { account, imageId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={imageResource}
      account={account}
      id={imageId}
      tabs={imageTabs(account)}
      notAllowed="images.notAllowed"
      actions={(image) => <ImageActions account={account} image={image} />}
    />
  )
}
