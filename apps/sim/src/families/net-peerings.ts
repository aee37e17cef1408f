// Net peerings, as the documentation describes them: a request from a Net of the account to a Net of the same or
// another account, pending-acceptance until the accepter Net's owner accepts (active) or rejects it (rejected), or
// 7 days pass (expired). The same peering is seen by both accounts. A peering whose accepter Net cannot be found,
// or whose IP ranges overlap, fails at once. Accepting A→B rejects a pending B→A as redundant. Active peerings may
// be deleted by either owner, pending ones by the requester only; rejected, failed and expired ones cannot be.
import type { Net, NetPeering } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState } from '../state.ts'
import { assertQuota, defineUsage, iso, must, quotaMax } from './common.ts'
import { nets, parseCidr } from './nets.ts'

export const netPeerings = (a: AccountState) => a.store<NetPeering>('net-peerings')

/** How long a request waits for its accepter before it expires. */
export const PEERING_ACCEPT_MS = 7 * 86_400_000
/** How long a deleted peering is still listed. */
const PEERING_DELETED_VISIBLE_MS = 60 * 60_000

const stateName = (p: NetPeering) => p.State?.Name ?? ''

const joins = (p: NetPeering, netId: string) => p.SourceNet?.NetId === netId || p.AccepterNet?.NetId === netId

/** Active peerings of one Net: networklink_limit counts them per Net. */
function activeLinks(account: AccountState, netId: string): number {
  let n = 0
  for (const p of netPeerings(account).values()) if (stateName(p) === 'active' && joins(p, netId)) n++
  return n
}

// Per Net, so the account's UsedValue is its busiest Net's.
defineUsage('networklink_limit', (a) => Math.max(0, ...[...nets(a).keys()].map((id) => activeLinks(a, id))))
defineUsage(
  'networklink_request_limit',
  (a) =>
    [...netPeerings(a).values()].filter(
      (p) => stateName(p) === 'pending-acceptance' && p.SourceNet?.AccountId === a.accountId,
    ).length,
)

/** Refuses a peering that would give the Net more active peerings than networklink_limit allows. */
function assertNetLinks(account: AccountState, netId: string): void {
  const max = quotaMax(account, 'networklink_limit')
  const used = activeLinks(account, netId)
  if (max > 0 && used + 1 > max)
    throw oscError(
      'tooManyResources',
      `Quota networklink_limit (Peering connection limit) exceeded for the Net ${netId}: ${used} active peerings + 1 > ${max}. Delete a peering of this Net or ask for a higher limit.`,
    )
}

function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a)
  const y = parseCidr(b)
  const bits = Math.min(x.bits, y.bits)
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  return (x.base & mask) >>> 0 === (y.base & mask) >>> 0
}

/** Both accounts hold the same peering object: what one does, the other reads. */
function sides(ctx: Ctx, p: NetPeering): AccountState[] {
  const ids = new Set([p.SourceNet?.AccountId ?? '', p.AccepterNet?.AccountId ?? ''])
  return [...ids].map((id) => ctx.world.accounts.get(id)).filter((a): a is AccountState => a !== undefined)
}

function setState(p: NetPeering, name: string, message: string): void {
  p.State = { Name: name, Message: message }
}

function find(ctx: Ctx, id: string): NetPeering {
  return must(
    netPeerings(ctx.account).get(id),
    'noSuchResource',
    `The Net peering ${id} does not exist in this account.`,
  )
}

function mustBePending(p: NetPeering, verb: string): void {
  if (stateName(p) !== 'pending-acceptance')
    throw oscError(
      'invalidState',
      `The Net peering ${p.NetPeeringId ?? ''} is ${stateName(p)}: only a peering pending acceptance can be ${verb}.`,
    )
}

function mustBeAccepter(ctx: Ctx, p: NetPeering, verb: string): void {
  if (p.AccepterNet?.AccountId !== ctx.account.accountId)
    throw oscError(
      'invalidParameterValue',
      `Only the owner of the accepter Net (account ${p.AccepterNet?.AccountId ?? ''}) can ${verb} the Net peering ${p.NetPeeringId ?? ''}.`,
    )
}

/** Why the accepter Net cannot be peered with, or undefined when it can. */
function failure(source: Net, accepter: Net | undefined): string | undefined {
  if (!accepter) return 'Failed: the accepter Net does not exist in the accepter account.'
  if (overlaps(source.IpRange ?? '', accepter.IpRange ?? ''))
    return `Failed: the IP ranges ${source.IpRange ?? ''} and ${accepter.IpRange ?? ''} overlap.`
  return undefined
}

