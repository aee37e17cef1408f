// Which module answers which action: the family modules first, the generic store for everything else.
import type { ActionName } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from './context.ts'
import { handlers as account } from './families/account.ts'
import { handlers as apiLogs } from './families/api-logs.ts'
import { handlers as catalog } from './families/catalog.ts'
import { co2Handlers, handlers as consumption } from './families/consumption.ts'
import { generic } from './families/generic.ts'
import { handlers as images } from './families/images.ts'
import { handlers as keypairs } from './families/keypairs.ts'
import { handlers as listenerRules } from './families/listener-rules.ts'
import { handlers as loadBalancers } from './families/load-balancers.ts'
import { handlers as nats } from './families/nat-services.ts'
import { handlers as netAccessPoints } from './families/net-access-points.ts'
import { handlers as netPeerings } from './families/net-peerings.ts'
import { handlers as nets } from './families/nets.ts'
import { handlers as nics } from './families/nics.ts'
import { handlers as publicInfo } from './families/public-info.ts'
import { handlers as publicIps } from './families/public-ips.ts'
import { handlers as quotas } from './families/quotas.ts'
import { handlers as regions } from './families/regions.ts'
import { handlers as routeTables } from './families/route-tables.ts'
import { handlers as securityGroups } from './families/security-groups.ts'
import { handlers as serverCertificates } from './families/server-certificates.ts'
import { handlers as snapshots } from './families/snapshots.ts'
import { handlers as tags } from './families/tags.ts'
import { handlers as vmCreate } from './families/vm-create.ts'
import { handlers as vmReads } from './families/vm-reads.ts'
import { handlers as vmTypes } from './families/vm-types.ts'
import { handlers as vms } from './families/vms.ts'
import { handlers as users } from './families/users.ts'
import { handlers as volumes } from './families/volumes.ts'
import { handlers as apiAccessRules } from './families/api-access-rules.ts'

export const HANDLERS: HandlerMap = {
  ...account,
  ...apiLogs,
  ...catalog,
  ...consumption,
  ...co2Handlers,
  ...loadBalancers,
  ...listenerRules,
  ...publicInfo,
  ...publicIps,
  ...snapshots,
  ...images,
  ...keypairs,
  ...nats,
  ...netAccessPoints,
  ...netPeerings,
  ...nets,
  ...nics,
  ...quotas,
  ...regions,
  ...routeTables,
  ...securityGroups,
  ...serverCertificates,
  ...tags,
  ...vmTypes,
  ...vmCreate,
  ...vmReads,
  ...vms,
  ...users,
  ...apiAccessRules,
  ...volumes,
}

type AnyHandler = (req: Record<string, unknown>, ctx: Ctx) => object

export function dispatch(action: ActionName, req: Record<string, unknown>, ctx: Ctx): object {
  const handler = HANDLERS[action] as AnyHandler | undefined
  return handler ? handler(req, ctx) : generic(action, req, ctx)
}

export function implemented(action: ActionName): boolean {
  return HANDLERS[action] !== undefined
}
