import { describe, expect, it } from 'vitest'
import {
  canDeleteTable,
  canRemoveRoute,
  createRouteRequest,
  peerOf,
  peeringsOfNet,
  routeDestinationProblem,
  routeTarget,
} from './route-rules.ts'

const table = {
  RouteTableId: 'rtb-1',
  NetId: 'vpc-1',
  LinkRouteTables: [{ LinkRouteTableId: 'rtbassoc-1', Main: true, RouteTableId: 'rtb-1' }],
  Routes: [
    { DestinationIpRange: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
    { DestinationIpRange: '0.0.0.0/0', GatewayId: 'igw-1', State: 'active' },
  ],
}

describe('routes', () => {
  it('reads where a route goes, and never lets the local route be removed', () => {
    expect(routeTarget(table.Routes[0]!)).toEqual({ kind: 'local', id: 'local' })
    expect(routeTarget(table.Routes[1]!)).toEqual({ kind: 'internet', id: 'igw-1' })
    expect(routeTarget({ VmId: 'i-1', NicId: 'eni-1' })).toEqual({ kind: 'vm', id: 'i-1' })
    expect(canRemoveRoute(table.Routes[0]!).allowed).toBe(false)
    expect(canRemoveRoute(table.Routes[1]!).allowed).toBe(true)
    // A Net access point's route goes with the access point.
    expect(canRemoveRoute({ DestinationServiceId: 'pl-1', NetAccessPointId: 'vpce-1' })).toMatchObject({
      allowed: false,
      reason: { id: 'rtb.rule.accessPointRoute', values: { id: 'vpce-1' } },
    })
  })

  it('offers only the active peerings of the table’s own Net, naming the Net at the other end', () => {
    const peering = (id: string, state: string, source: string, accepter: string) => ({
      NetPeeringId: id,
      State: { Name: state },
      SourceNet: { NetId: source, IpRange: `${source}-range` },
      AccepterNet: { NetId: accepter, IpRange: `${accepter}-range` },
    })
    const all = [
      peering('pcx-active-out', 'active', 'vpc-1', 'vpc-2'),
      peering('pcx-active-in', 'active', 'vpc-3', 'vpc-1'),
      peering('pcx-pending', 'pending-acceptance', 'vpc-1', 'vpc-4'),
      peering('pcx-deleted', 'deleted', 'vpc-1', 'vpc-5'),
      peering('pcx-elsewhere', 'active', 'vpc-2', 'vpc-3'),
    ]
    expect(peeringsOfNet(all, 'vpc-1').map((p) => p.NetPeeringId)).toEqual([
      'pcx-active-out',
      'pcx-active-in',
    ])
    expect(peeringsOfNet(all, undefined)).toEqual([])
    expect(peerOf(all[0]!, 'vpc-1')?.NetId).toBe('vpc-2')
    expect(peerOf(all[1]!, 'vpc-1')?.NetId).toBe('vpc-3')
  })

  it('refuses a destination that is not a range, or that the table already routes, naming the target', () => {
    expect(routeDestinationProblem('0.0.0.0', table)?.id).toBe('forms.cidr.invalid')
    expect(routeDestinationProblem('0.0.0.0/0', table)?.values).toMatchObject({ target: 'igw-1' })
    expect(routeDestinationProblem('192.168.0.0/16', table)).toBeUndefined()
  })

  it('sends the target in the parameter its kind uses', () => {
    const request = (kind: 'internet' | 'nat' | 'nic' | 'vm' | 'peering') =>
      createRouteRequest('rtb-1', { destination: ' 0.0.0.0/0 ', kind, targetId: 'x-1' })
    expect(request('internet')).toEqual({
      RouteTableId: 'rtb-1',
      DestinationIpRange: '0.0.0.0/0',
      GatewayId: 'x-1',
    })
    expect(request('nat')).toMatchObject({ NatServiceId: 'x-1' })
    expect(request('nic')).toMatchObject({ NicId: 'x-1' })
    expect(request('vm')).toMatchObject({ VmId: 'x-1' })
    expect(request('peering')).toMatchObject({ NetPeeringId: 'x-1' })
  })

  it('keeps the main table and a table still linked to Subnets', () => {
    expect(canDeleteTable(table).allowed).toBe(false)
    const linked = { LinkRouteTables: [{ SubnetId: 'subnet-1', Main: false }] }
    expect(canDeleteTable(linked)).toMatchObject({ allowed: false, reason: { id: 'rtb.rule.linked' } })
    expect(canDeleteTable({ LinkRouteTables: [] }).allowed).toBe(true)
  })
})
