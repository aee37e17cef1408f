// What can be done to a Net peering, as data. The console does not know the account's own OUTSCALE id, but it knows
// its Nets: the account is the accepter of a peering whose accepter Net is one of them, the requester of one whose
// source Net is. OUTSCALE lets the accepter accept or reject a pending peering, the requester delete it, and either
// side delete an active one; rejected, failed and expired peerings stay as they are.
import type { NetPeering } from '@osc-console/osc-api'
import type { MeAccount } from '@osc-console/data'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import { text, type Text } from '../../i18n/text.ts'

const stateOf = (p: NetPeering) => p.State?.Name ?? ''

/** The ids of the account's own Nets, which tell on which side of a peering it stands. */
export type OwnNets = ReadonlySet<string>

const pendingOnly = (p: NetPeering): RuleCheck =>
  stateOf(p) === 'pending-acceptance'
    ? allowed
    : { allowed: false, reason: text('peer.rule.notPending', { state: stateOf(p) }) }

const accepterOnly = (p: NetPeering, own: OwnNets): RuleCheck =>
  own.has(p.AccepterNet?.NetId ?? '')
    ? allowed
    : { allowed: false, reason: text('peer.rule.notAccepter', { account: p.AccepterNet?.AccountId ?? '' }) }

const firstRefusal = (...checks: RuleCheck[]): RuleCheck => checks.find((c) => !c.allowed) ?? allowed

export const peeringCan = {
  accept: (p: NetPeering, own: OwnNets): RuleCheck => firstRefusal(pendingOnly(p), accepterOnly(p, own)),
  reject: (p: NetPeering, own: OwnNets): RuleCheck => firstRefusal(pendingOnly(p), accepterOnly(p, own)),
  delete: (p: NetPeering, own: OwnNets): RuleCheck => {
    const state = stateOf(p)
    if (state === 'active') return allowed
    if (state !== 'pending-acceptance') return { allowed: false, reason: text('peer.rule.final', { state }) }
    return own.has(p.SourceNet?.NetId ?? '')
      ? allowed
      : { allowed: false, reason: text('peer.rule.deletePendingIncoming') }
  },
}

export interface PeeringForm {
  name: string
  sourceNetId: string
  /** Empty for a Net of this account. */
  accepterOwnerId: string
  accepterNetId: string
}

const ACCOUNT_ID = /^\d{12}$/
const NET_ID = /^vpc-[0-9a-f]{8}$/

export function peeringFormProblems(v: PeeringForm): Partial<Record<keyof PeeringForm, Text | undefined>> {
  const owner = v.accepterOwnerId.trim()
  const net = v.accepterNetId.trim()
  return {
    sourceNetId: v.sourceNetId ? undefined : text('peer.create.chooseSource'),
    accepterOwnerId: owner && !ACCOUNT_ID.test(owner) ? text('peer.create.ownerFormat') : undefined,
    accepterNetId: !net
      ? text('peer.create.chooseAccepter')
      : !NET_ID.test(net)
        ? text('peer.create.netFormat')
        : net === v.sourceNetId
          ? text('peer.create.sameNet')
          : undefined,
  }
}

/** The request: AccepterOwnerId only for a Net of another account, since it is what makes the peering leave it. */
export function peeringRequest(v: PeeringForm) {
  const owner = v.accepterOwnerId.trim()
  return {
    SourceNetId: v.sourceNetId,
    AccepterNetId: v.accepterNetId.trim(),
    ...(owner ? { AccepterOwnerId: owner } : {}),
  }
}

/**
 * Peering with a Net of another account makes this account's Nets reachable from outside it: the console keeps it
 * for admins (the BFF refuses it to other roles), so the form says so before anything is sent.
 */
export function outsidePeeringRule(v: PeeringForm, account: Pick<MeAccount, 'roles'> | undefined): RuleCheck {
  if (!v.accepterOwnerId.trim() || account?.roles.includes('admin')) return allowed
  return { allowed: false, reason: text('peer.create.adminOnly') }
}

export const peeringBulkActions = (own: OwnNets): readonly BulkAction<NetPeering>[] => [
  {
    key: 'accept',
    action: 'AcceptNetPeering',
    label: 'peer.accept',
    noneCan: 'peer.bulk.noneAccept',
    rule: (p) => peeringCan.accept(p, own),
    params: (id) => ({ NetPeeringId: id }),
  },
  {
    key: 'reject',
    action: 'RejectNetPeering',
    label: 'peer.reject',
    noneCan: 'peer.bulk.noneReject',
    rule: (p) => peeringCan.reject(p, own),
    params: (id) => ({ NetPeeringId: id }),
    danger: true,
  },
  {
    key: 'delete',
    action: 'DeleteNetPeering',
    label: 'peer.delete',
    noneCan: 'peer.bulk.noneDelete',
    rule: (p) => peeringCan.delete(p, own),
    params: (id) => ({ NetPeeringId: id }),
    danger: true,
    typeToConfirm: { word: 'peer.bulk.deleteWord', warning: 'peer.delete.body' },
  },
]
