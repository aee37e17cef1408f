// Load balancing: the list, the creation form and the detail page, keyed by the load balancer's name.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { parseTableSearch } from '../table/search.ts'
import { loadBalancerResource } from '../kit/registry.ts'
import { detailSearchParser } from '../kit/detail-search.ts'
import { accountRoute, onlyValid, readList } from './base.tsx'

export const loadBalancersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'load-balancers',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, loadBalancerResource),
  component: lazyRouteComponent(() => import('../pages/load-balancers/LoadBalancerListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.loadBalancers" />,
})

export const loadBalancerCreateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'load-balancers/new',
  component: lazyRouteComponent(() => import('../pages/load-balancers/LoadBalancerCreatePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.form" />,
})

// Load balancers are keyed by name: the page's parameter is the load balancer's name.
export const loadBalancerDetailRoute = createRoute({
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
  component: lazyRouteComponent(() => import('../pages/load-balancers/LoadBalancerDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.loadBalancer" />,
})
