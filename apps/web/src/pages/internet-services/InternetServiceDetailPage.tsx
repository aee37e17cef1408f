import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { InternetService } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { internetServiceResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { igwCan } from './igw-rules.ts'

const LinkDialog = lazy(() =>
  import('./InternetServiceLinkDialog.tsx').then((m) => ({ default: m.InternetServiceLinkDialog })),
)

const route = getRouteApi('/$account/internet-services/$internetServiceId')

function NetLink({ id }: { id: string | undefined }) {
  const t = useT()
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : <>{t('igw.notLinked')}</>
}

const tabs: DetailTab<InternetService>[] = [
  {
    key: 'properties',
    label: 'igw.tab.properties',
    render: (igw) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{igw.InternetServiceId}</span>],
          ['igw.col.net', <NetLink id={igw.NetId} />],
          ['table.col.state', igw.State],
        ]}
      />
    ),
  },
  tagsTab(internetServiceResource),
  auditTab(internetServiceResource),
]

function IgwActions({ account, igw }: { account: string; igw: InternetService }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'link' | 'unlink' | 'delete'>()
  const close = () => setOpen(undefined)
  const id = igw.InternetServiceId ?? ''
  const name = labelOf(internetServiceResource, igw)
  const del = igwCan.delete(igw)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.internetService', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      {igw.NetId ? (
        <ActionButton
          check={allOf(can('UnlinkInternetService'), igwCan.unlink(igw))}
          onClick={() => setOpen('unlink')}
        >
          {t('igw.unlink')}
        </ActionButton>
      ) : (
        <ActionButton
          check={allOf(can('LinkInternetService'), igwCan.link(igw))}
          variant="primary"
          onClick={() => setOpen('link')}
        >
          {t('igw.link')}
        </ActionButton>
      )}
      <ActionButton
        check={allOf(can('DeleteInternetService'), del)}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('igw.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{t(del.reason)}</p>}
      {open === 'link' && (
        <Suspense fallback={null}>
          <LinkDialog account={account} igw={igw} onClose={close} />
        </Suspense>
      )}
      {open === 'unlink' && (
        <ConfirmDialog
          account={account}
          action="UnlinkInternetService"
          params={{ InternetServiceId: id, NetId: igw.NetId ?? '' }}
          title={t('igw.unlink.title', { id: name, net: igw.NetId ?? '' })}
          confirmLabel={t('igw.unlink.confirm')}
          success={t('igw.unlinked', { id: name })}
          onClose={close}
        >
          <p>{t('igw.unlink.body')}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteInternetService"
          params={{ InternetServiceId: id }}
          title={t('igw.delete.title', { name })}
          confirmLabel={t('igw.delete.confirm')}
          success={t('igw.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('igw.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'internet-services' }))}
        >
          <p>{t('igw.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function InternetServiceDetailPage() {
  const { account, internetServiceId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={internetServiceResource}
      account={account}
      id={internetServiceId}
      tabs={tabs}
      notAllowed="igw.notAllowed"
      actions={(igw) => <IgwActions account={account} igw={igw} />}
    />
  )
}
