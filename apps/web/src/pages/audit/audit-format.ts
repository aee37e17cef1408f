// How an audit record reads in the log: who, when, how long, with which parameters.
import type { AuditRecord } from '@osc-console/osc-api'

/** The person as others know them: name, else email, else the IdP's subject. */
export function personLabel(person: AuditRecord['person']): string {
  return person.name ?? person.email ?? person.subject ?? ''
}

/** The parameters the call was sent with, indented when they are JSON (the BFF keeps a redacted digest). */
export function formatParams(digest: string | undefined): string {
  if (!digest) return ''
  try {
    return JSON.stringify(JSON.parse(digest), null, 2)
  } catch {
    // A digest cut at its maximum length is no longer JSON: shown as kept.
    return digest
  }
}
