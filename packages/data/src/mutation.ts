// The one mutation wrapper: it calls the action, then updates what the action changed (state transitions
// patched in place, created/updated resources seeded under their detail key, the family's reads invalidated),
// announces success and hands any failure back as an ApiError for the form or button to show.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { catalogue, isActionName } from '@osc-console/osc-api'
import type { ActionName, Request, Response } from '@osc-console/osc-api'
import { toApiError, isRecord, type ApiError } from './errors.ts'
import { callOsc, detailParams, invalidateAccount, invalidateFamilies, keyAccount, keyAction } from './osc.ts'
import { notify } from './notify.ts'
import { fetchedAtOf, recordFetchedAt } from './freshness.ts'

export interface OscMutationOptions<A extends ActionName> {
  /** Success toast; a function to word it from the result, false for none. Defaults to "<Action> succeeded". */
  success?: string | false | ((data: Response<A>, params: Request<A>) => string)
  /** Toast errors too; off by default because forms show their error inline. */
  toastErrors?: boolean
  /** Families besides the action's own whose reads this action changes (e.g. CreateVms → volumes). */
  alsoInvalidates?: string[]
  onSuccess?: (data: Response<A>, params: Request<A>) => void
}

export function useOscMutation<A extends ActionName>(
  account: string,
  action: A,
  options: OscMutationOptions<A> = {},
) {
  const client = useQueryClient()
  return useMutation<Response<A>, ApiError, Request<A>>({
    mutationKey: [account, action],
    ...sensitiveMutationOptions(action),
    mutationFn: async (params) => {
      try {
        return await callOsc(account, action, params)
      } catch (error) {
        throw toApiError(error)
      }
    },
    onSuccess: async (data, params) => {
      applyMutationResult(client, account, action, data)
      const text =
        typeof options.success === 'function'
          ? options.success(data, params)
          : options.success === undefined
            ? `${humanAction(action)} succeeded`
            : options.success
      if (text) notify({ tone: 'success', title: text })
      options.onSuccess?.(data, params)
      await invalidateAfter(client, account, action, options.alsoInvalidates)
    },
    onError: (error) => {
      if (options.toastErrors) {
        notify({ tone: 'error', title: error.message, copyText: error.copyText })
      }
    },
  })
}

/**
 * A sensitive answer (a new keypair's private key) lives in the mutation cache as long as the mutation does:
 * dropped as soon as no component watches it, instead of five minutes later.
 */
export function sensitiveMutationOptions(action: ActionName): { gcTime?: number } {
  return catalogue[action].sensitive ? { gcTime: 0 } : {}
}

/**
 * Marks stale what `action` changed. Tags live on every kind of resource, so a tag change refreshes all of the
 * account's reads; anything else refreshes its own family (and the quotas on creation or deletion).
 */
export function invalidateAfter(
  client: QueryClient,
  account: string,
  action: ActionName,
  extra: string[] = [],
) {
  if (catalogue[action].family === 'tags') return invalidateAccount(client, account)
  return invalidateFamilies(client, account, familiesChangedBy(action, extra))
}

/** "StopVms" → "Stop VMs" for messages. */
export function humanAction(action: string): string {
  return action
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\bVms\b/, 'VMs')
    .replace(/\bVm\b/, 'VM')
}

/**
 * Parts of a resource that OUTSCALE changes through calls of their own family but only shows inside the
 * resource's read: a rule is read with its security group, a listener or a policy with its load balancer, a
 * route with its route table. Their mutations must refresh those reads, or the page shows the part unchanged.
 */
export const READ_THROUGH: Readonly<Record<string, readonly string[]>> = {
  'security-group-rules': ['security-groups'],
  listeners: ['load-balancers'],
  'load-balancer-policies': ['load-balancers'],
  routes: ['route-tables'],
}

export function familiesChangedBy(action: ActionName, extra: string[] = []): string[] {
  const info = catalogue[action]
  const families = new Set([info.family, ...(READ_THROUGH[info.family] ?? []), ...extra])
  // Creating or deleting anything moves the account's quotas.
  if (info.verb === 'Create' || info.verb === 'Delete') families.add('quotas')
  return [...families]
}

interface ResourceShape {
  plural: string
  singular: string
  idField: string
  readAction: ActionName
}

/** "Vms"/"Vm" → ReadVms, VmId, VmIds; undefined when the console has no such read. */
export function resourceShape(responseKey: string): ResourceShape | undefined {
  const plural = responseKey.endsWith('s') ? responseKey : `${responseKey}s`
  const singular = plural.slice(0, -1)
  const readAction = `Read${plural}`
  if (!isActionName(readAction)) return undefined
  return { plural, singular, idField: `${singular}Id`, readAction }
}

/**
 * Brings the cache up to date with a mutation's response before the invalidation refetches land, so the person
 * sees "stopping" the moment they click Stop.
 */
export function applyMutationResult(
  client: QueryClient,
  account: string,
  action: ActionName,
  data: unknown,
): void {
  if (!isRecord(data)) return
  // A sensitive answer (a new keypair's private key…) must never sit in the shared cache.
  if (catalogue[action].sensitive) return
  const verb = catalogue[action].verb
  for (const [key, value] of Object.entries(data)) {
    if (key === 'ResponseContext') continue
    const shape = resourceShape(key)
    if (!shape) continue
    const items = (Array.isArray(value) ? value : [value]).filter(isRecord)
    const transitions = new Map<string, string>()
    for (const item of items) {
      const id = item[shape.idField]
      if (typeof id !== 'string') continue
      if (typeof item.CurrentState === 'string') transitions.set(id, item.CurrentState)
      else if (verb === 'Create' || verb === 'Update') {
        client.setQueryData([account, shape.readAction, detailParams(shape.singular, id)], {
          [shape.plural]: [item],
        })
      }
    }
    if (transitions.size > 0) patchStates(client, account, shape, transitions)
  }
}

function patchStates(
  client: QueryClient,
  account: string,
  shape: ResourceShape,
  states: Map<string, string>,
) {
  for (const query of client.getQueryCache().findAll({ queryKey: [account, shape.readAction] })) {
    if (keyAccount(query.queryKey) !== account || keyAction(query.queryKey) !== shape.readAction) continue
    const data = query.state.data
    if (!isRecord(data) || !Array.isArray(data[shape.plural])) continue
    const list = data[shape.plural] as unknown[]
    let changed = false
    const next = list.map((item) => {
      if (!isRecord(item)) return item
      const state = states.get(String(item[shape.idField]))
      if (state === undefined || item.State === state) return item
      changed = true
      return { ...item, State: state }
    })
    if (!changed) continue
    const patched = { ...data, [shape.plural]: next }
    // The patch is news from the mutation, not a fresher read: keep the list's own age.
    const time = fetchedAtOf(data)
    if (time !== undefined) recordFetchedAt(patched, new Date(time).toISOString())
    client.setQueryData(query.queryKey, patched)
  }
}
