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
import type { ActionName } from '@osc-console/osc-api'
import { Shell } from './app/Shell.tsx'
import { ErrorPage, NotFound } from './app/ErrorPage.tsx'
import { PageSkeleton } from './ui/Skeleton.tsx'
import { findNavItem } from './app/nav.ts'
import { parseTableSearch } from './table/search.ts'
import { listQuery } from './kit/queries.ts'
import {
  internetServiceResource,
  keypairResource,
  netResource,
  nicResource,
  publicIpResource,
  routeTableResource,
  securityGroupResource,
  subnetResource,
  vmResource,
} from './kit/registry.ts'
import { detailSearchParser } from './kit/detail-search.ts'
import { ensurePageCatalogue } from './i18n/page-messages.ts'
import type { ResourceDescriptor } from './kit/descriptor.ts'
import { parseVmDetailSearch } from './pages/vms/search.ts'
import { auditLogQuery } from './pages/audit/queries.ts'
import { parseAuditSearch } from './pages/audit/search.ts'
import { quotasQuery } from './pages/quotas/queries.ts'
import { parseQuotaSearch } from './pages/quotas/search.ts'
import { parseConsumptionSearch } from './pages/consumption/period.ts'

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

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$account',
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
  pendingComponent: () => <PageSkeleton label="Loading the home" />,
})

const vmsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) => readList(queryClient, account, vmResource),
  component: lazyRouteComponent(() => import('./pages/vms/VmListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading VMs" />,
})

const keypairsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, keypairResource),
  component: lazyRouteComponent(() => import('./pages/keypairs/KeypairListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading keypairs" />,
})

const keypairDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs/$keypairId',
  validateSearch: onlyValid(detailSearchParser(['properties', 'tags', 'audit'])),
  component: lazyRouteComponent(() => import('./pages/keypairs/KeypairDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the keypair" />,
})

const withGroupWords = () => ensurePageCatalogue('securityGroups')

const securityGroupsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    Promise.all([withGroupWords(), readList(queryClient, account, securityGroupResource)]),
  component: lazyRouteComponent(() => import('./pages/security-groups/SecurityGroupListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading security groups" />,
})

const securityGroupDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security-groups/$securityGroupId',
  validateSearch: onlyValid(
    detailSearchParser(['inbound', 'outbound', 'used-by', 'properties', 'tags', 'audit']),
  ),
  loader: withGroupWords,
  component: lazyRouteComponent(() => import('./pages/security-groups/SecurityGroupDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the security group" />,
})

// The network pages: a list and a detail route each, with the network words loaded before the page draws.
const withNetworkWords = () => ensurePageCatalogue('network')

function networkList<Path extends string>(
  path: Path,
  d: ResourceDescriptor,
  page: () => Promise<{ default: () => React.JSX.Element }>,
) {
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    validateSearch: onlyValid(parseTableSearch),
    // Every route under the account route has its account; the generic path hides that from the type.
    loader: ({ context: { queryClient }, params }) =>
      Promise.all([withNetworkWords(), readList(queryClient, (params as { account: string }).account, d)]),
    component: lazyRouteComponent(page),
    pendingComponent: () => <PageSkeleton />,
  })
}

function networkDetail<Path extends string>(
  path: Path,
  tabs: readonly string[],
  page: () => Promise<{ default: () => React.JSX.Element }>,
) {
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    validateSearch: onlyValid(detailSearchParser(tabs)),
    loader: withNetworkWords,
    component: lazyRouteComponent(page),
    pendingComponent: () => <PageSkeleton />,
  })
}

const detailTabs = ['properties', 'tags', 'audit']
const publicIpsRoute = networkList(
  'public-ips',
  publicIpResource,
  () => import('./pages/public-ips/PublicIpListPage.tsx'),
)
const publicIpDetailRoute = networkDetail(
  'public-ips/$publicIpId',
  detailTabs,
  () => import('./pages/public-ips/PublicIpDetailPage.tsx'),
)
const netsRoute = networkList('nets', netResource, () => import('./pages/nets/NetListPage.tsx'))
const netDetailRoute = networkDetail(
  'nets/$netId',
  ['subnets', 'internet', 'route-tables', ...detailTabs],
  () => import('./pages/nets/NetDetailPage.tsx'),
)
const subnetsRoute = networkList(
  'subnets',
  subnetResource,
  () => import('./pages/subnets/SubnetListPage.tsx'),
)
const subnetDetailRoute = networkDetail(
  'subnets/$subnetId',
  detailTabs,
  () => import('./pages/subnets/SubnetDetailPage.tsx'),
)
const internetServicesRoute = networkList(
  'internet-services',
  internetServiceResource,
  () => import('./pages/internet-services/InternetServiceListPage.tsx'),
)
const internetServiceDetailRoute = networkDetail(
  'internet-services/$internetServiceId',
  detailTabs,
  () => import('./pages/internet-services/InternetServiceDetailPage.tsx'),
)
const routeTablesRoute = networkList(
  'route-tables',
  routeTableResource,
  () => import('./pages/route-tables/RouteTableListPage.tsx'),
)
const routeTableDetailRoute = networkDetail(
  'route-tables/$routeTableId',
  ['routes', 'subnets', ...detailTabs],
  () => import('./pages/route-tables/RouteTableDetailPage.tsx'),
)
const nicsRoute = networkList('nics', nicResource, () => import('./pages/nics/NicListPage.tsx'))
const nicDetailRoute = networkDetail(
  'nics/$nicId',
  ['properties', 'private-ips', 'security-groups', 'tags', 'audit'],
  () => import('./pages/nics/NicDetailPage.tsx'),
)

const vmCreateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/new',
  // The form creates security groups, in the security-group pages' words.
  loader: withGroupWords,
  component: lazyRouteComponent(() => import('./pages/vms/VmCreatePage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the form" />,
})

const vmDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/$vmId',
  validateSearch: onlyValid(parseVmDetailSearch),
  // Its network tab attaches public IPs, in the network pages' words.
  loader: withNetworkWords,
  component: lazyRouteComponent(() => import('./pages/vms/VmDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the VM" />,
})

const auditRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'audit',
  validateSearch: onlyValid(parseAuditSearch),
  loaderDeps: ({ search }) => search,
  loader: ({ context, params, deps }) => {
    context.queryClient.ensureInfiniteQueryData(auditLogQuery(params.account, deps)).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('./pages/audit/AuditLogPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the audit log" />,
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
  pendingComponent: () => <PageSkeleton label="Loading the quotas" />,
})

// No prefetch: the period is checked against today in the page, and a refused period must send nothing.
const consumptionRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'consumption',
  validateSearch: onlyValid(parseConsumptionSearch),
  component: lazyRouteComponent(() => import('./pages/consumption/ConsumptionPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the consumption" />,
})

const teamRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'team',
  loader: ({ context: { queryClient } }) => {
    queryClient.ensureQueryData(teamQuery()).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('./pages/team/TeamPage.tsx')),
  pendingComponent: () => <PageSkeleton label="Loading the team" />,
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
    routeTablesRoute,
    routeTableDetailRoute,
    nicsRoute,
    nicDetailRoute,
    auditRoute,
    quotasRoute,
    consumptionRoute,
    teamRoute,
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
