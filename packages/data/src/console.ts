// The console's own endpoints (who am I, the audit trail, bulk operations): shapes defined by the BFF's
// contract, not by OUTSCALE.
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  ActionName,
  AuditPage,
  AuditRecord,
  ConsoleLocale,
  LocaleChoice,
  Me,
  MeAccount,
  Operation,
  OperationItemStatus,
  OperationStarted,
  TeamView,
} from '@osc-console/osc-api'
import { apiRequest } from './http.ts'
import { toApiError, type ApiError } from './errors.ts'
import { invalidateAfter } from './mutation.ts'

export type { AuditRecord, Me, MeAccount, Operation, OperationItemStatus, OperationStarted }

export const meQuery = () =>
  queryOptions({
    queryKey: ['console', 'me'] as const,
    queryFn: async ({ signal }) => (await apiRequest<Me>('/api/me', { signal })).body,
    staleTime: 60_000,
  })

/**
 * Keeps the language a person picks with them on the server (PUT /api/me/locale), so it follows them to another
 * browser; the cached /api/me is updated with it, so the console does not switch back to the one it held before.
 */
export function useSaveLocale() {
  const queryClient = useQueryClient()
  return useMutation<LocaleChoice, ApiError, ConsoleLocale | null>({
    mutationFn: async (locale) =>
      (await apiRequest<LocaleChoice>('/api/me/locale', { method: 'PUT', body: { locale } })).body,
    onSuccess: ({ locale }) =>
      queryClient.setQueryData(meQuery().queryKey, (me) => (me ? { ...me, locale } : me)),
  })
}

/** The team page: access and why, roles, people and sessions this person may see. Always read afresh. */
export const teamQuery = () =>
  queryOptions({
    queryKey: ['console', 'team'] as const,
    queryFn: async ({ signal }) => (await apiRequest<TeamView>('/api/team', { signal })).body,
    staleTime: 0,
  })

/** Ends one session now (`id` from the team page), or with `'others'` every other session of the person asking. */
export function useEndSessions() {
  const queryClient = useQueryClient()
  return useMutation<unknown, ApiError, string>({
    mutationFn: async (id) => {
      try {
        return id === 'others'
          ? (await apiRequest('/api/team/sessions/end-others', { method: 'POST', body: {} })).body
          : (await apiRequest(`/api/team/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' })).body
      } catch (error) {
        throw toApiError(error)
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamQuery().queryKey }),
  })
}

export type Permission = { allowed: true } | { allowed: false; reason: string }

/** Whether the person may call `action` on `account`, with the reason shown on a disabled button. */
export function permission(me: Me | undefined, accountId: string, action: ActionName): Permission {
  const account = me?.accounts.find((a) => a.id === accountId)
  if (!account) return { allowed: false, reason: 'You have no access to this account.' }
  if (account.allowedActions.includes(action)) return { allowed: true }
  return {
    allowed: false,
    reason: `Your role (${account.role}) on ${account.name} does not allow ${action}.`,
  }
}

export interface AuditFilter {
  account?: string
  action?: string
  resourceId?: string
  person?: string
  result?: string
  /** ISO time, inclusive. */
  from?: string
  /** ISO time, exclusive. */
  to?: string
  limit?: number
  cursor?: string
  /** Comma-separated OUTSCALE RequestIds (up to 100): the records of those calls. */
  requestIds?: string
}

function auditUrl(filter: AuditFilter): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) query.set(key, String(value))
  return `/api/audit?${query}`
}

export const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['console', 'audit', filter] as const,
    queryFn: async ({ signal }) => (await apiRequest<AuditPage>(auditUrl(filter), { signal })).body,
  })

/** The audit records matching `filter`, newest first, one page per "Load more" following the BFF's cursor. */
export const auditPagesQuery = (filter: Omit<AuditFilter, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: ['console', 'audit', 'pages', filter] as const,
    queryFn: async ({ signal, pageParam }) =>
      (await apiRequest<AuditPage>(auditUrl({ ...filter, cursor: pageParam }), { signal })).body,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
    // Every change anywhere in the account adds a record: read the log again each time it is shown.
    staleTime: 0,
  })

export interface OperationRequest {
  account: string
  action: ActionName
  /** An item may run its own action, in a stage: stages run in order, each once the one before has settled. */
  items: Array<{ resourceId: string; params: unknown; action?: ActionName; stage?: number }>
  concurrency?: number
}

export const operationQuery = (id: string) =>
  queryOptions({
    queryKey: ['console', 'operation', id] as const,
    queryFn: async ({ signal }) =>
      (await apiRequest<Operation>(`/api/operations/${encodeURIComponent(id)}`, { signal })).body,
    // Poll while items are still running; a finished operation never changes again.
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : 1_000),
    staleTime: (query) => (query.state.data?.status === 'done' ? Infinity : 0),
  })

/** Starts a bulk operation; the caller keeps its id (in the URL) so the results survive a reload. */
export function useStartOperation() {
  const client = useQueryClient()
  return useMutation<OperationStarted, ApiError, OperationRequest>({
    mutationFn: async (request) => {
      try {
        return (await apiRequest<OperationStarted>('/api/operations', { method: 'POST', body: request })).body
      } catch (error) {
        throw toApiError(error)
      }
    },
    onSuccess: (_result, request) => {
      void invalidateAfter(client, request.account, request.action)
    },
  })
}
