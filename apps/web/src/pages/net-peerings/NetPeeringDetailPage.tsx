import { useState } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import type { NetPeering } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { netPeeringResource } from '../../kit/registry.ts'
import { ActionButton, allOf, reasonText } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { peeringCan } from './peering-rules.ts'
import { PeeringSide, PeeringState, useOwnNets } from './peering-parts.tsx'

const route = getRouteApi('/$account/net-peerings/$netPeeringId')

function PeeringProperties({ peering }: { peering: NetPeering }) {
  const { own } = useOwnNets(useAccountId())
  return (
    <PropertiesTable
      properties={[
        ['table.col.id', <span className="font-mono">{peering.NetPeeringId}</span>],
        ['table.col.state', <PeeringState peering={peering} />],
        ['peer.col.source', <PeeringSide side={peering.SourceNet} own={own} withRange />],
        ['peer.col.accepter', <PeeringSide side={peering.AccepterNet} own={own} withRange />],
        ['peer.col.expires', peering.ExpirationDate && <DateTime iso={peering.ExpirationDate} />],
      ]}
    />
  )
}

const tabs: DetailTab<NetPeering>[] = [
  { key: 'properties', label: 'peer.tab.properties', render: (p) => <PeeringProperties peering={p} /> },
  tagsTab(netPeeringResource),
  auditTab(netPeeringResource),
]

type Open = 'accept' | 'reject' | 'delete'

function PeeringActions({ account, peering }: { account: string; peering: NetPeering }) {
  const t = useT()
  const can = useCan()
  const { own } = useOwnNets(account)
  const [open, setOpen] = useState<Open>()
  const close = () => setOpen(undefined)
  const id = peering.NetPeeringId ?? ''
  const name = labelOf(netPeeringResource, peering)
  const accept = peeringCan.accept(peering, own)
  const del = peeringCan.delete(peering, own)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.netPeering', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton
        check={allOf(can('AcceptNetPeering'), accept)}
        variant="primary"
        onClick={() => setOpen('accept')}
      >
        {t('peer.accept')}
      </ActionButton>
      <ActionButton
        check={allOf(can('RejectNetPeering'), peeringCan.reject(peering, own))}
        onClick={() => setOpen('reject')}
      >
        {t('peer.reject')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteNetPeering'), del)}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('peer.delete')}
      </ActionButton>
      {/* When nothing can be done any more, say why once (a rejected or expired peering stays as it is). */}
      {!accept.allowed && !del.allowed && <p className="text-sm muted">{reasonText(del, t)}</p>}
      {open === 'accept' && (
        <ConfirmDialog
          account={account}
          action="AcceptNetPeering"
          params={{ NetPeeringId: id }}
          title={t('peer.accept.title', { name })}
          confirmLabel={t('peer.accept.confirm')}
          success={t('peer.accepted', { name })}
          onClose={close}
        >
          <p>
            {t('peer.accept.body', {
              source: peering.SourceNet?.NetId ?? '',
              account: peering.SourceNet?.AccountId ?? '',
            })}
          </p>
        </ConfirmDialog>
      )}
      {open === 'reject' && (
        <ConfirmDialog
          account={account}
          action="RejectNetPeering"
          params={{ NetPeeringId: id }}
          title={t('peer.reject.title', { name })}
          confirmLabel={t('peer.reject.confirm')}
          success={t('peer.rejected', { name })}
          danger
          onClose={close}
        >
          <p>{t('peer.reject.body')}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteNetPeering"
          params={{ NetPeeringId: id }}
          title={t('peer.delete.title', { name })}
          confirmLabel={t('peer.delete.confirm')}
          success={t('peer.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('peer.delete.type', { name }) }}
          onClose={close}
        >
          <p>{t('peer.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function NetPeeringDetailPage() {
  const { account, netPeeringId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={netPeeringResource}
      account={account}
      id={netPeeringId}
      tabs={tabs}
      notAllowed="peer.notAllowed"
      actions={(p) => <PeeringActions account={account} peering={p} />}
    />
  )
}
