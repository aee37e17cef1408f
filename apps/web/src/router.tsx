// The route tree, in code. Pages are split into their own chunks (lazyRouteComponent); loaders prefetch what
// the page reads so that components only read the cache.
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
} from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { meQuery, permission, teamQuery } from '@osc-console/data'
import { isActionName, type ActionName } from '@osc-console/osc-api'
import { Shell } from './app/Shell.tsx'
import { ErrorPage, NotFound } from './app/ErrorPage.tsx'
import { PageSkeleton } from './ui/Skeleton.tsx'
import { findNavItem } from './app/nav.ts'
import { parseTableSearch } from './table/search.ts'
import { listQuery } from './kit/queries.ts'
import {
  accessKeyResource,
  imageResource,
  internetServiceResource,
  keypairResource,
  loadBalancerResource,
  natServiceResource,
  netPeeringResource,
  netAccessPointResource,
  netResource,
  nicResource,
  publicIpResource,
  routeTableResource,
  securityGroupResource,
  snapshotResource,
  subnetResource,
  vmResource,
  volumeResource,
} from './kit/registry.ts'
import { detailSearchParser } from './kit/detail-search.ts'
import type { ResourceDescriptor } from './kit/descriptor.ts'
import { parseVmCreateSearch, parseVmDetailSearch } from './pages/vms/search.ts'
import { auditLogQuery } from './pages/audit/queries.ts'
import { parseAuditSearch, type AuditSearch } from './pages/audit/search.ts'
import { parseCleanupSearch } from './pages/cleanup/search.ts'
import { quotasQuery } from './pages/quotas/queries.ts'
import { parseQuotaSearch } from './pages/quotas/search.ts'
import { parseConsumptionSearch } from './pages/consumption/search.ts'
import { allAccountsWords, loadPageWords } from './i18n/catalog.ts'
import { loadWords } from './i18n/words.ts'
import { parseExplorerSearch } from './pages/explorer/search.ts'

export interface RouterContext {
  queryClient: QueryClient
}

/**
 * Starts a page's read while its chunk loads, if the person's role allows the call: a role without it sees the page
 * say so, and asking would only add a refusal to the audit log.
 */
async function readIfAllowed(
  queryClient: QueryClient,
  account: string,
  action: ActionName,
  read: () => Promise<unknown>,
): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery())
  if (permission(me, account, action).allowed) read().catch(() => undefined)
}

/** A list page's read, started with its chunk; ensureQueryData, since the loader runs again at each keystroke. */
function readList(queryClient: QueryClient, account: string, d: ResourceDescriptor) {
  return readIfAllowed(queryClient, account, d.read, () => queryClient.ensureQueryData(listQuery(d, account)))
}

/**
 * A route's search is its parent's merged with what its validateSearch returns, and the root's is the raw URL:
 * a value the parser dropped (`?state=<anything>`) would come back from the raw URL. Every key the parser did not
 * return is set to undefined, so a page sees only what its parser accepted.
 */
function onlyValid<S extends object>(parse: (raw: Record<string, unknown>) => S) {
  return (raw: Record<string, unknown>): S => {
    const parsed = parse(raw)
    const dropped = Object.keys(raw).filter((key) => !(key in parsed))
    return { ...Object.fromEntries(dropped.map((key) => [key, undefined])), ...parsed }
  }
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: ErrorPage,
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery())
    const first = me.accounts[0]
    // Everyone lands on the account's home: it shows whatever their role may read there.
    if (first) throw redirect({ to: '/$account', params: { account: first.id } })
  },
  component: lazyRouteComponent(() => import('./app/NoAccounts.tsx')),
})

// Every account at once, in the same frame as an account's pages; a static segment, matched before `$account`.
const allAccountsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'all',
  beforeLoad: () => loadWords(allAccountsWords),
  component: Shell,
  errorComponent: ErrorPage,
})

const allAccountsIndexRoute = createRoute({
  getParentRoute: () => allAccountsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/all-accounts/AllAccountsPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.allAccounts" />,
})

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$account',
  // The page's words (i18n/catalog.ts) load with it, before it draws.
  beforeLoad: ({ location }) => loadPageWords(location.pathname),
  loader: async ({ context, params }) => {
    const me = await context.queryClient.ensureQueryData(meQuery())
    if (!me.accounts.some((a) => a.id === params.account)) throw notFound()
  },
  component: Shell,
  notFoundComponent: NotFound,
  errorComponent: ErrorPage,
  pendingComponent: () => <PageSkeleton />,
})

const homeRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/home/HomePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.home" />,
})

const vmsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) => readList(queryClient, account, vmResource),
  component: lazyRouteComponent(() => import('./pages/vms/VmListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.vms" />,
})

const keypairsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, keypairResource),
  component: lazyRouteComponent(() => import('./pages/keypairs/KeypairListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.keypairs" />,
})

const keypairDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs/$keypairId',
  validateSearch: onlyValid(detailSearchParser(['properties', 'tags', 'audit'])),
  component: lazyRouteComponent(() => import('./pages/keypairs/KeypairDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.keypair" />,
})

const securityGroupsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, securityGroupResource),
  component: lazyRouteComponent(() => import('./pages/security-groups/SecurityGroupListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.securityGroups" />,
})

const securityGroupDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups/$securityGroupId',
  validateSearch: onlyValid(
    detailSearchParser(['inbound', 'outbound', 'used-by', 'properties', 'tags', 'audit']),
  ),
  component: lazyRouteComponent(() => import('./pages/security-groups/SecurityGroupDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.securityGroup" />,
})

const loadBalancersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'load-balancers',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, loadBalancerResource),
  component: lazyRouteComponent(() => import('./pages/load-balancers/LoadBalancerListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.loadBalancers" />,
})

const loadBalancerCreateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'load-balancers/new',
  component: lazyRouteComponent(() => import('./pages/load-balancers/LoadBalancerCreatePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.form" />,
})

// Load balancers are keyed by name: the page's parameter is the load balancer's name.
const loadBalancerDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'load-balancers/$loadBalancerName',
  validateSearch: onlyValid(
    detailSearchParser([
      'properties',
      'listeners',
      'backends',
      'health-check',
      'sticky-sessions',
      'access-log',
      'tags',
      'audit',
    ]),
  ),
  component: lazyRouteComponent(() => import('./pages/load-balancers/LoadBalancerDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.loadBalancer" />,
})

// The resource families beyond VMs and keypairs: a list and a detail route each (their words load with the account
// route's beforeLoad), their pages in one chunk per area imported from one place: each chunk this file can load
// costs the first route the bytes of its name.
type Pages = () => Promise<Record<string, () => React.JSX.Element>>

/** A family's list route; its page is the chunk's `<Singular>ListPage` (`PublicIpListPage` for `PublicIps`). */
function listRoute<Path extends string>(path: Path, d: ResourceDescriptor, pages: Pages) {
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    validateSearch: onlyValid(parseTableSearch),
    // Every route under the account route has its account; the generic path hides that from the type.
    loader: ({ context: { queryClient }, params }) =>
      readList(queryClient, (params as { account: string }).account, d),
    component: lazyRouteComponent(pages, `${d.listKey.slice(0, -1)}ListPage`),
    pendingComponent: () => <PageSkeleton />,
  })
}

/** A resource's detail route, `public-ips/$publicIpId`; its page is the chunk's `PublicIpDetailPage`. */
function detailRoute<Path extends string>(path: Path, tabs: readonly string[], pages: Pages) {
  const param = path.slice(path.indexOf('$') + 1, -2)
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    validateSearch: onlyValid(detailSearchParser(tabs)),
    component: lazyRouteComponent(pages, `${param[0]!.toUpperCase()}${param.slice(1)}DetailPage`),
    pendingComponent: () => <PageSkeleton />,
  })
}

const detailTabs = ['properties', 'tags', 'audit']
const networkPages: Pages = () => import('./pages/network-pages.ts')
const publicIpsRoute = listRoute('public-ips', publicIpResource, networkPages)
const publicIpDetailRoute = detailRoute('public-ips/$publicIpId', detailTabs, networkPages)
const netsRoute = listRoute('nets', netResource, networkPages)
const netDetailRoute = detailRoute(
  'nets/$netId',
  ['subnets', 'internet', 'route-tables', ...detailTabs],
  networkPages,
)
const subnetsRoute = listRoute('subnets', subnetResource, networkPages)
const subnetDetailRoute = detailRoute('subnets/$subnetId', detailTabs, networkPages)
const internetServicesRoute = listRoute('internet-services', internetServiceResource, networkPages)
const internetServiceDetailRoute = detailRoute(
  'internet-services/$internetServiceId',
  detailTabs,
  networkPages,
)
const natServicesRoute = listRoute('nat-services', natServiceResource, networkPages)
const natServiceDetailRoute = detailRoute('nat-services/$natServiceId', detailTabs, networkPages)
const netPeeringsRoute = listRoute('net-peerings', netPeeringResource, networkPages)
const netPeeringDetailRoute = detailRoute('net-peerings/$netPeeringId', detailTabs, networkPages)
const netAccessPointsRoute = listRoute('net-access-points', netAccessPointResource, networkPages)
const netAccessPointDetailRoute = detailRoute('net-access-points/$netAccessPointId', detailTabs, networkPages)
const routeTablesRoute = listRoute('route-tables', routeTableResource, networkPages)
const routeTableDetailRoute = detailRoute(
  'route-tables/$routeTableId',
  ['routes', 'subnets', ...detailTabs],
  networkPages,
)
const nicsRoute = listRoute('nics', nicResource, networkPages)
const nicDetailRoute = detailRoute(
  'nics/$nicId',
  ['properties', 'private-ips', 'security-groups', 'tags', 'audit'],
  networkPages,
)

