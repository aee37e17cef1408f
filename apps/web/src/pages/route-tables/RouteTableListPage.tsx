import { lazy } from 'react'
import type { RouteTable } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { routeTableResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { isMain, linkedSubnets, routeTableBulkActions } from './route-rules.ts'

const CreateDialog = lazy(() =>
  import('./RouteTableCreateDialog.tsx').then((m) => ({ default: m.RouteTableCreateDialog })),
)

function NetCell({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function MainCell({ rtb }: { rtb: RouteTable }) {
  const t = useT()
  return <>{isMain(rtb) ? t('rtb.main.yes') : t('rtb.main.no')}</>
}

export const routeTableColumns: ResourceColumn<RouteTable>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  {
    id: 'net',
    label: text('rtb.col.net'),
    value: (r) => r.NetId,
    cell: (r) => <NetCell id={r.NetId} />,
    width: 'w-32',
  },
  {
    id: 'main',
    label: text('rtb.col.main'),
    value: (r) => (isMain(r) ? 1 : 0),
    cell: (r) => <MainCell rtb={r} />,
    width: 'w-20',
  },
  { id: 'routes', label: text('rtb.col.routes'), value: (r) => r.Routes?.length ?? 0, width: 'w-20' },
  { id: 'subnets', label: text('rtb.col.subnets'), value: (r) => linkedSubnets(r).length, width: 'w-24' },
  { ...tagsColumn<RouteTable>((r) => r.Tags), defaultHidden: true },
]

export default function RouteTableListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={routeTableColumns}
      tableLabel="rtb.table"
      notAllowed="rtb.notAllowed"
      empty={{ title: 'rtb.empty.title', body: 'rtb.empty.body' }}
      bulkActions={routeTableBulkActions}
      create={
        <CreateButton
          action="CreateRouteTable"
          label="rtb.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
