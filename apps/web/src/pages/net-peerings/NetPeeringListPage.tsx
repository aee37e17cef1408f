import { lazy, useMemo } from 'react'
import type { NetPeering } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { netPeeringResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { DateTime } from '../../ui/DateTime.tsx'
import { peeringBulkActions, type OwnNets } from './peering-rules.ts'
import { PeeringSide, PeeringState, useOwnNets } from './peering-parts.tsx'

const CreateDialog = lazy(() =>
  import('./NetPeeringCreateDialog.tsx').then((m) => ({ default: m.NetPeeringCreateDialog })),
)

const peeringColumns = (own: OwnNets): ResourceColumn<NetPeering>[] => [
  nameColumn(d),
  resourceIdColumn(d),
  {
    id: 'state',
    label: text('table.col.state'),
    value: (p) => p.State?.Name,
    cell: (p) => <PeeringState peering={p} />,
    width: 'w-64',
  },
  {
    id: 'source',
    label: text('peer.col.source'),
    value: (p) => `${p.SourceNet?.NetId ?? ''} ${p.SourceNet?.AccountId ?? ''}`,
    cell: (p) => <PeeringSide side={p.SourceNet} own={own} />,
    width: 'w-48',
  },
  {
    id: 'accepter',
    label: text('peer.col.accepter'),
    value: (p) => `${p.AccepterNet?.NetId ?? ''} ${p.AccepterNet?.AccountId ?? ''}`,
    cell: (p) => <PeeringSide side={p.AccepterNet} own={own} />,
    width: 'w-48',
  },
  {
    id: 'expires',
    label: text('peer.col.expires'),
    value: (p) => p.ExpirationDate ?? '',
    cell: (p) => (p.ExpirationDate ? <DateTime iso={p.ExpirationDate} /> : null),
    width: 'w-40',
    defaultHidden: true,
  },
  { ...tagsColumn<NetPeering>((p) => p.Tags), defaultHidden: true },
]

export default function NetPeeringListPage() {
  const account = useAccountId()
  const { own } = useOwnNets(account)
  // Columns are rebuilt only when the account's Nets change: the table rebuilds its cells when they do.
  const columns = useMemo(() => peeringColumns(own), [own])
  const bulk = useMemo(() => peeringBulkActions(own), [own])
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={columns}
      tableLabel="peer.table"
      notAllowed="peer.notAllowed"
      empty={{ title: 'peer.empty.title', body: 'peer.empty.body' }}
      bulkActions={bulk}
      create={
        <CreateButton
          action="CreateNetPeering"
          label="peer.create.title"
          form={CreateDialog}
          account={account}
        />
      }
    />
  )
}
