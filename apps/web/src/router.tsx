// The route tree, in code. Each area's routes live in routes/: pages are split into their own chunks
// (lazyRouteComponent), and loaders prefetch what the page reads so that components only read the cache.
import { createRouter } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { accountRoute, rootRoute } from './routes/base.tsx'
import {
  allAccountsIndexRoute,
  allAccountsRoute,
  homeRoute,
  indexRoute,
  sectionResourceRoute,
  sectionRoute,
} from './routes/entry.tsx'
import * as compute from './routes/compute.tsx'
import * as network from './routes/network.tsx'
import * as loadBalancing from './routes/load-balancing.tsx'
import * as storage from './routes/storage.tsx'
import * as account from './routes/account.tsx'

export type { RouterContext } from './routes/base.tsx'

const routeTree = rootRoute.addChildren([
  indexRoute,
  allAccountsRoute.addChildren([allAccountsIndexRoute]),
  accountRoute.addChildren([
    homeRoute,
    compute.vmsRoute,
    compute.vmCreateRoute,
    compute.vmDetailRoute,
    compute.keypairsRoute,
    compute.keypairDetailRoute,
    network.securityGroupsRoute,
    network.securityGroupDetailRoute,
    network.publicIpsRoute,
    network.publicIpDetailRoute,
    network.netsRoute,
    network.netDetailRoute,
    network.subnetsRoute,
    network.subnetDetailRoute,
    network.internetServicesRoute,
    network.internetServiceDetailRoute,
    network.natServicesRoute,
    network.natServiceDetailRoute,
    network.netPeeringsRoute,
    network.netPeeringDetailRoute,
    network.netAccessPointsRoute,
    network.netAccessPointDetailRoute,
    network.routeTablesRoute,
    network.routeTableDetailRoute,
    network.nicsRoute,
    network.nicDetailRoute,
    loadBalancing.loadBalancersRoute,
    loadBalancing.loadBalancerCreateRoute,
    loadBalancing.loadBalancerDetailRoute,
    storage.volumesRoute,
    storage.volumeDetailRoute,
    storage.snapshotsRoute,
    storage.snapshotDetailRoute,
    storage.imagesRoute,
    storage.imageDetailRoute,
    account.auditRoute,
    account.cleanupRoute,
    account.quotasRoute,
    account.consumptionRoute,
    account.teamRoute,
    account.accessKeysRoute,
    account.accessKeyDetailRoute,
    account.usersRoute,
    account.userDetailRoute,
    account.apiAccessRulesRoute,
    account.apiAccessRuleDetailRoute,
    account.explorerRoute,
    account.explorerCallRoute,
    sectionRoute,
    sectionResourceRoute,
  ]),
])

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Components read the query cache; the router must not cache loader results on top of it.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>
  }
}
