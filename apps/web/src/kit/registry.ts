// Every resource family the console shows, in one place: the sidebar, the command palette and the links to a
// resource id read it, and the list and detail pages take their descriptor from it. Each area's descriptors live
// in resources/, split as the routes are; this module assembles them and answers questions about all of them.
import { catalogue, type ActionName } from '@osc-console/osc-api'
import type { ResourceDescriptor } from './descriptor.ts'
import { paths } from '../paths.ts'
import { keypairResource, vmResource } from './resources/compute.ts'
import {
  internetServiceResource,
  natServiceResource,
  netAccessPointResource,
  netPeeringResource,
  netResource,
  nicResource,
  publicIpResource,
  routeTableResource,
  securityGroupResource,
  subnetResource,
} from './resources/network.ts'
import { loadBalancerResource } from './resources/load-balancing.ts'
import { imageResource, snapshotResource, volumeResource } from './resources/storage.ts'
import { accessKeyResource, apiAccessRuleResource, userResource } from './resources/account.ts'

export * from './resources/compute.ts'
export * from './resources/network.ts'
export * from './resources/load-balancing.ts'
export * from './resources/storage.ts'
export * from './resources/account.ts'

// The command palette lists its matches in this order.
export const resources: readonly ResourceDescriptor[] = [
  vmResource,
  imageResource,
  keypairResource,
  netResource,
  subnetResource,
  internetServiceResource,
  natServiceResource,
  netPeeringResource,
  netAccessPointResource,
  routeTableResource,
  securityGroupResource,
  publicIpResource,
  nicResource,
  volumeResource,
  snapshotResource,
  loadBalancerResource,
  accessKeyResource,
  userResource,
  apiAccessRuleResource,
]

export function findResource(section: string): ResourceDescriptor | undefined {
  return resources.find((r) => r.section === section)
}

/** The family an id belongs to, by its prefix (`i-…` is a VM); undefined for names and unknown prefixes. */
export function resourceOfId(id: string): ResourceDescriptor | undefined {
  return resources.find((r) => r.idPrefix && id.length > r.idPrefix.length && id.startsWith(r.idPrefix))
}

/** The page of any resource id whose family the console has pages for (`i-…` → the VM), else undefined. */
export function resourcePath(account: string, id: string) {
  const d = resourceOfId(id)
  return d?.built ? paths.resource({ account, section: d.section, id }) : undefined
}

/**
 * Families whose reads `action` changes besides its own: those whose descriptor lists the action's family
 * (linking a volume changes the VM's read). Passed to the mutation wrapper as `alsoInvalidates`.
 */
export function readersChangedBy(action: ActionName): string[] {
  const family = catalogue[action].family
  return resources.filter((r) => r.invalidatedBy.includes(family)).map((r) => r.family)
}
