import { describe, expect, it } from 'vitest'
import type { NetPeering } from '@osc-console/osc-api'
import {
  outsidePeeringRule,
  peeringBulkActions,
  peeringCan,
  peeringFormProblems,
  peeringRequest,
} from './peering-rules.ts'

const ours = new Set(['vpc-aaaaaaaa', 'vpc-bbbbbbbb'])
const peering = (state: string, source: string, accepter: string): NetPeering => ({
  NetPeeringId: 'pcx-1',
  State: { Name: state, Message: '' },
  SourceNet: { NetId: source, AccountId: source === 'vpc-ffffffff' ? '210987654321' : '123456789012' },
  AccepterNet: { NetId: accepter, AccountId: accepter === 'vpc-ffffffff' ? '210987654321' : '123456789012' },
})

describe('Net peering rules', () => {
  it('lets the accepter side accept or reject a pending peering, and the requester only delete it', () => {
    const incoming = peering('pending-acceptance', 'vpc-ffffffff', 'vpc-aaaaaaaa')
    expect(peeringCan.accept(incoming, ours).allowed).toBe(true)
    expect(peeringCan.reject(incoming, ours).allowed).toBe(true)
    expect(peeringCan.delete(incoming, ours)).toMatchObject({
      allowed: false,
      reason: { id: 'peer.rule.deletePendingIncoming' },
    })
    const outgoing = peering('pending-acceptance', 'vpc-aaaaaaaa', 'vpc-ffffffff')
    expect(peeringCan.accept(outgoing, ours)).toMatchObject({
      allowed: false,
      reason: { id: 'peer.rule.notAccepter', values: { account: '210987654321' } },
    })
    expect(peeringCan.delete(outgoing, ours).allowed).toBe(true)
  })

  it('lets either side delete an active peering, and nobody change a rejected, failed or expired one', () => {
    expect(peeringCan.delete(peering('active', 'vpc-ffffffff', 'vpc-aaaaaaaa'), ours).allowed).toBe(true)
    for (const state of ['rejected', 'failed', 'expired', 'deleted']) {
      const p = peering(state, 'vpc-aaaaaaaa', 'vpc-bbbbbbbb')
      expect(peeringCan.delete(p, ours)).toMatchObject({ allowed: false, reason: { values: { state } } })
      expect(peeringCan.accept(p, ours)).toMatchObject({
        allowed: false,
        reason: { id: 'peer.rule.notPending' },
      })
    }
    const [accept, reject, del] = peeringBulkActions(ours)
    expect(accept?.params('pcx-1', {})).toEqual({ NetPeeringId: 'pcx-1' })
    expect([reject?.action, del?.action]).toEqual(['RejectNetPeering', 'DeleteNetPeering'])
  })

  it('sends AccepterOwnerId only for a Net of another account, and keeps that for admins', () => {
    const own = { name: '', sourceNetId: 'vpc-aaaaaaaa', accepterOwnerId: ' ', accepterNetId: 'vpc-bbbbbbbb' }
    expect(peeringRequest(own)).toEqual({ SourceNetId: 'vpc-aaaaaaaa', AccepterNetId: 'vpc-bbbbbbbb' })
    expect(outsidePeeringRule(own, { roles: ['operator'] }).allowed).toBe(true)
    const outside = { ...own, accepterOwnerId: '210987654321', accepterNetId: 'vpc-ffffffff' }
    expect(peeringRequest(outside)).toMatchObject({ AccepterOwnerId: '210987654321' })
    expect(outsidePeeringRule(outside, { roles: ['operator'] })).toMatchObject({
      allowed: false,
      reason: { id: 'peer.create.adminOnly' },
    })
    expect(outsidePeeringRule(outside, { roles: ['operator', 'admin'] }).allowed).toBe(true)
  })

  it('checks the ids typed in before anything is sent', () => {
    const base = { name: '', sourceNetId: 'vpc-aaaaaaaa', accepterOwnerId: '', accepterNetId: 'vpc-aaaaaaaa' }
    expect(peeringFormProblems(base).accepterNetId).toMatchObject({ id: 'peer.create.sameNet' })
    expect(peeringFormProblems({ ...base, accepterNetId: 'net-1' }).accepterNetId).toMatchObject({
      id: 'peer.create.netFormat',
    })
    expect(peeringFormProblems({ ...base, accepterOwnerId: '1234' }).accepterOwnerId).toMatchObject({
      id: 'peer.create.ownerFormat',
    })
    expect(peeringFormProblems({ ...base, sourceNetId: '' }).sourceNetId).toMatchObject({
      id: 'peer.create.chooseSource',
    })
  })
})
