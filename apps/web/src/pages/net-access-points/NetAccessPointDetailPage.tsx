import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { NetAccessPoint } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { netAccessPointResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { napCan } from './nap-rules.ts'
import { IdLink, RouteTableLinks, ServiceName, useServices } from './nap-parts.tsx'

const route = getRouteApi('/$account/net-access-points/$netAccessPointId')

const TablesDialog = lazy(() =>
  import('./NetAccessPointRouteTablesDialog.tsx').then((m) => ({
    default: m.NetAccessPointRouteTablesDialog,
  })),
)

function NapProperties({ nap }: { nap: NetAccessPoint }) {
  const t = useT()
  const service = useServices(useAccountId()).find((s) => s.ServiceName === nap.ServiceName)
  return (
    <div className="flex flex-col gap-3">
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{nap.NetAccessPointId}</span>],
          ['table.col.state', nap.State],
          ['nap.col.service', <ServiceName name={nap.ServiceName} />],
          [
            'nap.col.prefixList',
            service?.ServiceId && <span className="font-mono">{service.ServiceId}</span>,
          ],
          [
            'nap.col.serviceRanges',
            service?.IpRanges?.length ? (
              <span className="font-mono">{service.IpRanges.join(', ')}</span>
            ) : null,
          ],
          ['nap.col.net', <IdLink id={nap.NetId} />],
          ['nap.col.routeTables', <RouteTableLinks ids={nap.RouteTableIds} />],
        ]}
      />
      <p className="text-sm muted">{t('nap.routeHint')}</p>
    </div>
  )
}

const tabs: DetailTab<NetAccessPoint>[] = [
  { key: 'properties', label: 'nap.tab.properties', render: (nap) => <NapProperties nap={nap} /> },
  tagsTab(netAccessPointResource),
  auditTab(netAccessPointResource),
]

function NapActions({ account, nap }: { account: string; nap: NetAccessPoint }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'tables' | 'delete' | null>(null)
  const name = labelOf(netAccessPointResource, nap)
  const del = napCan.delete(nap)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.netAccessPoint', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton
        check={allOf(can('UpdateNetAccessPoint'), napCan.editRouteTables(nap))}
        onClick={() => setOpen('tables')}
      >
        {t('nap.tables.title')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteNetAccessPoint'), del)}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('nap.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{t(del.reason)}</p>}
      {open === 'tables' && (
        <Suspense fallback={null}>
          <TablesDialog account={account} nap={nap} onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteNetAccessPoint"
          params={{ NetAccessPointId: nap.NetAccessPointId ?? '' }}
          title={t('nap.delete.title', { name })}
          confirmLabel={t('nap.delete.confirm')}
          success={t('nap.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('nap.delete.type', { name }) }}
          onClose={() => setOpen(null)}
          onDone={() => void navigate(paths.section({ account, section: 'net-access-points' }))}
        >
          <p>{t('nap.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function NetAccessPointDetailPage() {
  const { account, netAccessPointId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={netAccessPointResource}
      account={account}
      id={netAccessPointId}
      tabs={tabs}
      notAllowed="nap.notAllowed"
      actions={(nap) => <NapActions account={account} nap={nap} />}
    />
  )
}
