// The audit log's filters as URL search params, so a filtered view can be shared and survives a reload. Validated
// here because anything can be typed into an address bar; a value that does not fit is dropped, not sent.
import type { AuditResult } from '@osc-console/osc-api'
import { urlText as text } from '../../lib/url-text.ts'

export const auditResults: readonly AuditResult[] = ['success', 'failure', 'unknown', 'refused']

export interface AuditSearch {
  /** Matches a person's name, email or subject exactly (as the BFF does). */
  person?: string
  action?: string
  resourceId?: string
  result?: AuditResult
  /** ISO time, inclusive. */
  from?: string
  /** ISO time, exclusive. */
  to?: string
  /** `api`: OUTSCALE's own log of the account's calls, whoever made them; the console's records otherwise. */
  source?: 'api'
}

export const auditFilterKeys = ['person', 'action', 'resourceId', 'result', 'from', 'to'] as const

/** The changes that clear every filter. */
export const noAuditFilters: { [K in keyof AuditSearch]: undefined } = {
  person: undefined,
  action: undefined,
  resourceId: undefined,
  result: undefined,
  from: undefined,
  to: undefined,
}

/** A time as the BFF wants it (ISO, UTC), or nothing when it is not a time. */
function time(value: unknown): string | undefined {
  const raw = text(value)
  if (!raw) return undefined
  const date = new Date(raw)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

export function parseAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const search: AuditSearch = {}
  const person = text(raw.person)
  if (person) search.person = person
  const action = text(raw.action, /^[A-Za-z]+$/)
  if (action) search.action = action
  const resourceId = text(raw.resourceId, /^[\w.:/-]+$/)
  if (resourceId) search.resourceId = resourceId
  const result = auditResults.find((r) => r === raw.result)
  if (result) search.result = result
  const from = time(raw.from)
  if (from) search.from = from
  const to = time(raw.to)
  if (to) search.to = to
  if (raw.source === 'api') search.source = 'api'
  return search
}

export function hasAuditFilters(search: AuditSearch): boolean {
  return auditFilterKeys.some((key) => search[key] !== undefined)
}
