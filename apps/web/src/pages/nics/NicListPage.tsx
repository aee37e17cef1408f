import { lazy } from 'react'
import type { Nic } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { nicResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { nicBulkActions, primaryIp } from './nic-rules.ts'

const CreateDialog = lazy(() => import('./NicCreateDialog.tsx').then((m) => ({ default: m.NicCreateDialog })))

function IdCell({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

const mono = (value: string | undefined) => <span className="font-mono text-xs">{value}</span>

export const nicColumns: ResourceColumn<Nic>[] = [
  nameColumn(d),
  resourceIdColumn(d),
  stateColumn<Nic>((nic) => nic.State),
  {
    id: 'private-ip',
    label: text('nics.col.privateIp'),
    value: primaryIp,
    cell: (nic) => mono(primaryIp(nic)),
    width: 'w-28',
  },
  {
    id: 'public-ip',
    label: text('nics.col.publicIp'),
    value: (nic) => nic.LinkPublicIp?.PublicIp,
    cell: (nic) => mono(nic.LinkPublicIp?.PublicIp),
    width: 'w-28',
  },
  {
    id: 'vm',
    label: text('nics.col.vm'),
    value: (nic) => nic.LinkNic?.VmId,
    cell: (nic) => <IdCell id={nic.LinkNic?.VmId} />,
    width: 'w-28',
  },
  {
    id: 'subnet',
    label: text('nics.col.subnet'),
    value: (nic) => nic.SubnetId,
    cell: (nic) => <IdCell id={nic.SubnetId} />,
    width: 'w-32',
  },
  {
    id: 'groups',
    label: text('nics.col.groups'),
    value: (nic) => (nic.SecurityGroups ?? []).map((g) => g.SecurityGroupName).join(', '),
    width: 'w-40',
    defaultHidden: true,
  },
  { ...tagsColumn<Nic>((nic) => nic.Tags), defaultHidden: true },
]

export default function NicListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={nicColumns}
      tableLabel="nics.table"
      notAllowed="nics.notAllowed"
      empty={{ title: 'nics.empty.title', body: 'nics.empty.body' }}
      bulkActions={nicBulkActions}
      create={
        <CreateButton action="CreateNic" label="nics.create.title" form={CreateDialog} account={account} />
      }
    />
  )
}
