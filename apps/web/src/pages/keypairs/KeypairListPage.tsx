import { useState } from 'react'
import type { Keypair } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { keypairResource } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { keypairBulkActions } from './keypair-rules.ts'
import { KeypairCreateDialog } from './KeypairCreateDialog.tsx'
import { KeypairImportDialog } from './KeypairImportDialog.tsx'

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
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [open, setOpen] = useState<'create' | 'import'>()
  const close = () => setOpen(undefined)
  return (
    <ResourceListPage
      resource={keypairResource}
      account={account}
      columns={keypairColumns}
      tableLabel="keypairs.table"
      notAllowed="keypairs.notAllowed"
      empty={{ title: 'keypairs.empty.title', body: 'keypairs.empty.body' }}
      bulkActions={keypairBulkActions}
      create={
        // Both are CreateKeypair: with a public key OUTSCALE imports it, without one it generates the pair.
        <>
          <ActionButton check={can('CreateKeypair')} onClick={() => setOpen('import')}>
            {t('keypairForms.import.title')}
          </ActionButton>
          <ActionButton check={can('CreateKeypair')} variant="primary" onClick={() => setOpen('create')}>
            {t('keypairForms.create.title')}
          </ActionButton>
          <KeypairCreateDialog account={account} open={open === 'create'} onClose={close} />
          <KeypairImportDialog account={account} open={open === 'import'} onClose={close} />
        </>
      }
    />
  )
}