export const handlers: HandlerMap = {
  CreateNetPeering: (req, ctx) => {
    const source = must(
      nets(ctx.account).get(req.SourceNetId),
      'noSuchNet',
      `The Net ${req.SourceNetId} does not exist in this account: a peering is requested from a Net you own.`,
    )
    if (req.AccepterOwnerId !== undefined && !/^\d{12}$/.test(req.AccepterOwnerId))
      throw oscError('invalidParameterValue', 'AccepterOwnerId must be an OUTSCALE account ID (12 digits).')
    const ownerId = req.AccepterOwnerId ?? ctx.account.accountId
    if (req.AccepterNetId === req.SourceNetId)
      throw oscError('invalidParameterValue', 'A Net cannot be peered with itself.')
    const owner = ctx.world.accounts.get(ownerId)
    const accepter = owner ? nets(owner).get(req.AccepterNetId) : undefined
    const live = [...netPeerings(ctx.account).values()].find((p) => {
      const same = p.SourceNet?.NetId === source.NetId && p.AccepterNet?.NetId === req.AccepterNetId
      const reverse = p.SourceNet?.NetId === req.AccepterNetId && p.AccepterNet?.NetId === source.NetId
      return (
        (same && stateName(p) === 'pending-acceptance') || ((same || reverse) && stateName(p) === 'active')
      )
    })
    if (live)
      throw oscError(
        'alreadyExists',
        `The Net peering ${live.NetPeeringId ?? ''} between these Nets is already ${stateName(live)}.`,
      )
    assertQuota(ctx.account, 'networklink_request_limit', 1, 'tooManyResources')
    assertNetLinks(ctx.account, req.SourceNetId)
    const id = ctx.world.newId('pcx')
    const peering: NetPeering = {
      NetPeeringId: id,
      SourceNet: { NetId: source.NetId, IpRange: source.IpRange, AccountId: ctx.account.accountId },
      AccepterNet: { NetId: req.AccepterNetId, IpRange: accepter?.IpRange ?? '', AccountId: ownerId },
      State: { Name: 'pending-acceptance', Message: `Pending acceptance by ${ownerId}` },
      ExpirationDate: iso(ctx, ctx.now + PEERING_ACCEPT_MS),
      Tags: [],
    }
    const failed = failure(source, accepter)
    if (failed) {
      setState(peering, 'failed', failed)
      delete peering.ExpirationDate
    }
    for (const side of owner && !failed ? [ctx.account, owner] : [ctx.account]) {
      netPeerings(side).set(id, peering)
      side.register(id, 'net-peering', peering)
    }
    if (!failed)
      ctx.world.schedule(ctx.now + PEERING_ACCEPT_MS, () => {
        if (stateName(peering) === 'pending-acceptance') setState(peering, 'expired', 'Expired')
      })
    return { NetPeering: peering }
  },
  ReadNetPeerings: (req, ctx) => {
    const { page, nextPageToken } = readList(netPeerings(ctx.account).values(), req, {
      StateNames: (p) => (p as NetPeering).State?.Name,
      StateMessages: (p) => (p as NetPeering).State?.Message,
      SourceNetNetIds: (p) => (p as NetPeering).SourceNet?.NetId,
      SourceNetAccountIds: (p) => (p as NetPeering).SourceNet?.AccountId,
      SourceNetIpRanges: (p) => (p as NetPeering).SourceNet?.IpRange,
      AccepterNetNetIds: (p) => (p as NetPeering).AccepterNet?.NetId,
      AccepterNetAccountIds: (p) => (p as NetPeering).AccepterNet?.AccountId,
      AccepterNetIpRanges: (p) => (p as NetPeering).AccepterNet?.IpRange,
    })
    return { NetPeerings: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  AcceptNetPeering: (req, ctx) => {
    const p = find(ctx, req.NetPeeringId)
    mustBeAccepter(ctx, p, 'accept')
    mustBePending(p, 'accepted')
    const source = ctx.world.accounts.get(p.SourceNet?.AccountId ?? '')
    if (source) assertNetLinks(source, p.SourceNet?.NetId ?? '')
    assertNetLinks(ctx.account, p.AccepterNet?.NetId ?? '')
    setState(p, 'active', 'Active')
    delete p.ExpirationDate
    // A peering works both ways: a pending request the other way round is now redundant.
    for (const other of netPeerings(ctx.account).values()) {
      if (
        stateName(other) === 'pending-acceptance' &&
        other.SourceNet?.NetId === p.AccepterNet?.NetId &&
        other.AccepterNet?.NetId === p.SourceNet?.NetId
      )
        setState(other, 'rejected', `Rejected as redundant: ${p.NetPeeringId ?? ''} is active`)
    }
    return { NetPeering: p }
  },
  RejectNetPeering: (req, ctx) => {
    const p = find(ctx, req.NetPeeringId)
    mustBeAccepter(ctx, p, 'reject')
    mustBePending(p, 'rejected')
    setState(p, 'rejected', `Rejected by ${ctx.account.accountId}`)
    delete p.ExpirationDate
    return {}
  },
  DeleteNetPeering: (req, ctx) => {
    const p = find(ctx, req.NetPeeringId)
    const state = stateName(p)
    if (state === 'pending-acceptance' && p.SourceNet?.AccountId !== ctx.account.accountId)
      throw oscError(
        'invalidParameterValue',
        `The Net peering ${req.NetPeeringId} is pending acceptance: only its requester can delete it; reject it instead.`,
      )
    if (state !== 'active' && state !== 'pending-acceptance')
      throw oscError('invalidState', `The Net peering ${req.NetPeeringId} is ${state} and cannot be deleted.`)
    setState(p, 'deleted', `Deleted by ${ctx.account.accountId}`)
    delete p.ExpirationDate
    ctx.world.schedule(ctx.now + PEERING_DELETED_VISIBLE_MS, () => {
      for (const side of sides(ctx, p)) {
        netPeerings(side).delete(req.NetPeeringId)
        side.unregister(req.NetPeeringId)
      }
    })
    return {}
  },
}

/** Whether routes to this peering carry traffic. */
export function peeringIsActive(account: AccountState, id: string): boolean {
  return stateName(netPeerings(account).get(id) ?? {}) === 'active'
}
