// The pieces the peering list and page share: the account's own Nets (which side of a peering it stands on), one
// side of a peering (its Net, linked when it is the account's own, and the account owning it), its state with the
// message OUTSCALE gives.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { AccepterNet, NetPeering } from '@osc-console/osc-api'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf } from '../../kit/descriptor.ts'
import { netResource } from '../../kit/registry.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { StateBadge } from '../../ui/StateBadge.tsx'
import type { OwnNets } from './peering-rules.ts'

export function useOwnNets(account: string): { own: OwnNets; loaded: boolean } {
  const readable = useCan()(netResource.read).allowed
  const query = useQuery({ ...listQuery(netResource, account), enabled: readable })
  const own = useMemo(
    () => new Set(itemsOf(netResource, query.data).map((n) => netResource.idOf(n))),
    [query.data],
  )
  return { own, loaded: query.isSuccess }
}

/** One side of a peering; its IP range too where there is room (the page, not the list). */
export function PeeringSide({
  side,
  own,
  withRange = false,
}: {
  side: AccepterNet | undefined
  own: OwnNets
  withRange?: boolean
}) {
  const t = useT()
  const account = useAccountId()
  const netId = side?.NetId ?? ''
  return (
    <span className="flex flex-col">
      {own.has(netId) ? (
        <ResourceId account={account} id={netId} />
      ) : (
        <span className="font-mono text-xs">{netId}</span>
      )}
      <span className="text-xs muted">
        {own.has(netId)
          ? t('peer.side.thisAccount', { account: side?.AccountId ?? '' })
          : t('peer.side.account', { account: side?.AccountId ?? '' })}
        {withRange && side?.IpRange ? ` · ${side.IpRange}` : ''}
      </span>
    </span>
  )
}

export function PeeringState({ peering }: { peering: NetPeering }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <StateBadge state={peering.State?.Name} />
      {peering.State?.Message && <span className="text-xs muted">{peering.State.Message}</span>}
    </span>
  )
}
