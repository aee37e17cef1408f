// Where a person lands: the first account's home from `/`, every account at once under `/all`, an account's home,
// and the sections of the sidebar that have no page yet.
import { createRoute, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router'
import { meQuery } from '@osc-console/data'
import { Shell } from '../app/Shell.tsx'
import { ErrorPage } from '../app/ErrorPage.tsx'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { findNavItem } from '../app/nav.ts'
import { allAccountsWords } from '../i18n/catalog.ts'
import { loadWords } from '../i18n/words.ts'
import { accountRoute, rootRoute } from './base.tsx'

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery())
    const first = me.accounts[0]
    // Everyone lands on the account's home: it shows whatever their role may read there.
    if (first) throw redirect({ to: '/$account', params: { account: first.id } })
  },
  component: lazyRouteComponent(() => import('../app/NoAccounts.tsx')),
})

// Every account at once, in the same frame as an account's pages; a static segment, matched before `$account`.
export const allAccountsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'all',
  beforeLoad: () => loadWords(allAccountsWords),
  component: Shell,
  errorComponent: ErrorPage,
})

export const allAccountsIndexRoute = createRoute({
  getParentRoute: () => allAccountsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../pages/all-accounts/AllAccountsPage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.allAccounts" />,
})

export const homeRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../pages/home/HomePage.tsx')),
  pendingComponent: () => <PageSkeleton label="skeleton.home" />,
})

export const sectionRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '$section',
  beforeLoad: ({ params }) => {
    if (!findNavItem(params.section)) throw notFound()
  },
  component: lazyRouteComponent(() => import('../app/ComingSoon.tsx')),
})

export const sectionResourceRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '$section/$id',
  beforeLoad: ({ params }) => {
    if (!findNavItem(params.section)) throw notFound()
  },
  component: lazyRouteComponent(() => import('../app/ComingSoon.tsx')),
})
