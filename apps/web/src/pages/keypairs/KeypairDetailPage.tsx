import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Keypair } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { keypairResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { keypairCan } from './keypair-rules.ts'

const route = getRouteApi('/$account/keypairs/$keypairId')

const tabs: DetailTab<Keypair>[] = [
  {
    key: 'properties',
    label: 'keypairs.tab.properties',
    render: (kp) => (
      <PropertiesTable
        properties={[
          ['keypairs.prop.name', kp.KeypairName],
          ['table.col.id', <span className="font-mono">{kp.KeypairId}</span>],
          ['keypairs.col.type', kp.KeypairType],
          [
            'keypairs.col.fingerprint',
            kp.KeypairFingerprint && (
              <span className="inline-flex flex-wrap items-center gap-2">
                <span className="font-mono">{kp.KeypairFingerprint}</span>
                <CopyButton text={kp.KeypairFingerprint} />
              </span>
            ),
          ],
        ]}
      />
    ),
  },
  tagsTab(keypairResource),
  auditTab(keypairResource),
]

function KeypairActions({ account, keypair }: { account: string; keypair: Keypair }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const name = keypair.KeypairName ?? keypair.KeypairId ?? ''
  return (
    <div role="group" aria-label={t('kit.detail.actions', { noun: t('resources.keypair', { count: 1 }) })}>
      <ActionButton
        check={allOf(can('DeleteKeypair'), keypairCan.delete(keypair))}
        variant="danger"
        onClick={() => setOpen(true)}
      >
        {t('keypairs.delete')}
      </ActionButton>
      {open && (
        <ConfirmDialog
          account={account}
          action="DeleteKeypair"
          params={{ KeypairId: keypair.KeypairId }}
          title={t('keypairs.delete.title', { name })}
          confirmLabel={t('keypairs.delete.confirm')}
          success={t('keypairs.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('keypairs.delete.type', { name }) }}
          onClose={() => setOpen(false)}
          onDone={() => void navigate(paths.section({ account, section: 'keypairs' }))}
        >
          <p>{t('keypairs.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function KeypairDetailPage() {
  const { account, keypairId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={keypairResource}
      account={account}
      id={keypairId}
      tabs={tabs}
      notAllowed="keypairs.notAllowed"
      actions={(keypair) => <KeypairActions account={account} keypair={keypair} />}
    />
  )
}
