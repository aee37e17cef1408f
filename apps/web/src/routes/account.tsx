// The account's own pages: audit log, cleanup, quotas, consumption, team, access (keys, EIM users, API access rules)
// and the API explorer.
import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router'
import { teamQuery } from '@osc-console/data'
import { isActionName } from '@osc-console/osc-api'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { accessKeyResource, apiAccessRuleResource, userResource } from '../kit/registry.ts'
import { auditLogQuery } from '../pages/audit/queries.ts'
import { parseAuditSearch, type AuditSearch } from '../pages/audit/search.ts'
import { parseCleanupSearch } from '../pages/cleanup/search.ts'
import { quotasQuery } from '../pages/quotas/queries.ts'
import { parseQuotaSearch } from '../pages/quotas/search.ts'
import { parseConsumptionSearch } from '../pages/consumption/search.ts'
import { parseExplorerSearch } from '../pages/explorer/search.ts'
import { accountRoute, detailRoute, listRoute, onlyValid, readIfAllowed, type Pages } from './base.tsx'

export const auditRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'audit',
  validateSearch: onlyValid(parseAuditSearch),
  loaderDeps: ({ search }): AuditSearch => search,
  loader: ({ context, params, deps }) => {
    if (deps.source !== 'api')
      context.queryClient.ensureInfiniteQueryData(auditLogQuery(params.account, deps)).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('../pages/audit/AuditLogPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.audit" />,
})

export const cleanupRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'cleanup',
  validateSearch: onlyValid(parseCleanupSearch),
  component: lazyRouteComponent(() => import('../pages/cleanup/CleanupPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.cleanup" />,
})

export const quotasRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'quotas',
  validateSearch: onlyValid(parseQuotaSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readIfAllowed(queryClient, account, 'ReadQuotas', () =>
      queryClient.ensureQueryData(quotasQuery(account)),
    ),
  component: lazyRouteComponent(() => import('../pages/quotas/QuotasPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.quotas" />,
})

// No prefetch: the period is checked against today in the page, and a refused period must send nothing.
export const consumptionRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'consumption',
  validateSearch: onlyValid(parseConsumptionSearch),
  component: lazyRouteComponent(() => import('../pages/consumption/ConsumptionPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.consumption" />,
})

export const teamRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'team',
  loader: ({ context: { queryClient } }) => {
    queryClient.ensureQueryData(teamQuery()).catch(() => undefined)
  },
  component: lazyRouteComponent(() => import('../pages/team/TeamPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.team" />,
})

const accessPages: Pages = () => import('../pages/access-pages.ts')
export const accessKeysRoute = listRoute('access-keys', accessKeyResource, accessPages)
export const accessKeyDetailRoute = detailRoute(
  'access-keys/$accessKeyId',
  ['properties', 'audit'],
  accessPages,
)
export const usersRoute = listRoute('users', userResource, accessPages)
export const userDetailRoute = detailRoute('users/$userId', ['properties', 'keys', 'audit'], accessPages)
export const apiAccessRulesRoute = listRoute('api-access-rules', apiAccessRuleResource, accessPages)
export const apiAccessRuleDetailRoute = detailRoute(
  'api-access-rules/$apiAccessRuleId',
  ['properties', 'audit'],
  accessPages,
)

export const explorerRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'explorer',
  validateSearch: onlyValid(parseExplorerSearch),
  component: lazyRouteComponent(() => import('../pages/explorer/ExplorerPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.explorer" />,
})

// The form of one call; its request table (every request's fields and the spec's words) loads with it.
export const explorerCallRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'explorer/$action',
  beforeLoad: ({ params }) => {
    if (!isActionName(params.action)) throw notFound()
  },
  component: lazyRouteComponent(() => import('../pages/explorer/ExplorerCallPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.explorerCall" />,
})
