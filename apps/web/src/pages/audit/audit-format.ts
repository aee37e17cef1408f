// How an audit record reads in the log: who, when, how long, and which of its resource ids are VMs to link to.
import type { AuditRecord } from '@osc-console/osc-api'

/** The person as others know them: name, else email, else the IdP's subject. */
export function personLabel(person: AuditRecord['person']): string {
  return person.name ?? person.email ?? person.subject ?? ''
}

/** A VM id as OUTSCALE writes them (`i-` and hex), the ones a VM page can be opened for. */
export function isVmId(id: string): boolean {
  return /^i-[0-9a-f]{8,}$/i.test(id)
}

/** "2.4 s", "85 ms": the time the console spent on the call, retries included. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return ''
  if (ms < 1_000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1_000)} s`
}

/** The date and the time to the second, apart, so the time column can set them on two lines. */
export function formatAuditTime(iso: string): { date: string; time: string } {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return { date: iso, time: '' }
  return {
    date: date.toLocaleDateString(undefined, { dateStyle: 'medium' }),
    time: date.toLocaleTimeString(undefined, { timeStyle: 'medium' }),
  }
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