const storagePages: Pages = () => import('./pages/storage-pages.ts')
const volumesRoute = listRoute('volumes', volumeResource, storagePages)
const volumeDetailRoute = detailRoute('volumes/$volumeId', detailTabs, storagePages)
const snapshotsRoute = listRoute('snapshots', snapshotResource, storagePages)
const snapshotDetailRoute = detailRoute(
  'snapshots/$snapshotId',
  ['properties', 'sharing', 'exports', 'tags', 'audit'],
  storagePages,
)
const imagesRoute = listRoute('images', imageResource, storagePages)
const imageDetailRoute = detailRoute(
  'images/$imageId',
  ['properties', 'devices', 'sharing', 'exports', 'tags', 'audit'],
  storagePages,
)

const accessKeyPages: Pages = () => import('./pages/access-keys/access-key-pages.ts')
const accessKeysRoute = listRoute('access-keys', accessKeyResource, accessKeyPages)
const accessKeyDetailRoute = detailRoute('access-keys/$accessKeyId', ['properties', 'audit'], accessKeyPages)

const vmCreateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/new',
  validateSearch: onlyValid(parseVmCreateSearch),
  component: lazyRouteComponent(() => import('./pages/vms/VmCreatePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.form" />,
})

const vmDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/$vmId',
  validateSearch: onlyValid(parseVmDetailSearch),
  component: lazyRouteComponent(() => import('./pages/vms/VmDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.vm" />,
})

const auditRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'audit',
  validateSearch: onlyValid(parseAuditSearch),
  loaderDeps: ({ search }): AuditSearch => search,
  loader: ({ context, params, deps }) => {
    if (deps.source !== 'api')
      context.queryClient.ensureInfiniteQueryData(auditLogQuery(params.account, deps)).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('./pages/audit/AuditLogPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.audit" />,
})

const cleanupRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'cleanup',
  validateSearch: onlyValid(parseCleanupSearch),
  component: lazyRouteComponent(() => import('./pages/cleanup/CleanupPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.cleanup" />,
})

const quotasRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'quotas',
  validateSearch: onlyValid(parseQuotaSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readIfAllowed(queryClient, account, 'ReadQuotas', () =>
      queryClient.ensureQueryData(quotasQuery(account)),
    ),
  component: lazyRouteComponent(() => import('./pages/quotas/QuotasPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.quotas" />,
})

// No prefetch: the period is checked against today in the page, and a refused period must send nothing.
const consumptionRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'consumption',
  validateSearch: onlyValid(parseConsumptionSearch),
  component: lazyRouteComponent(() => import('./pages/consumption/ConsumptionPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.consumption" />,
})

const teamRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'team',
  loader: ({ context: { queryClient } }) => {
    queryClient.ensureQueryData(teamQuery()).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('./pages/team/TeamPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.team" />,
})

const explorerRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'explorer',
  validateSearch: onlyValid(parseExplorerSearch),
  component: lazyRouteComponent(() => import('./pages/explorer/ExplorerPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.explorer" />,
})

// The form of one call; its request table (every request's fields and the spec's words) loads with it.
const explorerCallRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'explorer/$action',
  beforeLoad: ({ params }) => {
    if (!isActionName(params.action)) throw notFound()
  },
  component: lazyRouteComponent(() => import('./pages/explorer/ExplorerCallPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.explorerCall" />,
})

const sectionRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '$section',
  beforeLoad: ({ params }) => {
    if (!findNavItem(params.section)) throw notFound()
  },
  component: lazyRouteComponent(() => import('./app/ComingSoon.tsx')),
})

const sectionResourceRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '$section/$id',
  beforeLoad: ({ params }) => {
    if (!findNavItem(params.section)) throw notFound()
  },
  component: lazyRouteComponent(() => import('./app/ComingSoon.tsx')),
})

const routeTree = rootRoute.addChildren([
  indexRoute,
  allAccountsRoute.addChildren([allAccountsIndexRoute]),
  accountRoute.addChildren([
    homeRoute,
    vmsRoute,
    vmCreateRoute,
    vmDetailRoute,
    keypairsRoute,
    keypairDetailRoute,
    securityGroupsRoute,
    securityGroupDetailRoute,
    publicIpsRoute,
    publicIpDetailRoute,
    netsRoute,
    netDetailRoute,
    subnetsRoute,
    subnetDetailRoute,
    internetServicesRoute,
    internetServiceDetailRoute,
    natServicesRoute,
    natServiceDetailRoute,
    netPeeringsRoute,
    netPeeringDetailRoute,
    netAccessPointsRoute,
    netAccessPointDetailRoute,
    routeTablesRoute,
    routeTableDetailRoute,
    nicsRoute,
    nicDetailRoute,
    loadBalancersRoute,
    loadBalancerCreateRoute,
    loadBalancerDetailRoute,
    volumesRoute,
    volumeDetailRoute,
    snapshotsRoute,
    snapshotDetailRoute,
    imagesRoute,
    imageDetailRoute,
    auditRoute,
    cleanupRoute,
    quotasRoute,
    consumptionRoute,
    teamRoute,
    accessKeysRoute,
    accessKeyDetailRoute,
    explorerRoute,
    explorerCallRoute,
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
