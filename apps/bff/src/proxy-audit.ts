// The audit trail of proxied calls: which resources a call named, and one record per change with its outcome.
import type { ActionName } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Audit, AuditEntry } from './audit.ts'
import type { ResolvedAccount } from './config.ts'
import { parseOutscaleError, type ConsoleError } from './errors.ts'
import type { Logger } from './logger.ts'
import type { UpstreamRun } from './proxy-retry.ts'
import { paramsDigest } from './redact.ts'

/** Ids named in the request (VmIds, VolumeId, …) and, for creates, in the answer. */
export function resourceIdsOf(body: unknown, responseText?: string): string[] {
  const ids = new Set<string>()
  const collect = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 3) return
    if (Array.isArray(value)) {
      value.forEach((item) => collect(item, depth + 1))
      return
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'ResponseContext' || key === 'ClientToken' || key === 'AccountId') continue
      if (/Ids?$/.test(key)) {
        for (const id of Array.isArray(item) ? item : [item]) if (typeof id === 'string' && id) ids.add(id)
      } else if (key !== 'Filters') collect(item, depth + 1)
    }
  }
  collect(body, 0)
  if (responseText) {
    try {
      collect(JSON.parse(responseText), 0)
    } catch {
      // An unreadable answer names no resources.
    }
  }
  return [...ids].slice(0, 100)
}

/** A call that passed every check, ready to send. */
export interface Prepared {
  identity: Identity
  role: string
  account: ResolvedAccount
  action: ActionName
  request: Record<string, unknown>
  bodyText: string
  clientToken: string | undefined
  started: number
  /** Made on first use. */
  log: () => Logger
}

export async function recordCall(
  audit: Audit,
  p: Prepared,
  failure: ConsoleError | undefined,
  done: UpstreamRun | undefined,
) {
  const responseText = done?.outcome.kind === 'response' ? done.outcome.text : undefined
  const entry: AuditEntry = {
    kind: 'call',
    identity: p.identity,
    role: p.role,
    accountId: p.account.id,
    region: p.account.region,
    action: p.action,
    resourceIds: resourceIdsOf(p.request, failure ? undefined : responseText),
    paramsDigest: paramsDigest(p.request),
    result: !failure ? 'success' : failure.kind === 'unknown-outcome' ? 'unknown' : 'failure',
    attempts: done?.attempts ?? 0,
    durationMs: performance.now() - p.started,
  }
  const requestId =
    failure?.body.outscale?.requestId ?? (responseText ? parseOutscaleError(responseText)?.requestId : null)
  if (requestId) entry.requestId = requestId
  if (done?.outcome.kind === 'response') entry.httpStatus = done.outcome.status
  else if (failure) entry.httpStatus = failure.status
  if (failure) {
    entry.errorCode = failure.body.outscale?.code || failure.kind
    if (failure.body.outscale?.type) entry.errorType = failure.body.outscale.type
    entry.detail = failure.message
  }
  try {
    await audit.record(entry)
  } catch (error) {
    // The call happened; losing its record is serious but must not turn a success into an error.
    p.log().error(
      { err: error, action: p.action, accountId: p.account.id },
      'audit record could not be written',
    )
  }
}
