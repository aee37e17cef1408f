// Parameters that carry secrets never reach a log line, an audit record or a stored bulk item. Which parameters
// are secret comes from the contract (the generator's review of every field of the spec), not from their names.
import { REDACTED_SECRET, replaceSecrets, secretRequestPaths } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'

/** A copy of an action's parameters with every secret field replaced by `[redacted]`. */
export function redactParams(action: ActionName, params: Record<string, unknown>): Record<string, unknown> {
  const paths = secretRequestPaths(action)
  if (paths.length === 0) return params
  const copy = structuredClone(params)
  replaceSecrets(copy, paths, REDACTED_SECRET)
  return copy
}

/** A short, secret-free rendering of a call's parameters for the audit log. */
export function paramsDigest(action: ActionName, params: Record<string, unknown>, max = 1000): string {
  const text = JSON.stringify(redactParams(action, params))
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
