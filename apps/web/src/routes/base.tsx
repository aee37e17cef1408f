// The two routes every page hangs from (the root and the account) and the helpers the families' route modules
// share: a read started with the page's chunk when the role allows it, a search that keeps only what its parser
// accepted, and the list and detail routes of a resource family.
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  notFound,
} from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { meQuery, permission } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import { Shell } from '../app/Shell.tsx'
import { ErrorPage, NotFound } from '../app/ErrorPage.tsx'
import { PageSkeleton } from '../ui/Skeleton.tsx'
import { parseTableSearch } from '../table/search.ts'
import { listQuery } from '../kit/queries.ts'
import { detailSearchParser } from '../kit/detail-search.ts'
import type { ResourceDescriptor } from '../kit/descriptor.ts'
import { loadPageWords } from '../i18n/catalog.ts'

export interface RouterContext {
  queryClient: QueryClient
}

/**
 * Starts a page's read while its chunk loads, if the person's role allows the call: a role without it sees the page
 * say so, and asking would only add a refusal to the audit log.
 */
export async function readIfAllowed(
  queryClient: QueryClient,
  account: string,
  action: ActionName,
  read: () => Promise<unknown>,
): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery())
  if (permission(me, account, action).allowed) read().catch(() => undefined)
}

/** A list page's read, started with its chunk; ensureQueryData, since the loader runs again at each keystroke. */
export function readList(queryClient: QueryClient, account: string, d: ResourceDescriptor) {
  return readIfAllowed(queryClient, account, d.read, () => queryClient.ensureQueryData(listQuery(d, account)))
}

/**
 * A route's search is its parent's merged with what its validateSearch returns, and the root's is the raw URL:
 * a value the parser dropped (`?state=<anything>`) would come back from the raw URL. Every key the parser did not
 * return is set to undefined, so a page sees only what its parser accepted.
 */
export function onlyValid<S extends object>(parse: (raw: Record<string, unknown>) => S) {
  return (raw: Record<string, unknown>): S => {
    const parsed = parse(raw)
    const dropped = Object.keys(raw).filter((key) => !(key in parsed))
    return { ...Object.fromEntries(dropped.map((key) => [key, undefined])), ...parsed }
  }
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: ErrorPage,
})

export const accountRoute = createRoute({
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

// The resource families beyond VMs and keypairs: a list and a detail route each (their words load with the account
// route's beforeLoad), their pages in one chunk per area imported from one place: each chunk the route tree can
// load costs the first route the bytes of its name.
export type Pages = () => Promise<Record<string, () => React.JSX.Element>>

/** The tabs every detail page has; a family adds its own before them. */
export const detailTabs = ['properties', 'tags', 'audit']

/** A family's list route; its page is the chunk's `<Singular>ListPage` (`PublicIpListPage` for `PublicIps`). */
export function listRoute<Path extends string>(path: Path, d: ResourceDescriptor, pages: Pages) {
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
export function detailRoute<Path extends string>(path: Path, tabs: readonly string[], pages: Pages) {
  const param = path.slice(path.indexOf('$') + 1, -2)
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    validateSearch: onlyValid(detailSearchParser(tabs)),
    component: lazyRouteComponent(pages, `${param[0]!.toUpperCase()}${param.slice(1)}DetailPage`),
    pendingComponent: () => <PageSkeleton />,
  })
}
