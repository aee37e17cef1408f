import { lazy } from 'react'
import type { NatService } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { natServiceResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { natBulkActions } from './nat-rules.ts'

const CreateDialog = lazy(() =>
  import('./NatServiceCreateDialog.tsx').then((m) => ({ default: m.NatServiceCreateDialog })),
)

function IdCell({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

/** The address a person recognises, linking to the public IP's page. */
export function NatAddress({ nat }: { nat: NatService }) {
  const account = useAccountId()
  const ip = nat.PublicIps?.[0]
  if (!ip?.PublicIpId) return <span className="font-mono text-xs">{ip?.PublicIp}</span>
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      <span className="font-mono text-xs">{ip.PublicIp}</span>
      <ResourceId account={account} id={ip.PublicIpId} />
    </span>
  )
}

export const natColumns: ResourceColumn<NatService>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  stateColumn<NatService>((n) => n.State),
  {
    id: 'net',
    label: text('nat.col.net'),
    value: (n) => n.NetId,
    cell: (n) => <IdCell id={n.NetId} />,
    width: 'w-32',
  },
  {
    id: 'subnet',
    label: text('nat.col.subnet'),
    value: (n) => n.SubnetId,
    cell: (n) => <IdCell id={n.SubnetId} />,
    width: 'w-36',
  },
  {
    id: 'publicIp',
    label: text('nat.col.publicIp'),
    value: (n) => n.PublicIps?.map((ip) => ip.PublicIp).join(' '),
    cell: (n) => <NatAddress nat={n} />,
    width: 'w-56',
  },
  tagsColumn<NatService>((n) => n.Tags),
]

export default function NatServiceListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={natColumns}
      tableLabel="nat.table"
      notAllowed="nat.notAllowed"
      empty={{ title: 'nat.empty.title', body: 'nat.empty.body' }}
      bulkActions={natBulkActions}
      create={
        <CreateButton
          action="CreateNatService"
          label="nat.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
