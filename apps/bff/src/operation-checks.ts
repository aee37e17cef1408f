// What a bulk operation may run, checked before anything is sent: known mutating actions, the person's role on
// the account for each item's action and parameters, and each item's parameters against its action's schema.
import { catalogue, isActionName, requestSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import { z } from 'zod'
import type { Identity } from './auth/identity.ts'
import type { ResolvedAccount } from './config.ts'
import { consoleError, invalidRequest } from './errors.ts'
import { noSuchAccount, type AuthorizeFn, type Proxy } from './proxy.ts'

export const MAX_ITEMS = 500
export const MAX_CONCURRENCY = 20
export const MAX_STAGE = 20

export const createOperationSchema = z
  .object({
    account: z.string().min(1),
    action: z.string().min(1),
    items: z
      .array(
        z
          .object({
            resourceId: z.string().min(1),
            params: z.record(z.string(), z.unknown()).default({}),
            /** This item's own action, when it differs from the operation's. */
            action: z.string().min(1).optional(),
            /** Stages run in increasing order, each once the one before has settled; 0 when absent. */
            stage: z.number().int().min(0).max(MAX_STAGE).optional(),
          })
          .strict(),
      )
      .min(1, 'give at least one item')
      .max(MAX_ITEMS, `at most ${MAX_ITEMS} items per operation`),
    concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).optional(),
  })
  .strict()

export type CreateOperation = z.infer<typeof createOperationSchema>

export interface CheckedOperation {
  account: ResolvedAccount
  /** The operation's own action; each item runs `actionOf(item)`. */
  action: ActionName
  actionOf(item: CreateOperation['items'][number]): ActionName
}

export function checkOperation(
  deps: { proxy: Proxy; authorize: AuthorizeFn },
  identity: Identity,
  input: CreateOperation,
): CheckedOperation {
  const unknown = [input.action, ...input.items.map((item) => item.action ?? input.action)].find(
    (name) => !isActionName(name),
  )
  if (unknown !== undefined)
    throw consoleError(
      'unknown-action',
      404,
      `"${unknown.length > 64 ? `${unknown.slice(0, 64)}…` : unknown}" is not an OUTSCALE API action the console knows, so nothing was run.`,
    )
  const action = input.action as ActionName
  const actionOf = (item: CreateOperation['items'][number]) => (item.action ?? action) as ActionName
  const account = deps.proxy.account(input.account)
  // The same answer for an account that does not exist and one the person holds no role on.
  const decision = account ? deps.authorize(identity, account.id, action) : undefined
  if (!account || !decision || (!decision.allowed && decision.role === undefined))
    throw noSuchAccount(input.account)
  const read = [action, ...input.items.map(actionOf)].find((name) => !catalogue[name].mutating)
  if (read)
    throw consoleError(
      'invalid-request',
      400,
      `Bulk operations run changes; ${read} is a read. Call it directly instead.`,
      {
        issues: [{ path: 'action', message: 'expected a mutating action' }],
      },
    )
  // Each item's parameters count too: one that shares data out of the account refuses the whole operation.
  const refusal = [
    { action, decision },
    ...input.items.map((item) => ({
      action: actionOf(item),
      decision: deps.authorize(identity, account.id, actionOf(item), item.params),
    })),
  ].find((d) => !d.decision.allowed)
  if (refusal && !refusal.decision.allowed)
    throw consoleError(
      'not-allowed',
      403,
      `You are not allowed to call ${refusal.action} on account ${account.id}: ${refusal.decision.reason}`,
    )
  // Every item is validated before anything runs, so a typo in item 17 does not leave 16 half-done changes.
  const issues = input.items.flatMap((item, index) => {
    const parsed = requestSchemas[actionOf(item)].safeParse(item.params)
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: ['items', index, 'params', ...issue.path].map(String).join('.'),
          message: issue.message,
        }))
  })
  if (issues.length) throw invalidRequest(`This ${action} operation`, issues)
  return { account, action, actionOf }
}
