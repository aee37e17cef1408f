// Route tables and routes: the main table every Net gets, extra tables linked to Subnets, routes to a target.
import type { CreateRouteRequest, Route, RouteTable } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import { assertQuota, must } from './common.ts'
import { internetServices, nets, parseCidr, routeTables, subnets } from './nets.ts'
import { natIsLive, natServices } from './nat-services.ts'
import { peeringIsActive } from './net-peerings.ts'
import { netAccessPoints } from './net-access-points.ts'
import type { AccountState } from '../state.ts'

type Target = Pick<CreateRouteRequest, 'GatewayId' | 'NatServiceId' | 'NicId' | 'VmId' | 'NetPeeringId'>

/** Checks a route's target as OUTSCALE does: it exists, and an Internet or NAT service is in the table's Net. */
function checkTarget(account: AccountState, rtb: RouteTable, req: Target): void {
  const target = req.GatewayId ?? req.NatServiceId ?? req.NicId ?? req.VmId ?? req.NetPeeringId
  if (!target)
    throw oscError(
      'missingParameter',
      'Give the route a target: GatewayId, NatServiceId, NicId, VmId or NetPeeringId.',
    )
  if (!account.registry.has(target) && !account.store('generic-ids').has(target)) {
    throw oscError('noSuchResource', `The route target ${target} does not exist.`)
  }
  if (req.GatewayId?.startsWith('igw-')) {
    const igw = internetServices(account).get(req.GatewayId)
    if (igw?.NetId !== rtb.NetId)
      throw oscError(
        'gatewayNotAttached',
        `The Internet service ${req.GatewayId} is not linked to the Net ${rtb.NetId ?? ''}; link it first.`,
      )
  }
  if (req.NatServiceId) {
    const nat = natServices(account).get(req.NatServiceId)
    if (!nat || !natIsLive(account, req.NatServiceId))
      throw oscError('invalidState', `The NAT service ${req.NatServiceId} is deleted or being deleted.`)
    if (nat.NetId !== rtb.NetId)
      throw oscError('invalidParameterValue', `The NAT service ${req.NatServiceId} is in another Net.`)
  }
}

const targetFields = (req: Target, accountId: string): Partial<Route> => ({
  ...(req.GatewayId ? { GatewayId: req.GatewayId } : {}),
  ...(req.NatServiceId ? { NatServiceId: req.NatServiceId } : {}),
  ...(req.NicId ? { NicId: req.NicId } : {}),
  ...(req.VmId ? { VmId: req.VmId, VmAccountId: accountId } : {}),
  ...(req.NetPeeringId ? { NetPeeringId: req.NetPeeringId } : {}),
})

/** A route whose Internet service left the Net, whose NAT service is gone or whose peering is not active, is a blackhole. */
function refreshStates(account: AccountState, rtb: RouteTable): void {
  for (const route of rtb.Routes ?? []) {
    if (route.GatewayId?.startsWith('igw-'))
      route.State =
        internetServices(account).get(route.GatewayId)?.NetId === rtb.NetId ? 'active' : 'blackhole'
    else if (route.NatServiceId) route.State = natIsLive(account, route.NatServiceId) ? 'active' : 'blackhole'
    else if (route.NetPeeringId)
      route.State = peeringIsActive(account, route.NetPeeringId) ? 'active' : 'blackhole'
  }
}

