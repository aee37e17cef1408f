// Query options for OUTSCALE calls through the BFF, keyed [account, Action, params] so that any page can
// invalidate by account, by action or by family without knowing who else reads the same data.
import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import { catalogue, isActionName } from '@osc-console/osc-api'
import type { ActionName, Request, Response } from '@osc-console/osc-api'
import { apiRequest } from './http.ts'
import { fetchedAtOf, recordFetchedAt, shareKeepingFreshness } from './freshness.ts'

export type OscKey<A extends ActionName> = readonly [account: string, action: A, params: Request<A>]

export async function callOsc<A extends ActionName>(
  account: string,
  action: A,
  params: Request<A>,
  signal?: AbortSignal,
): Promise<Response<A>> {
  const { body, headers } = await apiRequest<Response<A>>(
    `/api/osc/${encodeURIComponent(account)}/${encodeURIComponent(action)}`,
    { method: 'POST', body: params ?? {}, signal },
  )
  recordFetchedAt(body, headers.get('X-Fetched-At'))
  return body
}

/** `useQuery(oscQuery(account, 'ReadVms', { Filters: { VmIds } }))` */
export function oscQuery<A extends ActionName>(account: string, action: A, params: Request<A>) {
  return queryOptions({
    queryKey: [account, action, params] as OscKey<A>,
    queryFn: ({ signal }) => callOsc(account, action, params, signal),
    structuralSharing: shareKeepingFreshness,
  })
}

/**
 * Like oscQuery, but follows NextPageToken to the end; for pages that need every item (lists, pickers).
 * On a first load the pages already read are shown while the next ones arrive, so a 10,000-item list starts
 * drawing after one page; a refresh replaces the data only once complete, so a list never shrinks meanwhile.
 */
export function oscQueryAll<A extends ActionName>(account: string, action: A, params: Request<A>) {
  return queryOptions({
    queryKey: [account, action, params, 'all-pages'] as readonly [string, A, Request<A>, 'all-pages'],
    queryFn: ({ signal, client, queryKey }) => {
      const firstLoad = client.getQueryData(queryKey) === undefined
      return fetchAllPages(account, action, params, signal, (partial) => {
        if (firstLoad) client.setQueryData(queryKey, partial)
      })
    },
    structuralSharing: shareKeepingFreshness,
  })
}

/**
 * A read one page at a time, the next page asked with the answer's NextPageToken ("Load more"): for logs, which
 * have no end worth reading in full.
 */
export function oscPagesQuery<A extends ActionName>(account: string, action: A, params: Request<A>) {
  return infiniteQueryOptions({
    queryKey: [account, action, params, 'pages'] as readonly [string, A, Request<A>, 'pages'],
    queryFn: ({ signal, pageParam }) =>
      callOsc(account, action, { ...params, ...(pageParam ? { NextPageToken: pageParam } : {}) }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (page as { NextPageToken?: string }).NextPageToken || undefined,
  })
}

/** Safety net against a server that keeps sending tokens. */
export const MAX_PAGES = 200

/**
 * Calls `action` until OUTSCALE stops sending a NextPageToken and concatenates every array of the pages
 * (Vms, Volumes, …). The merged result is as old as its oldest page.
 */
export async function fetchAllPages<A extends ActionName>(
  account: string,
  action: A,
  params: Request<A>,
  signal?: AbortSignal,
  /** Called with the items so far after each page but the last. */
  onPartial?: (soFar: Response<A>) => void,
): Promise<Response<A>> {
  let merged: Record<string, unknown> | undefined
  let oldest: number | undefined
  let token: string | undefined
  const seenTokens = new Set<string>()
  for (let page = 0; page < MAX_PAGES; page++) {
    const pageParams = { ...(params as object), ...(token ? { NextPageToken: token } : {}) } as Request<A>
    const body = (await callOsc(account, action, pageParams, signal)) as Record<string, unknown>
    const time = fetchedAtOf(body)
    if (time !== undefined) oldest = oldest === undefined ? time : Math.min(oldest, time)
    merged = merged === undefined ? { ...body } : mergePage(merged, body)
    token = typeof body.NextPageToken === 'string' && body.NextPageToken ? body.NextPageToken : undefined
    if (!token || seenTokens.has(token)) break
    seenTokens.add(token)
    if (onPartial) {
      const soFar = { ...merged }
      delete soFar.NextPageToken
      if (oldest !== undefined) recordFetchedAt(soFar, new Date(oldest).toISOString())
      onPartial(soFar as Response<A>)
    }
  }
  const result = merged ?? {}
  delete result.NextPageToken
  if (oldest !== undefined) recordFetchedAt(result, new Date(oldest).toISOString())
  return result as Response<A>
}

function mergePage(into: Record<string, unknown>, page: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(page)) {
    const existing = into[key]
    if (Array.isArray(existing) && Array.isArray(value)) into[key] = [...existing, ...value]
    else if (!(key in into)) into[key] = value
  }
  return into
}

// ---- keys and invalidation ------------------------------------------------------------------------------

export function keyAccount(key: readonly unknown[]): string | undefined {
  return typeof key[0] === 'string' ? key[0] : undefined
}

export function keyAction(key: readonly unknown[]): ActionName | undefined {
  return typeof key[1] === 'string' && isActionName(key[1]) ? key[1] : undefined
}

export function familyOf(action: ActionName): string {
  return catalogue[action].family
}

export function invalidateAccount(client: QueryClient, account: string) {
  return client.invalidateQueries({ queryKey: [account] })
}

export function invalidateAction(client: QueryClient, account: string, action: ActionName) {
  return client.invalidateQueries({ queryKey: [account, action] })
}

/** Invalidates every read of `account` whose action belongs to one of `families`. */
export function invalidateFamilies(client: QueryClient, account: string, families: Iterable<string>) {
  const wanted = new Set(families)
  return client.invalidateQueries({
    predicate: (query) => {
      if (keyAccount(query.queryKey) !== account) return false
      const action = keyAction(query.queryKey)
      return action !== undefined && !catalogue[action].mutating && wanted.has(catalogue[action].family)
    },
  })
}

/** The params a detail page reads one resource with; mutations seed the cache under the same key. */
export function detailParams(singular: string, id: string): { Filters: Record<string, string[]> } {
  return { Filters: { [`${singular}Ids`]: [id] } }
}
