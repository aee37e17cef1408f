// Net peerings as the documentation describes them: pending acceptance until the accepter Net's owner accepts or
// rejects, seen by both accounts, failed when the ranges overlap, deletable by either side once active.
import type { Net, NetPeering } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { SimClock } from '../src/clock.ts'
import { dispatch } from '../src/handlers.ts'
import { buildWorld } from '../src/seeds/index.ts'
import { EU, US, call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

const asUs = { accessKeyId: US.accessKeyId, secretKey: US.secretKey, region: US.region }
const netsOf = async (opts = {}) => (await call<{ Nets: Net[] }>(sim.url, 'ReadNets', {}, opts)).body.Nets
const netNamed = async (name: string) =>
  (await netsOf()).find((n) => n.Tags?.some((t) => t.Key === 'Name' && t.Value === name))!
const peering = async (id: string, opts = {}) =>
  (
    await call<{ NetPeerings: NetPeering[] }>(
      sim.url,
      'ReadNetPeerings',
      { Filters: { NetPeeringIds: [id] } },
      opts,
    )
  ).body.NetPeerings[0]
const create = (body: object, opts = {}) =>
  call<{ NetPeering: NetPeering }>(sim.url, 'CreateNetPeering', body, opts)

describe('Net peerings', () => {
  it('between two Nets of the account: pending acceptance by the account, then active, then deleted', async () => {
    const prod = await netNamed('prod-net')
    const staging = await netNamed('staging-net')
    const created = await create({ SourceNetId: staging.NetId, AccepterNetId: prod.NetId })
    expect(created.status).toBe(200)
    const p = created.body.NetPeering
    expect(p.NetPeeringId).toMatch(/^pcx-/)
    expect(p.State).toEqual({ Name: 'pending-acceptance', Message: 'Pending acceptance by 123456789012' })
    expect(p.SourceNet).toEqual({ NetId: staging.NetId, IpRange: '10.1.0.0/16', AccountId: '123456789012' })
    expect(p.AccepterNet).toEqual({ NetId: prod.NetId, IpRange: '10.0.0.0/16', AccountId: '123456789012' })
    // The same request again is refused while the first one waits.
    expectOscError(await create({ SourceNetId: staging.NetId, AccepterNetId: prod.NetId }), 409, '9000')

    const pending = await call<{ NetPeerings: NetPeering[] }>(sim.url, 'ReadNetPeerings', {
      Filters: { StateNames: ['pending-acceptance'], AccepterNetNetIds: [prod.NetId] },
    })
    expect(pending.body.NetPeerings.map((x) => x.NetPeeringId)).toEqual([p.NetPeeringId])

    const accepted = await call<{ NetPeering: NetPeering }>(sim.url, 'AcceptNetPeering', {
      NetPeeringId: p.NetPeeringId,
    })
    expect(accepted.body.NetPeering.State).toEqual({ Name: 'active', Message: 'Active' })
    expectOscError(await call(sim.url, 'RejectNetPeering', { NetPeeringId: p.NetPeeringId }), 409, '6003')
    expect((await call(sim.url, 'DeleteNetPeering', { NetPeeringId: p.NetPeeringId })).status).toBe(200)
    expect((await peering(p.NetPeeringId!))?.State?.Name).toBe('deleted')
    expectOscError(await call(sim.url, 'DeleteNetPeering', { NetPeeringId: p.NetPeeringId }), 409, '6003')
  })

  it('to a Net of another account: that account sees it, only it accepts or rejects, and it expires after 7 days', async () => {
    const prod = await netNamed('prod-net')
    const usNet = (await netsOf(asUs))[0]!
    const p = (
      await create({ SourceNetId: prod.NetId, AccepterNetId: usNet.NetId, AccepterOwnerId: US.accountId })
    ).body.NetPeering
    expect(p.State?.Message).toBe(`Pending acceptance by ${US.accountId}`)
    // The requester may not accept its own request to another account's Net.
    expectOscError(await call(sim.url, 'AcceptNetPeering', { NetPeeringId: p.NetPeeringId }), 400, '4047')
    // The accepter sees it, may not delete it while pending, and rejects it.
    expect((await peering(p.NetPeeringId!, asUs))?.SourceNet?.AccountId).toBe('123456789012')
    expectOscError(
      await call(sim.url, 'DeleteNetPeering', { NetPeeringId: p.NetPeeringId }, asUs),
      400,
      '4047',
    )
    expect((await call(sim.url, 'RejectNetPeering', { NetPeeringId: p.NetPeeringId }, asUs)).status).toBe(200)
    expect((await peering(p.NetPeeringId!))?.State).toEqual({
      Name: 'rejected',
      Message: `Rejected by ${US.accountId}`,
    })
    expectOscError(await call(sim.url, 'DeleteNetPeering', { NetPeeringId: p.NetPeeringId }), 409, '6003')

    const again = (
      await create({ SourceNetId: prod.NetId, AccepterNetId: usNet.NetId, AccepterOwnerId: US.accountId })
    ).body.NetPeering
    sim.advance(7 * 86_400_000 + 1000)
    expect((await peering(again.NetPeeringId!))?.State?.Name).toBe('expired')
  })

  it('fails at once when the ranges overlap or the accepter Net is not found, and is seen by the requester only', async () => {
    const prod = await netNamed('prod-net')
    const overlapping = (await call<{ Net: Net }>(sim.url, 'CreateNet', { IpRange: '10.0.128.0/20' })).body
      .Net
    const failed = (await create({ SourceNetId: prod.NetId, AccepterNetId: overlapping.NetId })).body
      .NetPeering
    expect(failed.State?.Name).toBe('failed')
    expect(failed.State?.Message).toContain('overlap')
    const nowhere = (
      await create({ SourceNetId: prod.NetId, AccepterNetId: 'vpc-00000000', AccepterOwnerId: US.accountId })
    ).body.NetPeering
    expect(nowhere.State?.Name).toBe('failed')
    expect(await peering(nowhere.NetPeeringId!, asUs)).toBeUndefined()
    expectOscError(await create({ SourceNetId: 'vpc-00000000', AccepterNetId: prod.NetId }), 400, '5065')
    expectOscError(
      await create({ SourceNetId: prod.NetId, AccepterNetId: prod.NetId, AccepterOwnerId: 'me' }),
      400,
      '4047',
    )
  })

  it('accepting A→B rejects a pending B→A as redundant, and routes to a peering work only while it is active', async () => {
    const prod = await netNamed('prod-net')
    const staging = await netNamed('staging-net')
    const ab = (await create({ SourceNetId: prod.NetId, AccepterNetId: staging.NetId })).body.NetPeering
    const ba = (await create({ SourceNetId: staging.NetId, AccepterNetId: prod.NetId })).body.NetPeering
    await call(sim.url, 'AcceptNetPeering', { NetPeeringId: ab.NetPeeringId })
    expect((await peering(ba.NetPeeringId!))?.State?.Name).toBe('rejected')

    const rtb = (
      await call<{ RouteTables: Array<{ RouteTableId: string }> }>(sim.url, 'ReadRouteTables', {
        Filters: { NetIds: [prod.NetId] },
      })
    ).body.RouteTables[0]!
    await call(sim.url, 'CreateRoute', {
      RouteTableId: rtb.RouteTableId,
      DestinationIpRange: '10.1.0.0/16',
      NetPeeringId: ab.NetPeeringId,
    })
    const route = async () =>
      (
        await call<{ RouteTables: Array<{ Routes: Array<{ NetPeeringId?: string; State: string }> }> }>(
          sim.url,
          'ReadRouteTables',
          { Filters: { RouteTableIds: [rtb.RouteTableId] } },
        )
      ).body.RouteTables[0]!.Routes.find((r) => r.NetPeeringId === ab.NetPeeringId)
    expect((await route())?.State).toBe('active')
    await call(sim.url, 'DeleteNetPeering', { NetPeeringId: ab.NetPeeringId })
    expect((await route())?.State).toBe('blackhole')
  })
})

describe('Net peering quotas', () => {
  const clock = new SimClock('manual')
  const world = buildWorld('demo', clock)
  const account = world.account(EU.accountId)
  const send = (action: 'CreateNet' | 'CreateNetPeering' | 'AcceptNetPeering', req: object) =>
    dispatch(action, req as Record<string, unknown>, {
      world,
      account,
      clock,
      now: clock.now(),
      requestId: 'test',
      action,
      sourceIp: '127.0.0.1',
      userAgent: 'test',
    }) as { Net?: Net; NetPeering?: NetPeering }
  const newNet = (range: string) => send('CreateNet', { IpRange: range }).Net!.NetId!
  const quotaError = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      return (e as Error).message
    }
    throw new Error('expected the quota to refuse the call')
  }

  it('refuses a request over networklink_request_limit and an active peering over networklink_limit of a Net', () => {
    account.quotaMax.set('vpc_limit', 20)
    const hub = newNet('10.10.0.0/16')
    const spokes = ['10.11.0.0/16', '10.12.0.0/16', '10.13.0.0/16'].map(newNet)
    account.quotaMax.set('networklink_request_limit', 2)
    account.quotaMax.set('networklink_limit', 1)
    const first = send('CreateNetPeering', { SourceNetId: hub, AccepterNetId: spokes[0] }).NetPeering!
    send('CreateNetPeering', { SourceNetId: hub, AccepterNetId: spokes[1] })
    expect(
      quotaError(() => send('CreateNetPeering', { SourceNetId: hub, AccepterNetId: spokes[2] })),
    ).toMatch(/networklink_request_limit/)
    send('AcceptNetPeering', { NetPeeringId: first.NetPeeringId })
    // The hub Net now has its one active peering: a second one is refused on acceptance, naming the Net.
    const pending = [...world.account(EU.accountId).store<NetPeering>('net-peerings').values()].find(
      (p) => p.State?.Name === 'pending-acceptance',
    )!
    expect(quotaError(() => send('AcceptNetPeering', { NetPeeringId: pending.NetPeeringId }))).toContain(hub)
    expect(
      quotaError(() => send('CreateNetPeering', { SourceNetId: hub, AccepterNetId: spokes[2] })),
    ).toMatch(/networklink_limit/)
  })
})
