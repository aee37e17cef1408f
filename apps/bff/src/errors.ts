// The one error shape every /api and /auth route answers with, and the translation of OUTSCALE's errors into it.
import type { ErrorBody, ErrorIssue, ErrorKind, OutscaleErrorInfo } from '@osc-console/osc-api'

export type { ErrorBody, ErrorIssue, ErrorKind, OutscaleErrorInfo }

export class ConsoleError extends Error {
  readonly body: Omit<ErrorBody, 'requestId'>
  constructor(body: Omit<ErrorBody, 'requestId' | 'outscale' | 'retryable'> & Partial<ErrorBody>) {
    super(body.message)
    this.name = 'ConsoleError'
    this.body = {
      retryable: false,
      outscale: null,
      ...body,
      ...(body.issues ? boundIssues(body.issues) : {}),
    }
  }
  get status(): number {
    return this.body.status
  }
  get kind(): ErrorKind {
    return this.body.kind
  }
}

export function consoleError(
  kind: ErrorKind,
  status: number,
  message: string,
  extra: Partial<ErrorBody> = {},
): ConsoleError {
  return new ConsoleError({ source: 'console', kind, status, message, ...extra })
}

/** Codes OUTSCALE uses for throttling: 503 code 6 (platform), 429 codes 24 and 25 (account, account+call). */
export function isThrottle(status: number, code: string | undefined): boolean {
  return (
    (status === 503 && code === '6') || (status === 429 && (code === '24' || code === '25')) || status === 429
  )
}

interface ParsedOutscaleError {
  Errors?: Array<{ Code?: unknown; Type?: unknown; Details?: unknown }>
  ResponseContext?: { RequestId?: unknown }
}

// OUTSCALE's details often quote the value it refused: a 900 KB id must not come back whole, twice, in the answer
// and the audit log.
const MAX_DETAILS = 300
const MAX_CODE = 100

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function parseOutscaleError(text: string): OutscaleErrorInfo | null {
  let parsed: ParsedOutscaleError
  try {
    parsed = JSON.parse(text) as ParsedOutscaleError
  } catch {
    return null
  }
  const first = parsed?.Errors?.[0]
  const requestId = parsed?.ResponseContext?.RequestId
  if (!first && typeof requestId !== 'string') return null
  return {
    code: clip(String(first?.Code ?? ''), MAX_CODE),
    type: clip(String(first?.Type ?? ''), MAX_CODE),
    details: clip(String(first?.Details ?? ''), MAX_DETAILS),
    requestId: typeof requestId === 'string' ? requestId : null,
  }
}

// A 60,000-item array of wrong values has 60,000 issues: the first few tell a person what to correct, and the
// answer must stay small whatever the request held (its keys and values are echoed in paths and messages).
export const MAX_ISSUES = 20
const MAX_ISSUE_PATH = 200
const MAX_ISSUE_MESSAGE = 300

/** The first problems of a request, each shortened, and how many were left out. */
export function boundIssues(issues: readonly ErrorIssue[]): { issues: ErrorIssue[]; omittedIssues?: number } {
  const kept = issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: clip(issue.path, MAX_ISSUE_PATH),
    message: clip(issue.message, MAX_ISSUE_MESSAGE),
  }))
  const omitted = issues.length - kept.length
  return omitted > 0 ? { issues: kept, omittedIssues: omitted } : { issues: kept }
}

/**
 * The `invalid-request` answer to a request that failed validation: `what` names the request ("The request for
 * ReadVms"), the message quotes the first problem and says how many others there are.
 */
export function invalidRequest(what: string, issues: readonly ErrorIssue[]): ConsoleError {
  const bounded = boundIssues(issues)
  const first = bounded.issues[0]
  const problem = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'unknown problem'
  const others = issues.length - 1
  const more = others > 0 ? ` (and ${others} other problem${others === 1 ? '' : 's'})` : ''
  return consoleError(
    'invalid-request',
    400,
    `${what} is invalid: ${problem}${more}. Correct it and try again.`,
    {
      issues: bounded.issues,
      ...(bounded.omittedIssues ? { omittedIssues: bounded.omittedIssues } : {}),
    },
  )
}

function codeNumber(code: string): number {
  const n = Number(code)
  return Number.isFinite(n) ? n : -1
}

/** Translates an OUTSCALE error answer into the console's shape with a sentence a person can act on. */
export function fromOutscaleError(
  status: number,
  text: string,
  context: { accountId: string; action: string; retryAfterSeconds?: number },
): ConsoleError {
  const info = parseOutscaleError(text) ?? { code: '', type: '', details: '', requestId: null }
  const code = codeNumber(info.code)
  const what = `${context.action} on account ${context.accountId}`
  const detail = info.details ? ` OUTSCALE says: ${info.details}` : ''
  const base = { outscale: info, status }
  if (isThrottle(status, info.code)) {
    const wait = context.retryAfterSeconds ? ` in about ${context.retryAfterSeconds} s` : ' in a few seconds'
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'throttled',
      retryable: true,
      message: `OUTSCALE is limiting the request rate for ${what}. Try again${wait}.`,
    })
  }
  if (code === 5) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'not-allowed',
      status: 403,
      message: `OUTSCALE does not allow the access key of account ${context.accountId} to call ${context.action} (its EIM policy or API access rules).${detail} An administrator of the OUTSCALE account can grant it.`,
    })
  }
  // CheckAuthentication tests the login and password in its own request: OUTSCALE's 401 there refuses those,
  // not the console's keys, and it is the person's input to correct.
  if (context.action === 'CheckAuthentication' && status === 401 && code === 1) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'invalid-request',
      status: 400,
      message: `OUTSCALE refused the login or the password given to CheckAuthentication on account ${context.accountId}. Check them and try again.`,
    })
  }
  if (status === 401 || status === 403 || code === 1 || code === 13) {
    const locked = code === 13 ? ' The access key is temporarily locked after repeated bad signatures.' : ''
    return new ConsoleError({
      ...base,
      source: 'console',
      kind: 'credentials-refused',
      status: 502,
      message: `OUTSCALE refused the credentials configured for account ${context.accountId}.${locked} An administrator must check the access key and secret key of this account in the console configuration.`,
    })
  }
  if (status >= 500) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'upstream-error',
      retryable: true,
      message: `OUTSCALE failed to process ${what} (HTTP ${status}).${detail} Try again in a moment.`,
    })
  }
  if (code >= 10000 && code < 11000) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'quota-exceeded',
      message: `A quota of account ${context.accountId} is reached, so ${context.action} was refused.${detail} Free some resources or ask OUTSCALE to raise the quota.`,
    })
  }
  if (code >= 9000 && code < 10000) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'conflict',
      retryable: true,
      message: `${context.action} conflicts with the current state of the resource.${detail} Wait until it settles, then try again.`,
    })
  }
  if (code >= 6000 && code < 7000) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'invalid-state',
      message: `The resource is not in a state that allows ${context.action}.${detail}`,
    })
  }
  if (code >= 5000 && code < 6000) {
    return new ConsoleError({
      ...base,
      source: 'outscale',
      kind: 'not-found',
      message: `OUTSCALE could not find a resource named in ${what}.${detail} It may have been deleted; refresh the page.`,
    })
  }
  return new ConsoleError({
    ...base,
    source: 'outscale',
    kind: 'invalid-request',
    message: `OUTSCALE refused the parameters of ${context.action}.${detail} Correct them and try again.`,
  })
}
