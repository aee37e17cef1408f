import { lazy, useMemo } from 'react'
import type { Net } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { netResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { stateColumn, tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { netContents, useNetwork, type Network } from './net-data.ts'
import { netBulkActions } from './net-rules.ts'

const NetCreateDialog = lazy(() =>
  import('./NetCreateDialog.tsx').then((m) => ({ default: m.NetCreateDialog })),
)

function InternetCell({ id }: { id: string | undefined }) {
  const t = useT()
  const account = useAccountId()
  return id ? (
    <ResourceId account={account} id={id} />
  ) : (
    <span className="muted">{t('nets.col.internet.none')}</span>
  )
}

function netColumns(network: Network): ResourceColumn<Net>[] {
  const contents = (net: Net) => netContents(network, net.NetId)
  return [
    nameColumn(d),
    resourceIdColumn(d),
    {
      id: 'range',
      label: text('nets.col.range'),
      value: (net) => net.IpRange,
      cell: (net) => <span className="font-mono text-xs">{net.IpRange}</span>,
      width: 'w-32',
    },
    stateColumn<Net>((net) => net.State),
    {
      id: 'subnets',
      label: text('nets.col.subnets'),
      value: (net) => (network.loaded ? contents(net).subnets.length : ''),
      width: 'w-24',
    },
    {
      id: 'internet',
      label: text('nets.col.internet'),
      value: (net) => contents(net).internetService?.InternetServiceId ?? '',
      cell: (net) => <InternetCell id={contents(net).internetService?.InternetServiceId} />,
      width: 'w-36',
    },
    { ...tagsColumn<Net>((net) => net.Tags), defaultHidden: true },
  ]
}

export default function NetListPage() {
  const account = useAccountId()
  const network = useNetwork(account)
  const columns = useMemo(() => netColumns(network), [network])
  const bulkActions = useMemo(() => netBulkActions(network), [network])
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={columns}
      tableLabel="nets.table"
      notAllowed="nets.notAllowed"
      empty={{ title: 'nets.empty.title', body: 'nets.empty.body' }}
      bulkActions={bulkActions}
      create={
        <CreateButton action="CreateNet" label="nets.create.title" form={NetCreateDialog} account={account} />
      }
    />
  )
}
