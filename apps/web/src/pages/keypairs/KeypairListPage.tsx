import type { Keypair } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { keypairResource } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { keypairBulkActions } from './keypair-rules.ts'

const mono = (value: string | undefined) => <span className="font-mono text-xs">{value}</span>

export const keypairColumns: ResourceColumn<Keypair>[] = [
  nameColumn(keypairResource),
  resourceIdColumn(keypairResource),
  { id: 'type', label: text('keypairs.col.type'), value: (kp) => kp.KeypairType, width: 'w-32' },
  {
    id: 'fingerprint',
    label: text('keypairs.col.fingerprint'),
    value: (kp) => kp.KeypairFingerprint,
    cell: (kp) => mono(kp.KeypairFingerprint),
    width: 'w-96',
  },
  { ...tagsColumn<Keypair>((kp) => kp.Tags), defaultHidden: true },
]

export default function KeypairListPage() {
  return (
    <ResourceListPage
      resource={keypairResource}
      account={useAccountId()}
      columns={keypairColumns}
      tableLabel="keypairs.table"
      notAllowed="keypairs.notAllowed"
      empty={{ title: 'keypairs.empty.title', body: 'keypairs.empty.body' }}
      bulkActions={keypairBulkActions}
      // The Create and Import buttons (KeypairCreateDialog, KeypairImportDialog) go here.
      create={null}
    />
  )
}
