import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { LinkRouteTable, Route, RouteTable } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ItemTable } from '../../kit/ItemTable.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { routeTableResource } from '../../kit/registry.ts'
import { StateBadge } from '../../ui/StateBadge.tsx'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import {
  canDeleteTable,
  canRemoveRoute,
  isMain,
  linkedSubnets,
  routeDestination,
  routeTarget,
  targetKindLabel,
} from './route-rules.ts'

const RouteAddDialog = lazy(() => import('./RouteAddDialog.tsx').then((m) => ({ default: m.RouteAddDialog })))
const LinkDialog = lazy(() =>
  import('./RouteTableLinkDialog.tsx').then((m) => ({ default: m.RouteTableLinkDialog })),
)

const route = getRouteApi('/$account/route-tables/$routeTableId')

function Id({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function Target({ route: r }: { route: Route }) {
  const t = useT()
  const target = routeTarget(r)
  if (target.kind === 'local') return <>{t('rtb.target.local')}</>
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {target.kind !== 'other' && <span className="muted">{t(targetKindLabel[target.kind])}</span>}
      <Id id={target.id} />
    </span>
  )
}

function Routes({ table }: { table: RouteTable }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<Route>()
  const id = table.RouteTableId ?? ''
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('CreateRoute')} variant="primary" onClick={() => setAdding(true)}>
          {t('rtb.route.add')}
        </ActionButton>
      </div>
      <ItemTable<Route>
        label={t('rtb.routes.table')}
        items={table.Routes ?? []}
        rowKey={(r) => routeDestination(r)}
        empty="rtb.routes.none"
        columns={[
          { label: 'rtb.route.destination', cell: (r) => routeDestination(r), mono: true },
          { label: 'rtb.route.target', cell: (r) => <Target route={r} /> },
          { label: 'table.col.state', cell: (r) => <StateBadge state={r.State} /> },
          { label: 'rtb.route.origin', cell: (r) => r.CreationMethod },
          {
            label: 'rtb.route.actions',
            cell: (r) =>
              r.GatewayId === 'local' ? (
                <span className="text-xs muted">{t('rtb.rule.localRoute')}</span>
              ) : (
                <ActionButton
                  check={allOf(can('DeleteRoute'), canRemoveRoute(r))}
                  onClick={() => setRemoving(r)}
                >
                  {t('rtb.route.remove', { destination: routeDestination(r) })}
                </ActionButton>
              ),
          },
        ]}
      />
      {adding && (
        <Suspense fallback={null}>
          <RouteAddDialog account={account} table={table} onClose={() => setAdding(false)} />
        </Suspense>
      )}
      {removing && (
        <ConfirmDialog
          account={account}
          action="DeleteRoute"
          params={{ RouteTableId: id, DestinationIpRange: removing.DestinationIpRange ?? '' }}
          title={t('rtb.route.removeTitle', { destination: removing.DestinationIpRange ?? '' })}
          confirmLabel={t('rtb.route.removeConfirm')}
          success={t('rtb.route.removed', { destination: removing.DestinationIpRange ?? '' })}
          danger
          onClose={() => setRemoving(undefined)}
        >
          <p>
            {t('rtb.route.removeBody', {
              destination: removing.DestinationIpRange ?? '',
              target: routeTarget(removing).id,
            })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function Subnets({ table }: { table: RouteTable }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [linking, setLinking] = useState(false)
  const [unlinking, setUnlinking] = useState<LinkRouteTable>()
  return (
    <div className="flex flex-col gap-3">
      {isMain(table) && <p className="text-sm">{t('rtb.subnets.main')}</p>}
      <div>
        <ActionButton check={can('LinkRouteTable')} onClick={() => setLinking(true)}>
          {t('rtb.link.title')}
        </ActionButton>
      </div>
      <ItemTable<LinkRouteTable>
        label={t('rtb.subnets.table')}
        items={linkedSubnets(table)}
        rowKey={(l) => l.LinkRouteTableId ?? ''}
        empty="rtb.subnets.none"
        columns={[
          { label: 'rtb.col.subnet', cell: (l) => <Id id={l.SubnetId} /> },
          { label: 'rtb.col.link', cell: (l) => l.LinkRouteTableId, mono: true },
          {
            label: 'rtb.route.actions',
            cell: (l) => (
              <ActionButton check={can('UnlinkRouteTable')} onClick={() => setUnlinking(l)}>
                {t('rtb.unlink', { subnet: l.SubnetId ?? '' })}
              </ActionButton>
            ),
          },
        ]}
      />
      {linking && (
        <Suspense fallback={null}>
          <LinkDialog account={account} table={table} onClose={() => setLinking(false)} />
        </Suspense>
      )}
      {unlinking && (
        <ConfirmDialog
          account={account}
          action="UnlinkRouteTable"
          params={{ LinkRouteTableId: unlinking.LinkRouteTableId ?? '' }}
          title={t('rtb.unlink', { subnet: unlinking.SubnetId ?? '' })}
          confirmLabel={t('rtb.unlink.confirm')}
          success={t('rtb.unlinked', { subnet: unlinking.SubnetId ?? '' })}
          onClose={() => setUnlinking(undefined)}
        >
          <p>{t('rtb.unlink.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function MainText({ table }: { table: RouteTable }) {
  const t = useT()
  return <>{isMain(table) ? t('rtb.main.yes') : t('rtb.main.no')}</>
}

const tabs: DetailTab<RouteTable>[] = [
  { key: 'routes', label: 'rtb.tab.routes', render: (r) => <Routes table={r} /> },
  { key: 'subnets', label: 'rtb.tab.subnets', render: (r) => <Subnets table={r} /> },
  {
    key: 'properties',
    label: 'rtb.tab.properties',
    render: (r) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{r.RouteTableId}</span>],
          ['rtb.col.net', <Id id={r.NetId} />],
          ['rtb.col.main', <MainText table={r} />],
        ]}
      />
    ),
  },
  tagsTab(routeTableResource),
  auditTab(routeTableResource),
]

function TableActions({ account, table }: { account: string; table: RouteTable }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const name = labelOf(routeTableResource, table)
  const rule = canDeleteTable(table)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.routeTable', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton
        check={allOf(can('DeleteRouteTable'), rule)}
        variant="danger"
        onClick={() => setOpen(true)}
      >
        {t('rtb.delete')}
      </ActionButton>
      {!rule.allowed && <p className="text-sm muted">{t(rule.reason)}</p>}
      {open && (
        <ConfirmDialog
          account={account}
          action="DeleteRouteTable"
          params={{ RouteTableId: table.RouteTableId ?? '' }}
          title={t('rtb.delete.title', { name })}
          confirmLabel={t('rtb.delete.confirm')}
          success={t('rtb.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('rtb.delete.type', { name }) }}
          onClose={() => setOpen(false)}
          onDone={() => void navigate(paths.section({ account, section: 'route-tables' }))}
        >
          <p>{t('rtb.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function RouteTableDetailPage() {
  const { account, routeTableId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={routeTableResource}
      account={account}
      id={routeTableId}
      tabs={tabs}
      notAllowed="rtb.notAllowed"
      actions={(table) => <TableActions account={account} table={table} />}
    />
  )
}
