import { Suspense, lazy, useState } from 'react'
import type { NetAccessPoint } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { netAccessPointResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
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
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
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
        <>
          <ActionButton
            check={can('CreateNetAccessPoint')}
            variant="primary"
            onClick={() => setCreating(true)}
          >
            {t('nap.create.title')}
          </ActionButton>
          {creating && (
            <Suspense fallback={null}>
              <CreateDialog account={account} onClose={() => setCreating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
