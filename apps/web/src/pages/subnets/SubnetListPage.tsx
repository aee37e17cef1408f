import { Suspense, lazy, useState } from 'react'
import type { Subnet } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { subnetResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { subnetBulkActions } from './subnet-rules.ts'

const SubnetCreateDialog = lazy(() =>
  import('./SubnetCreateDialog.tsx').then((m) => ({ default: m.SubnetCreateDialog })),
)

function NetCell({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

export const subnetColumns: ResourceColumn<Subnet>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  {
    id: 'net',
    label: text('subnets.col.net'),
    value: (s) => s.NetId,
    cell: (s) => <NetCell id={s.NetId} />,
    width: 'w-32',
  },
  {
    id: 'range',
    label: text('subnets.col.range'),
    value: (s) => s.IpRange,
    cell: (s) => <span className="font-mono text-xs">{s.IpRange}</span>,
    width: 'w-32',
  },
  { id: 'subregion', label: text('subnets.col.subregion'), value: (s) => s.SubregionName, width: 'w-28' },
  stateColumn<Subnet>((s) => s.State),
  { id: 'free', label: text('subnets.col.free'), value: (s) => s.AvailableIpsCount, width: 'w-28' },
  { ...tagsColumn<Subnet>((s) => s.Tags), defaultHidden: true },
]

export default function SubnetListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={subnetColumns}
      tableLabel="subnets.table"
      notAllowed="subnets.notAllowed"
      empty={{ title: 'subnets.empty.title', body: 'subnets.empty.body' }}
      bulkActions={subnetBulkActions}
      create={
        <>
          <ActionButton check={can('CreateSubnet')} variant="primary" onClick={() => setCreating(true)}>
            {t('subnets.create.title')}
          </ActionButton>
          {creating && (
            <Suspense fallback={null}>
              <SubnetCreateDialog account={account} onClose={() => setCreating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
