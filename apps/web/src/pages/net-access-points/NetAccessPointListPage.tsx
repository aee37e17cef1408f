import { lazy } from 'react'
import type { NetAccessPoint } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { netAccessPointResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { napBulkActions } from './nap-rules.ts'
import { IdLink, RouteTableLinks, ServiceName } from './nap-parts.tsx'

const CreateDialog = lazy(() =>
  import('./NetAccessPointCreateDialog.tsx').then((m) => ({ default: m.NetAccessPointCreateDialog })),
)

const napColumns: ResourceColumn<NetAccessPoint>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  stateColumn<NetAccessPoint>((n) => n.State),
  {
    id: 'service',
    label: text('nap.col.service'),
    value: (n) => n.ServiceName,
    cell: (n) => <ServiceName name={n.ServiceName} />,
    width: 'w-72',
  },
  {
    id: 'net',
    label: text('nap.col.net'),
    value: (n) => n.NetId,
    cell: (n) => <IdLink id={n.NetId} />,
    width: 'w-32',
  },
  {
    id: 'routeTables',
    label: text('nap.col.routeTables'),
    value: (n) => n.RouteTableIds?.join(' '),
    cell: (n) => <RouteTableLinks ids={n.RouteTableIds} />,
    width: 'w-56',
  },
  tagsColumn<NetAccessPoint>((n) => n.Tags),
]

export default function NetAccessPointListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={napColumns}
      tableLabel="nap.table"
      notAllowed="nap.notAllowed"
      empty={{ title: 'nap.empty.title', body: 'nap.empty.body' }}
      bulkActions={napBulkActions}
      create={
        <CreateButton
          action="CreateNetAccessPoint"
          label="nap.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
