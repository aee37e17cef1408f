// Compute: the VMs (list, creation form, detail) and the keypairs.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { parseTableSearch } from '../table/search.ts'
import { keypairResource, vmResource } from '../kit/registry.ts'
import { detailSearchParser } from '../kit/detail-search.ts'
import { parseVmCreateSearch, parseVmDetailSearch } from '../pages/vms/search.ts'
import { accountRoute, detailTabs, onlyValid, readList } from './base.tsx'

export const vmsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) => readList(queryClient, account, vmResource),
  component: lazyRouteComponent(() => import('../pages/vms/VmListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.vms" />,
})

export const vmCreateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/new',
  validateSearch: onlyValid(parseVmCreateSearch),
  component: lazyRouteComponent(() => import('../pages/vms/VmCreatePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.form" />,
})

export const vmDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'vms/$vmId',
  validateSearch: onlyValid(parseVmDetailSearch),
  component: lazyRouteComponent(() => import('../pages/vms/VmDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.vm" />,
})

export const keypairsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs',
  validateSearch: onlyValid(parseTableSearch),
  loader: ({ context: { queryClient }, params: { account } }) =>
    readList(queryClient, account, keypairResource),
  component: lazyRouteComponent(() => import('../pages/keypairs/KeypairListPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.keypairs" />,
})

export const keypairDetailRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'keypairs/$keypairId',
  validateSearch: onlyValid(detailSearchParser(detailTabs)),
  component: lazyRouteComponent(() => import('../pages/keypairs/KeypairDetailPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.keypair" />,
})
