import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Net, RouteTable, Subnet } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ItemTable } from '../../kit/ItemTable.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { netResource, routeTableResource, subnetResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { netContents, useNetwork } from './net-data.ts'
import { isMain } from '../route-tables/route-rules.ts'
import { canDeleteNet } from './net-rules.ts'

const SubnetCreateDialog = lazy(() =>
  import('../subnets/SubnetCreateDialog.tsx').then((m) => ({ default: m.SubnetCreateDialog })),
)
const InternetServiceCreateDialog = lazy(() =>
  import('../internet-services/InternetServiceCreateDialog.tsx').then((m) => ({
    default: m.InternetServiceCreateDialog,
  })),
)
const RouteTableCreateDialog = lazy(() =>
  import('../route-tables/RouteTableCreateDialog.tsx').then((m) => ({ default: m.RouteTableCreateDialog })),
)

const route = getRouteApi('/$account/nets/$netId')

function Id({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function NetSubnets({ net }: { net: Net }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [open, setOpen] = useState(false)
  const { subnets } = netContents(useNetwork(account), net.NetId)
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('CreateSubnet')} variant="primary" onClick={() => setOpen(true)}>
          {t('subnets.create.title')}
        </ActionButton>
      </div>
      <ItemTable<Subnet>
        label={t('nets.subnets.table')}
        items={subnets}
        rowKey={(s) => s.SubnetId ?? ''}
        empty="nets.subnets.none"
        columns={[
          { label: 'table.col.name', cell: (s) => labelOf(subnetResource, s) },
          { label: 'table.col.id', cell: (s) => <Id id={s.SubnetId} /> },
          { label: 'subnets.col.range', cell: (s) => s.IpRange, mono: true },
          { label: 'subnets.col.subregion', cell: (s) => s.SubregionName },
          { label: 'subnets.col.free', cell: (s) => s.AvailableIpsCount },
        ]}
      />
      {open && (
        <Suspense fallback={null}>
          <SubnetCreateDialog account={account} fixedNet={net.NetId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}

function NetInternetService({ net }: { net: Net }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const network = useNetwork(account)
  const [open, setOpen] = useState<'create' | 'unlink'>()
  const igw = netContents(network, net.NetId).internetService
  const id = igw?.InternetServiceId ?? ''
  return (
    <div className="card flex flex-col gap-3 p-4 text-sm">
      {igw ? (
        <>
          <p>
            {t('nets.internet.linked')} <Id id={id} />
          </p>
          <div>
            <ActionButton check={can('UnlinkInternetService')} onClick={() => setOpen('unlink')}>
              {t('igw.unlink')}
            </ActionButton>
          </div>
        </>
      ) : (
        <>
          <p>{network.loaded ? t('nets.internet.none') : t('nets.loading')}</p>
          <div>
            <ActionButton
              check={allOf(can('CreateInternetService'), can('LinkInternetService'))}
              variant="primary"
              onClick={() => setOpen('create')}
            >
              {t('nets.internet.create')}
            </ActionButton>
          </div>
        </>
      )}
      {open === 'create' && (
        <Suspense fallback={null}>
          <InternetServiceCreateDialog
            account={account}
            fixedNet={net.NetId}
            onClose={() => setOpen(undefined)}
          />
        </Suspense>
      )}
      {open === 'unlink' && (
        <ConfirmDialog
          account={account}
          action="UnlinkInternetService"
          params={{ InternetServiceId: id, NetId: net.NetId ?? '' }}
          title={t('igw.unlink.title', { id, net: labelOf(netResource, net) })}
          confirmLabel={t('igw.unlink.confirm')}
          success={t('igw.unlinked', { id })}
          onClose={() => setOpen(undefined)}
        >
          <p>{t('igw.unlink.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function NetRouteTables({ net }: { net: Net }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [open, setOpen] = useState(false)
  const { routeTables } = netContents(useNetwork(account), net.NetId)
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('CreateRouteTable')} onClick={() => setOpen(true)}>
          {t('rtb.create.title')}
        </ActionButton>
      </div>
      <ItemTable<RouteTable>
        label={t('nets.routeTables.table')}
        items={routeTables}
        rowKey={(r) => r.RouteTableId ?? ''}
        empty="nets.routeTables.none"
        columns={[
          { label: 'table.col.name', cell: (r) => labelOf(routeTableResource, r) },
          { label: 'table.col.id', cell: (r) => <Id id={r.RouteTableId} /> },
          { label: 'rtb.col.main', cell: (r) => (isMain(r) ? t('rtb.main.yes') : t('rtb.main.no')) },
          { label: 'rtb.col.routes', cell: (r) => r.Routes?.length ?? 0 },
          {
            label: 'rtb.col.subnets',
            cell: (r) => (r.LinkRouteTables ?? []).filter((l) => l.SubnetId).length,
          },
        ]}
      />
      {open && (
        <Suspense fallback={null}>
          <RouteTableCreateDialog account={account} fixedNet={net.NetId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}

const tabs: DetailTab<Net>[] = [
  { key: 'subnets', label: 'nets.tab.subnets', render: (net) => <NetSubnets net={net} /> },
  { key: 'internet', label: 'nets.tab.internet', render: (net) => <NetInternetService net={net} /> },
  { key: 'route-tables', label: 'nets.tab.routeTables', render: (net) => <NetRouteTables net={net} /> },
  {
    key: 'properties',
    label: 'nets.tab.properties',
    render: (net) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{net.NetId}</span>],
          ['nets.col.range', <span className="font-mono">{net.IpRange}</span>],
          ['table.col.state', net.State],
          ['nets.prop.tenancy', net.Tenancy],
          [
            'nets.prop.dhcp',
            net.DhcpOptionsSetId && <span className="font-mono">{net.DhcpOptionsSetId}</span>,
          ],
        ]}
      />
    ),
  },
  tagsTab(netResource),
  auditTab(netResource),
]

function NetActions({ account, net }: { account: string; net: Net }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const network = useNetwork(account)
  const [open, setOpen] = useState(false)
  const name = labelOf(netResource, net)
  const rule = canDeleteNet(network.loaded ? netContents(network, net.NetId) : undefined)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.net', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton check={allOf(can('DeleteNet'), rule)} variant="danger" onClick={() => setOpen(true)}>
        {t('nets.delete')}
      </ActionButton>
      {!rule.allowed && <p className="text-sm muted">{t(rule.reason)}</p>}
      {open && (
        <ConfirmDialog
          account={account}
          action="DeleteNet"
          params={{ NetId: net.NetId ?? '' }}
          title={t('nets.delete.title', { name })}
          confirmLabel={t('nets.delete.confirm')}
          success={t('nets.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('nets.delete.type', { name }) }}
          onClose={() => setOpen(false)}
          onDone={() => void navigate(paths.section({ account, section: 'nets' }))}
        >
          <p>{t('nets.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function NetDetailPage() {
  const { account, netId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={netResource}
      account={account}
      id={netId}
      tabs={tabs}
      notAllowed="nets.notAllowed"
      actions={(net) => <NetActions account={account} net={net} />}
    />
  )
}
