// What can be done to a Net access point, as data. OUTSCALE creates one in a Net for one of the services
// ReadNetAccessPointServices lists (one per service and Net), routes that service's prefix list through it in the
// route tables of that Net it is given, and refuses to change or delete one already going away.
import type { NetAccessPoint, RouteTable, Service } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text, type Text } from '../../i18n/text.ts'

/** Deleting and deleted access points route nothing; OUTSCALE lists them for a while. */
export const isLive = (nap: NetAccessPoint) => nap.State !== 'deleting' && nap.State !== 'deleted'

const live = (nap: NetAccessPoint): RuleCheck =>
  isLive(nap) ? allowed : { allowed: false, reason: text('nap.rule.gone', { state: nap.State ?? '' }) }

export const napCan = {
  delete: live,
  editRouteTables: live,
}

/** The route tables an access point of this Net may use: only the Net's own. */
export const tablesOfNet = (tables: readonly RouteTable[], netId: string) =>
  netId ? tables.filter((t) => t.NetId === netId) : []

/** The services a new access point of the Net may reach: those the Net does not reach through a live one yet. */
export function freeServices(
  services: readonly Service[],
  points: readonly NetAccessPoint[],
  netId: string,
): Service[] {
  const taken = new Set(points.filter((p) => p.NetId === netId && isLive(p)).map((p) => p.ServiceName))
  return services.filter((s) => !taken.has(s.ServiceName))
}

/** A service's short name, `oos` for `com.outscale.eu-west-2.oos`. */
export const serviceShortName = (name: string | undefined) => name?.split('.').at(-1) ?? ''

export interface NapForm {
  name: string
  netId: string
  serviceName: string
  routeTableIds: string[]
}

export function napFormProblems(v: NapForm): Partial<Record<keyof NapForm, Text | undefined>> {
  return {
    netId: v.netId ? undefined : text('nap.create.chooseNet'),
    serviceName: v.serviceName ? undefined : text('nap.create.chooseService'),
  }
}

export const createRequest = (v: NapForm) => ({
  NetId: v.netId,
  ServiceName: v.serviceName,
  ...(v.routeTableIds.length > 0 ? { RouteTableIds: v.routeTableIds } : {}),
})

/** The UpdateNetAccessPoint request taking the access point from its route tables to `wanted`; undefined if the same. */
export function routeTablesRequest(nap: NetAccessPoint, wanted: readonly string[]) {
  const current = nap.RouteTableIds ?? []
  const add = wanted.filter((id) => !current.includes(id))
  const remove = current.filter((id) => !wanted.includes(id))
  if (add.length === 0 && remove.length === 0) return undefined
  return {
    NetAccessPointId: nap.NetAccessPointId ?? '',
    ...(add.length > 0 ? { AddRouteTableIds: add } : {}),
    ...(remove.length > 0 ? { RemoveRouteTableIds: remove } : {}),
  }
}

export const napBulkActions: readonly BulkAction<NetAccessPoint>[] = [
  {
    key: 'delete',
    action: 'DeleteNetAccessPoint',
    label: 'nap.delete',
    noneCan: 'nap.bulk.noneDelete',
    rule: napCan.delete,
    params: (id) => ({ NetAccessPointId: id }),
    danger: true,
    typeToConfirm: { word: 'nap.bulk.deleteWord', warning: 'nap.delete.body' },
  },
]

export const napQuotaNeeds: QuotaNeed[] = [
  { name: 'network_endpoint_limit', label: text('nap.quota'), requested: 1 },
]
