// Secret fields of requests and answers, located by the paths the generator derives from the spec
// (`Vms[].UserData`): the BFF hides them from roles that may not read secrets and keeps them out of its records.
import { secretFields } from './generated/secrets.ts'
import type { ActionName } from './generated/catalogue.ts'

export { secretFields }

/** What a person whose role may not read secrets sees in place of one (a VM's UserData, a VPN pre-shared key). */
export const HIDDEN_SECRET = '[hidden: your role may not read secrets]'
/** What the audit log, the log lines and stored bulk items keep in place of a secret parameter. */
export const REDACTED_SECRET = '[redacted]'

function replaceAt(node: unknown, segments: readonly string[], index: number, marker: string): void {
  if (!node || typeof node !== 'object') return
  const segment = segments[index]!
  const each = segment.endsWith('[]')
  const key = each ? segment.slice(0, -2) : segment
  if (!Object.hasOwn(node, key)) return
  const record = node as Record<string, unknown>
  const child = record[key]
  if (each) {
    if (Array.isArray(child)) for (const item of child) replaceAt(item, segments, index + 1, marker)
  } else if (index === segments.length - 1) {
    if (child !== undefined && child !== null) record[key] = marker
  } else replaceAt(child, segments, index + 1, marker)
}

/** Replaces, in place, the value at each path with the marker; a path absent from the value is skipped. */
export function replaceSecrets(value: unknown, paths: readonly string[], marker: string): void {
  for (const path of paths) replaceAt(value, path.split('.'), 0, marker)
}

/** The paths of an action's secret answer fields (empty for most actions). */
export function secretResponsePaths(action: ActionName): readonly string[] {
  return secretFields[action]?.response ?? []
}

/** The paths of an action's secret request parameters (empty for most actions). */
export function secretRequestPaths(action: ActionName): readonly string[] {
  return secretFields[action]?.request ?? []
}
