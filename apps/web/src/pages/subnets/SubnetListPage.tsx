import { lazy } from 'react'
import type { Subnet } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { subnetResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
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
        <CreateButton
          action="CreateSubnet"
          label="subnets.create.title"
          form={SubnetCreateDialog}
          account={account}
        />
      }
    />
  )
}
