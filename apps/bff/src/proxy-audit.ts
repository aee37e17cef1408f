// The audit trail of proxied calls: which resources a call named, and one record per change with its outcome.
import type { ActionName } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import { LocalAttemptLimiter } from './auth/rate-limit.ts'
import type { Audit, AuditEntry } from './audit.ts'
import type { ResolvedAccount } from './config.ts'
import { parseOutscaleError, type ConsoleError } from './errors.ts'
import type { Logger } from './logger.ts'
import type { UpstreamRun } from './proxy-retry.ts'
import { paramsDigest } from './redact.ts'

/**
 * Ids named in the request (VmIds, VolumeId, …, and load balancers' names) and, for creates, in the answer; at most
 * `max` of them.
 */
export function resourceIdsOf(body: unknown, responseText?: string, max = 100): string[] {
  const ids = new Set<string>()
  const collect = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 3) return
    if (Array.isArray(value)) {
      value.forEach((item) => collect(item, depth + 1))
      return
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'ResponseContext' || key === 'ClientToken' || key === 'AccountId') continue
      // Load balancers have no id: their name is their key, and their audit trail is found by it.
      if (/Ids?$/.test(key) || key === 'LoadBalancerName' || key === 'LoadBalancerNames') {
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
  return [...ids].slice(0, max)
}

/** A call that passed every check, ready to send. */
export interface Prepared {
  identity: Identity
  role: string
  account: ResolvedAccount
  action: ActionName
  request: Record<string, unknown>
  /** Whether the person's role reads the answer's secret fields; otherwise they are hidden. */
  seesSecrets: boolean
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
    paramsDigest: paramsDigest(p.action, p.request),
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

/** A sensitive read (a password, console output, keys, a login check): who read which secret, and whether it worked. */
export async function recordSensitiveRead(audit: Audit, p: Prepared, status: number, failure?: ConsoleError) {
  const entry: AuditEntry = {
    kind: 'call',
    identity: p.identity,
    role: p.role,
    accountId: p.account.id,
    region: p.account.region,
    action: p.action,
    resourceIds: resourceIdsOf(p.request),
    paramsDigest: paramsDigest(p.action, p.request),
    result: failure ? 'failure' : 'success',
    httpStatus: status,
    durationMs: performance.now() - p.started,
  }
  if (failure) {
    entry.errorCode = failure.body.outscale?.code || failure.kind
    entry.detail = failure.message
    if (failure.body.outscale?.requestId) entry.requestId = failure.body.outscale.requestId
  }
  try {
    await audit.record(entry)
  } catch (error) {
    p.log().error(
      { err: error, action: p.action, accountId: p.account.id },
      'audit record could not be written',
    )
  }
}

/** Refusals a person may leave in the audit log per minute, one record each; more are counted, not recorded. */
export const REFUSAL_RECORDS_PER_MINUTE = 30
/** Resource ids a refusal record keeps: the call was never validated, its ids may be anything. */
const REFUSAL_IDS = 20

export interface Refusal {
  identity: Identity
  role?: string
  /** Absent when the person holds no role on the account they named (or it does not exist). */
  account?: ResolvedAccount
  /** An OUTSCALE call, or the name of a read the console answers itself (`QuotaTrend`). */
  action: ActionName | (string & {})
  body: unknown
  detail: string
}

/**
 * Records refusals, at most REFUSAL_RECORDS_PER_MINUTE per person: a script hammering refused calls cannot flood
 * the log, and the next record after a burst says how many were left out.
 */
export function createRefusalRecorder(audit: Audit, now: () => number = Date.now) {
  const limiter = new LocalAttemptLimiter(REFUSAL_RECORDS_PER_MINUTE, now)
  const skipped = new Map<string, number>()
  return async (refusal: Refusal): Promise<void> => {
    const who = `${refusal.identity.issuer}\u0000${refusal.identity.subject}`
    if (limiter.attempt(who) > 0) {
      if (skipped.size < 10_000 || skipped.has(who)) skipped.set(who, (skipped.get(who) ?? 0) + 1)
      return
    }
    const left = skipped.get(who) ?? 0
    skipped.delete(who)
    const entry: AuditEntry = {
      kind: 'refusal',
      identity: refusal.identity,
      ...(refusal.role ? { role: refusal.role } : {}),
      ...(refusal.account ? { accountId: refusal.account.id, region: refusal.account.region } : {}),
      action: refusal.action,
      result: 'refused',
      resourceIds: resourceIdsOf(refusal.body, undefined, REFUSAL_IDS),
      detail:
        left > 0
          ? `${refusal.detail} (${left} earlier refusals of this person were not recorded one by one: more than ${REFUSAL_RECORDS_PER_MINUTE} a minute)`
          : refusal.detail,
    }
    await audit.record(entry)
  }
}
