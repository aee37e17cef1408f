import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { NatService } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { natServiceResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { natCan } from './nat-rules.ts'
import { NatAddress } from './NatServiceListPage.tsx'

const route = getRouteApi('/$account/nat-services/$natServiceId')

function IdValue({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function NatProperties({ nat }: { nat: NatService }) {
  const t = useT()
  return (
    <div className="flex flex-col gap-3">
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{nat.NatServiceId}</span>],
          ['table.col.state', nat.State],
          ['nat.col.net', <IdValue id={nat.NetId} />],
          ['nat.col.subnet', <IdValue id={nat.SubnetId} />],
          ['nat.col.publicIp', <NatAddress nat={nat} />],
          ['nat.col.clientToken', nat.ClientToken && <span className="font-mono">{nat.ClientToken}</span>],
        ]}
      />
      <p className="text-sm muted">{t('nat.routeHint')}</p>
    </div>
  )
}

const tabs: DetailTab<NatService>[] = [
  {
    key: 'properties',
    label: 'nat.tab.properties',
    render: (nat) => <NatProperties nat={nat} />,
  },
  tagsTab(natServiceResource),
  auditTab(natServiceResource),
]

function NatActions({ account, nat }: { account: string; nat: NatService }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const name = labelOf(natServiceResource, nat)
  const del = natCan.delete(nat)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.natService', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton
        check={allOf(can('DeleteNatService'), del)}
        variant="danger"
        onClick={() => setDeleting(true)}
      >
        {t('nat.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{t(del.reason)}</p>}
      {deleting && (
        <ConfirmDialog
          account={account}
          action="DeleteNatService"
          params={{ NatServiceId: nat.NatServiceId ?? '' }}
          title={t('nat.delete.title', { name })}
          confirmLabel={t('nat.delete.confirm')}
          success={t('nat.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('nat.delete.type', { name }) }}
          onClose={() => setDeleting(false)}
          onDone={() => void navigate(paths.section({ account, section: 'nat-services' }))}
        >
          <p>{t('nat.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function NatServiceDetailPage() {
  const { account, natServiceId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={natServiceResource}
      account={account}
      id={natServiceId}
      tabs={tabs}
      notAllowed="nat.notAllowed"
      actions={(nat) => <NatActions account={account} nat={nat} />}
    />
  )
}
