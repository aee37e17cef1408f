// The console's own HTTP contract (the BFF's answers to the SPA), as opposed to OUTSCALE's API: the error body
// every /api and /auth route answers with, and the audit record. Types only, so that the SPA bundle carries no
// server code; the BFF produces these shapes and the SPA reads them.

/** What went wrong, in terms a page can act on; `message` says it in words. */
export type ErrorKind =
  | 'invalid-request'
  | 'not-allowed'
  | 'session-expired'
  | 'unknown-account'
  | 'unknown-action'
  | 'credentials-refused'
  | 'throttled'
  | 'not-found'
  | 'invalid-state'
  | 'conflict'
  | 'quota-exceeded'
  | 'unreachable'
  | 'timeout'
  | 'upstream-error'
  | 'unknown-outcome'
  | 'internal'

/** OUTSCALE's own error, as it answered: empty strings when its body did not say, no RequestId when absent. */
export interface OutscaleErrorInfo {
  code: string
  type: string
  details: string
  requestId: string | null
}

/** One invalid field of a request, by its dotted path (`Filters.VmIds`). */
export interface ErrorIssue {
  path: string
  message: string
}

/** The `error` member of every error body: `{ "error": ErrorBody }`. */
export interface ErrorBody {
  source: 'outscale' | 'console'
  kind: ErrorKind
  message: string
  retryable: boolean
  status: number
  /** OUTSCALE's error when OUTSCALE answered, else null. */
  outscale: OutscaleErrorInfo | null
  /** For `invalid-request` only. */
  issues?: ErrorIssue[]
  /** Where to sign in again, for `session-expired`. */
  login?: string
  /** The BFF's own X-Request-Id; absent from errors stored inside an operation's items. */
  requestId?: string
}

export type AuditKind = 'call' | 'refusal' | 'sign-in' | 'sign-out' | 'session-expired' | 'sign-in-refused'
export type AuditResult = 'success' | 'failure' | 'unknown' | 'refused'

/** What the audit keeps about one event, apart from who did it. */
export interface AuditFacts {
  kind: AuditKind
  role?: string
  accountId?: string
  region?: string
  action?: string
  resourceIds?: string[]
  paramsDigest?: string
  result: AuditResult
  /** OUTSCALE's RequestId. */
  requestId?: string
  httpStatus?: number
  errorCode?: string
  attempts?: number
  durationMs?: number
  detail?: string
}

/** One record of `GET /api/audit`; `person` is empty for events without a signed-in person. */
export interface AuditRecord extends AuditFacts {
  id: string
  /** ISO time. */
  time: string
  person: { issuer?: string; subject?: string; email?: string; name?: string }
}

/** The answer of `GET /api/audit`. */
export interface AuditPage {
  records: AuditRecord[]
  nextCursor?: string
}
