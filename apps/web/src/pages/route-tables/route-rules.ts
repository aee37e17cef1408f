// Route tables and their routes, as data: where a route sends traffic, which routes can be removed (never the
// local route of the Net), a new route's destination checked as OUTSCALE checks it, and what a table's deletion
// waits for (not the main table, not a table still linked to Subnets).
import type { CreateRouteRequest, NetPeering, Route, RouteTable } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text, type Text } from '../../i18n/text.ts'
import type { MessageId } from '../../i18n/catalog.ts'
import { parseRange } from '../nets/net-ranges.ts'

export const targetKinds = ['internet', 'nat', 'nic', 'vm', 'peering'] as const
export type TargetKind = (typeof targetKinds)[number]

export const targetKindLabel: Record<TargetKind, MessageId> = {
  internet: 'rtb.target.internet',
  nat: 'rtb.target.nat',
  nic: 'rtb.target.nic',
  vm: 'rtb.target.vm',
  peering: 'rtb.target.peering',
}

/** Where a route sends its traffic: "local" for the Net's own range, else the target's id. */
export function routeTarget(route: Route): { kind: TargetKind | 'local' | 'other'; id: string } {
  if (route.GatewayId === 'local') return { kind: 'local', id: 'local' }
  if (route.GatewayId?.startsWith('igw-')) return { kind: 'internet', id: route.GatewayId }
  if (route.NatServiceId) return { kind: 'nat', id: route.NatServiceId }
  if (route.NicId && !route.VmId) return { kind: 'nic', id: route.NicId }
  if (route.VmId) return { kind: 'vm', id: route.VmId }
  if (route.NetPeeringId) return { kind: 'peering', id: route.NetPeeringId }
  const id = route.GatewayId ?? route.NetAccessPointId ?? route.DestinationServiceId ?? ''
  return { kind: 'other', id }
}

/** What a route matches: an IP range, or for a Net access point's route the service's prefix list id. */
export const routeDestination = (route: Route) => route.DestinationIpRange ?? route.DestinationServiceId ?? ''

export function canRemoveRoute(route: Route): RuleCheck {
  if (route.GatewayId === 'local') return { allowed: false, reason: text('rtb.rule.localRoute') }
  // A Net access point's route goes with the access point: it is removed by taking the table off the access point.
  if (route.NetAccessPointId)
    return { allowed: false, reason: text('rtb.rule.accessPointRoute', { id: route.NetAccessPointId }) }
  return allowed
}

/** The peerings a route of this Net can use: the active ones that join it (a pending one carries nothing yet). */
export function peeringsOfNet(peerings: readonly NetPeering[], netId: string | undefined): NetPeering[] {
  return peerings.filter(
    (p) =>
      p.State?.Name === 'active' &&
      netId !== undefined &&
      (p.AccepterNet?.NetId === netId || p.SourceNet?.NetId === netId),
  )
}

/** The Net at the other end of a peering, seen from `netId`. */
export const peerOf = (p: NetPeering, netId: string | undefined) =>
  p.SourceNet?.NetId === netId ? p.AccepterNet : p.SourceNet

export interface RouteForm {
  destination: string
  kind: TargetKind
  targetId: string
}

export function routeDestinationProblem(destination: string, table: RouteTable): Text | undefined {
  if (!parseRange(destination)) return text('forms.cidr.invalid')
  const same = table.Routes?.find((r) => r.DestinationIpRange === destination.trim())
  if (same) return text('rtb.route.exists', { destination: destination.trim(), target: routeTarget(same).id })
  return undefined
}

export function createRouteRequest(tableId: string, v: RouteForm): CreateRouteRequest {
  const base = { RouteTableId: tableId, DestinationIpRange: v.destination.trim() }
  switch (v.kind) {
    case 'internet':
      return { ...base, GatewayId: v.targetId }
    case 'nat':
      return { ...base, NatServiceId: v.targetId }
    case 'nic':
      return { ...base, NicId: v.targetId }
    case 'vm':
      return { ...base, VmId: v.targetId }
    case 'peering':
      return { ...base, NetPeeringId: v.targetId }
  }
}

export const isMain = (rtb: RouteTable) => Boolean(rtb.LinkRouteTables?.some((l) => l.Main))
export const linkedSubnets = (rtb: RouteTable) =>
  (rtb.LinkRouteTables ?? []).filter((l) => l.SubnetId && !l.Main)

export function canDeleteTable(rtb: RouteTable): RuleCheck {
  if (isMain(rtb)) return { allowed: false, reason: text('rtb.rule.main') }
  const links = linkedSubnets(rtb).length
  if (links > 0) return { allowed: false, reason: text('rtb.rule.linked', { count: links }) }
  return allowed
}

export const routeTableBulkActions: readonly BulkAction<RouteTable>[] = [
  {
    key: 'delete',
    action: 'DeleteRouteTable',
    label: 'rtb.delete',
    noneCan: 'rtb.bulk.noneDelete',
    rule: canDeleteTable,
    params: (id) => ({ RouteTableId: id }),
    danger: true,
    typeToConfirm: { word: 'rtb.bulk.deleteWord', warning: 'rtb.delete.body' },
  },
]

export const routeTableQuotaNeeds: QuotaNeed[] = [
  { name: 'rtb_limit', label: text('rtb.quota'), requested: 1 },
]
