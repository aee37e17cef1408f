// Net access points, as the documentation describes them: a Net reaches an OUTSCALE service (one of
// ReadNetAccessPointServices) without the internet. Created pending, available on the clock; each route table given
// gets a route whose destination is the service's prefix list id and whose target is the access point. Updating
// adds or removes route tables (and their routes); deleting removes the routes at once, then the access point goes
// deleting → deleted and is listed for a while.
import type { NetAccessPoint, RouteTable } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState } from '../state.ts'
import { assertQuota, defineUsage, must } from './common.ts'
import { nets, routeTables } from './nets.ts'
import { accessPointServices } from './public-info.ts'

export const netAccessPoints = (a: AccountState) => a.store<NetAccessPoint>('net-access-points')

/** How long a Net access point stays pending, and deleting, before it settles. */
export const NAP_PENDING_MS = 20_000
export const NAP_DELETING_MS = 20_000
/** How long a deleted Net access point is still listed. */
const NAP_DELETED_VISIBLE_MS = 60 * 60_000

export const napIsLive = (nap: NetAccessPoint) => nap.State !== 'deleting' && nap.State !== 'deleted'

defineUsage('network_endpoint_limit', (a) => [...netAccessPoints(a).values()].filter(napIsLive).length)

/** The live Net access point of a Net, if any: the Net cannot be deleted while it has one. */
export function liveAccessPointIn(account: AccountState, netId: string): string | undefined {
  for (const nap of netAccessPoints(account).values())
    if (nap.NetId === netId && napIsLive(nap)) return nap.NetAccessPointId
  return undefined
}

function find(ctx: Ctx, id: string): NetAccessPoint {
  return must(
    netAccessPoints(ctx.account).get(id),
    'noSuchResource',
    `The Net access point ${id} does not exist in this account.`,
  )
}

function serviceNamed(ctx: Ctx, name: string) {
  const service = accessPointServices(ctx.account.region).find((s) => s.ServiceName === name)
  if (!service)
    throw oscError(
      'invalidParameterValue',
      `${name} is not a service of ${ctx.account.region}; ReadNetAccessPointServices lists the ones a Net access point can reach.`,
    )
  return service
}

/** The route tables named, each existing and in the access point's Net. */
function tablesOf(ctx: Ctx, netId: string, ids: readonly string[]): RouteTable[] {
  return [...new Set(ids)].map((id) => {
    const rtb = must(
      routeTables(ctx.account).get(id),
      'noSuchRouteTable',
      `The route table ${id} does not exist.`,
    )
    if (rtb.NetId !== netId)
      throw oscError(
        'invalidParameterValue',
        `The route table ${id} is in the Net ${rtb.NetId ?? ''}, not in ${netId}: a Net access point routes its own Net.`,
      )
    return rtb
  })
}

function addRoute(rtb: RouteTable, nap: NetAccessPoint, serviceId: string): void {
  ;(rtb.Routes ??= []).push({
    CreationMethod: 'CreateRoute',
    DestinationServiceId: serviceId,
    NetAccessPointId: nap.NetAccessPointId,
    State: 'active',
  })
}

function removeRoutes(account: AccountState, nap: NetAccessPoint, tableIds: readonly string[]): void {
  for (const id of tableIds) {
    const rtb = routeTables(account).get(id)
    if (rtb) rtb.Routes = rtb.Routes?.filter((r) => r.NetAccessPointId !== nap.NetAccessPointId)
  }
}

function mustBeLive(nap: NetAccessPoint): void {
  if (!napIsLive(nap))
    throw oscError(
      'invalidState',
      `The Net access point ${nap.NetAccessPointId ?? ''} is already ${nap.State ?? ''}.`,
    )
}

export const handlers: HandlerMap = {
  CreateNetAccessPoint: (req, ctx) => {
    const net = must(nets(ctx.account).get(req.NetId), 'noSuchNet', `The Net ${req.NetId} does not exist.`)
    const service = serviceNamed(ctx, req.ServiceName)
    const tables = tablesOf(ctx, req.NetId, req.RouteTableIds ?? [])
    const already = [...netAccessPoints(ctx.account).values()].find(
      (n) => n.NetId === net.NetId && n.ServiceName === req.ServiceName && napIsLive(n),
    )
    if (already)
      throw oscError(
        'alreadyExists',
        `The Net ${req.NetId} already reaches ${req.ServiceName} through ${already.NetAccessPointId ?? ''}; update its route tables instead.`,
      )
    assertQuota(ctx.account, 'network_endpoint_limit', 1, 'tooManyResources')
    const id = ctx.world.newId('vpce')
    const nap: NetAccessPoint = {
      NetAccessPointId: id,
      NetId: req.NetId,
      ServiceName: req.ServiceName,
      RouteTableIds: tables.map((t) => t.RouteTableId ?? ''),
      State: 'pending',
      Tags: [],
    }
    netAccessPoints(ctx.account).set(id, nap)
    ctx.account.register(id, 'net-access-point', nap)
    for (const rtb of tables) addRoute(rtb, nap, service.ServiceId ?? '')
    ctx.world.schedule(ctx.now + NAP_PENDING_MS, () => {
      if (nap.State === 'pending') nap.State = 'available'
    })
    return { NetAccessPoint: nap }
  },
  ReadNetAccessPoints: (req, ctx) => {
    const { page, nextPageToken } = readList(netAccessPoints(ctx.account).values(), req)
    return { NetAccessPoints: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  UpdateNetAccessPoint: (req, ctx) => {
    const nap = find(ctx, req.NetAccessPointId)
    mustBeLive(nap)
    const netId = nap.NetId ?? ''
    const adding = tablesOf(ctx, netId, req.AddRouteTableIds ?? [])
    const removing = [...new Set(req.RemoveRouteTableIds ?? [])]
    const current = new Set(nap.RouteTableIds ?? [])
    const notLinked = removing.find((id) => !current.has(id))
    if (notLinked !== undefined)
      throw oscError(
        'invalidParameterValue',
        `The route table ${notLinked} is not associated with the Net access point ${req.NetAccessPointId}.`,
      )
    const both = adding.find((t) => removing.includes(t.RouteTableId ?? ''))
    if (both)
      throw oscError(
        'invalidParametersValue',
        `The route table ${both.RouteTableId ?? ''} cannot be both added and removed in one call.`,
      )
    const service = serviceNamed(ctx, nap.ServiceName ?? '')
    removeRoutes(ctx.account, nap, removing)
    for (const id of removing) current.delete(id)
    for (const rtb of adding) {
      if (current.has(rtb.RouteTableId ?? '')) continue
      addRoute(rtb, nap, service.ServiceId ?? '')
      current.add(rtb.RouteTableId ?? '')
    }
    nap.RouteTableIds = [...current]
    return { NetAccessPoint: nap }
  },
  DeleteNetAccessPoint: (req, ctx) => {
    const nap = find(ctx, req.NetAccessPointId)
    mustBeLive(nap)
    // "This action also deletes the corresponding routes added to the route tables."
    removeRoutes(ctx.account, nap, nap.RouteTableIds ?? [])
    nap.State = 'deleting'
    ctx.world.schedule(ctx.now + NAP_DELETING_MS, () => {
      nap.State = 'deleted'
      nap.RouteTableIds = []
      ctx.world.schedule(ctx.now + NAP_DELETING_MS + NAP_DELETED_VISIBLE_MS, () => {
        netAccessPoints(ctx.account).delete(req.NetAccessPointId)
        ctx.account.unregister(req.NetAccessPointId)
      })
    })
    return {}
  },
}