export const handlers: HandlerMap = {
  CreateRouteTable: (req, ctx) => {
    must(nets(ctx.account).get(req.NetId), 'noSuchNet', `The Net ${req.NetId} does not exist.`)
    assertQuota(ctx.account, 'rtb_limit', 1, 'tooManyRtbs')
    const id = ctx.world.newId('rtb')
    const net = nets(ctx.account).get(req.NetId)
    const rtb: RouteTable = {
      RouteTableId: id,
      NetId: req.NetId,
      LinkRouteTables: [],
      Routes: [
        {
          CreationMethod: 'CreateRouteTable',
          DestinationIpRange: net?.IpRange,
          GatewayId: 'local',
          State: 'active',
        },
      ],
      RoutePropagatingVirtualGateways: [],
      Tags: [],
    }
    routeTables(ctx.account).set(id, rtb)
    ctx.account.register(id, 'route-table', rtb)
    return { RouteTable: rtb }
  },
  ReadRouteTables: (req, ctx) => {
    for (const rtb of routeTables(ctx.account).values()) refreshStates(ctx.account, rtb)
    const { page, nextPageToken } = readList(routeTables(ctx.account).values(), req, {
      LinkRouteTableIds: (r) => (r as RouteTable).LinkRouteTables?.map((l) => l.RouteTableId),
      LinkRouteTableLinkRouteTableIds: (r) =>
        (r as RouteTable).LinkRouteTables?.map((l) => l.LinkRouteTableId),
      LinkRouteTableMain: (r) => (r as RouteTable).LinkRouteTables?.map((l) => l.Main),
      LinkSubnetIds: (r) => (r as RouteTable).LinkRouteTables?.map((l) => l.SubnetId),
      RouteDestinationIpRanges: (r) => (r as RouteTable).Routes?.map((x) => x.DestinationIpRange),
      RouteGatewayIds: (r) => (r as RouteTable).Routes?.map((x) => x.GatewayId),
      RouteStates: (r) => (r as RouteTable).Routes?.map((x) => x.State),
      RouteCreationMethods: (r) => (r as RouteTable).Routes?.map((x) => x.CreationMethod),
      RouteVmIds: (r) => (r as RouteTable).Routes?.map((x) => x.VmId),
      RouteNatServiceIds: (r) => (r as RouteTable).Routes?.map((x) => x.NatServiceId),
    })
    return { RouteTables: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  LinkRouteTable: (req, ctx) => {
    const rtb = must(
      routeTables(ctx.account).get(req.RouteTableId),
      'noSuchRouteTable',
      `The route table ${req.RouteTableId} does not exist.`,
    )
    const subnet = must(
      subnets(ctx.account).get(req.SubnetId),
      'noSuchSubnet',
      `The Subnet ${req.SubnetId} does not exist.`,
    )
    if (subnet.NetId !== rtb.NetId)
      throw oscError('invalidParameterValue', 'The Subnet and the route table are in different Nets.')
    for (const other of routeTables(ctx.account).values()) {
      if (other.LinkRouteTables?.some((l) => l.SubnetId === req.SubnetId)) {
        throw oscError(
          'alreadyExists',
          `The Subnet ${req.SubnetId} is already linked to ${other.RouteTableId ?? ''}.`,
        )
      }
    }
    const linkId = ctx.world.newId('rtbassoc')
    ;(rtb.LinkRouteTables ??= []).push({
      LinkRouteTableId: linkId,
      Main: false,
      NetId: rtb.NetId,
      RouteTableId: rtb.RouteTableId,
      SubnetId: req.SubnetId,
    })
    return { LinkRouteTableId: linkId }
  },
  UnlinkRouteTable: (req, ctx) => {
    for (const rtb of routeTables(ctx.account).values()) {
      const link = rtb.LinkRouteTables?.find((l) => l.LinkRouteTableId === req.LinkRouteTableId)
      if (link) {
        if (link.Main) throw oscError('invalidParameterValue', 'The main route table link cannot be removed.')
        rtb.LinkRouteTables = rtb.LinkRouteTables?.filter((l) => l !== link)
        return {}
      }
    }
    throw oscError('noSuchAttachment', `The route table link ${req.LinkRouteTableId} does not exist.`)
  },
  DeleteRouteTable: (req, ctx) => {
    const rtb = must(
      routeTables(ctx.account).get(req.RouteTableId),
      'noSuchRouteTable',
      `The route table ${req.RouteTableId} does not exist.`,
    )
    if (rtb.LinkRouteTables?.some((l) => l.Main))
      throw oscError('invalidParameterValue', 'The main route table of a Net cannot be deleted.')
    if ((rtb.LinkRouteTables?.length ?? 0) > 0)
      throw oscError('subnetIsAssociated', 'Unlink the route table from its Subnets first.')
    routeTables(ctx.account).delete(req.RouteTableId)
    ctx.account.unregister(req.RouteTableId)
    for (const nap of netAccessPoints(ctx.account).values())
      nap.RouteTableIds = nap.RouteTableIds?.filter((id) => id !== req.RouteTableId)
    return {}
  },
  CreateRoute: (req, ctx) => {
    const rtb = must(
      routeTables(ctx.account).get(req.RouteTableId),
      'noSuchRouteTable',
      `The route table ${req.RouteTableId} does not exist.`,
    )
    parseCidr(req.DestinationIpRange)
    if (rtb.Routes?.some((r) => r.DestinationIpRange === req.DestinationIpRange)) {
      throw oscError(
        'routeAlreadyExists',
        `A route to ${req.DestinationIpRange} already exists in ${req.RouteTableId}.`,
      )
    }
    checkTarget(ctx.account, rtb, req)
    ;(rtb.Routes ??= []).push({
      CreationMethod: 'CreateRoute',
      DestinationIpRange: req.DestinationIpRange,
      State: 'active',
      ...targetFields(req, ctx.account.accountId),
    })
    return { RouteTable: rtb }
  },
  UpdateRoute: (req, ctx) => {
    const rtb = must(
      routeTables(ctx.account).get(req.RouteTableId),
      'noSuchRouteTable',
      `The route table ${req.RouteTableId} does not exist.`,
    )
    const route = rtb.Routes?.find((r) => r.DestinationIpRange === req.DestinationIpRange)
    if (!route) throw oscError('noSuchRoute', `No route to ${req.DestinationIpRange} in ${req.RouteTableId}.`)
    if (route.GatewayId === 'local')
      throw oscError('invalidParameterValue', 'The local route of a Net cannot be changed.')
    checkTarget(ctx.account, rtb, req)
    const kept = { CreationMethod: route.CreationMethod, DestinationIpRange: route.DestinationIpRange }
    const index = rtb.Routes?.indexOf(route) ?? -1
    if (rtb.Routes && index >= 0)
      rtb.Routes[index] = { ...kept, State: 'active', ...targetFields(req, ctx.account.accountId) }
    refreshStates(ctx.account, rtb)
    return { RouteTable: rtb }
  },
  DeleteRoute: (req, ctx) => {
    const rtb = must(
      routeTables(ctx.account).get(req.RouteTableId),
      'noSuchRouteTable',
      `The route table ${req.RouteTableId} does not exist.`,
    )
    const route = rtb.Routes?.find(
      (r) => r.DestinationIpRange === req.DestinationIpRange && r.GatewayId !== 'local',
    )
    if (!route)
      throw oscError('noSuchRoute', `No removable route to ${req.DestinationIpRange} in ${req.RouteTableId}.`)
    rtb.Routes = rtb.Routes?.filter((r) => r !== route)
    return { RouteTable: rtb }
  },
}
