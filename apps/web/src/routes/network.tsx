// Networking: the security groups, and the families whose pages share the network chunk (public IPs, nets,
// subnets, internet and NAT services, net peerings, route tables, network interfaces).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { parseTableSearch } from '../table/search.ts'
import {
  internetServiceResource,
  natServiceResource,
  netPeeringResource,
  netAccessPointResource,
  netResource,
  nicResource,
  publicIpResource,
  routeTableResource,
  securityGroupResource,
  subnetResource,
} from '../kit/registry.ts'
import { detailSearchParser } from '../kit/detail-search.ts'
import { accountRoute, detailRoute, detailTabs, listRoute, onlyValid, readList, type Pages } from './base.tsx'

export const securityGroupsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, securityGroupResource),
  component: lazyRouteComponent(() => import('../pages/security-groups/SecurityGroupListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.securityGroups" />,
})

export const securityGroupDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups/$securityGroupId',
  validateSearch: onlyValid(
    detailSearchParser(['inbound', 'outbound', 'used-by', 'properties', 'tags', 'audit']),
  ),
  component: lazyRouteComponent(() => import('../pages/security-groups/SecurityGroupDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.securityGroup" />,
})

const networkPages: Pages = () => import('../pages/network-pages.ts')

export const publicIpsRoute = listRoute('public-ips', publicIpResource, networkPages)
export const publicIpDetailRoute = detailRoute('public-ips/$publicIpId', detailTabs, networkPages)
export const netsRoute = listRoute('nets', netResource, networkPages)
export const netDetailRoute = detailRoute(
  'nets/$netId',
  ['subnets', 'internet', 'route-tables', ...detailTabs],
  networkPages,
)
export const subnetsRoute = listRoute('subnets', subnetResource, networkPages)
export const subnetDetailRoute = detailRoute('subnets/$subnetId', detailTabs, networkPages)
export const internetServicesRoute = listRoute('internet-services', internetServiceResource, networkPages)
export const internetServiceDetailRoute = detailRoute(
  'internet-services/$internetServiceId',
  detailTabs,
  networkPages,
)
export const natServicesRoute = listRoute('nat-services', natServiceResource, networkPages)
export const natServiceDetailRoute = detailRoute('nat-services/$natServiceId', detailTabs, networkPages)
export const netPeeringsRoute = listRoute('net-peerings', netPeeringResource, networkPages)
export const netPeeringDetailRoute = detailRoute('net-peerings/$netPeeringId', detailTabs, networkPages)
export const netAccessPointsRoute = listRoute('net-access-points', netAccessPointResource, networkPages)
export const netAccessPointDetailRoute = detailRoute(
  'net-access-points/$netAccessPointId',
  detailTabs,
  networkPages,
)
export const routeTablesRoute = listRoute('route-tables', routeTableResource, networkPages)
export const routeTableDetailRoute = detailRoute(
  'route-tables/$routeTableId',
  ['routes', 'subnets', ...detailTabs],
  networkPages,
)
export const nicsRoute = listRoute('nics', nicResource, networkPages)
export const nicDetailRoute = detailRoute(
  'nics/$nicId',
  ['properties', 'private-ips', 'security-groups', 'tags', 'audit'],
  networkPages,
)
