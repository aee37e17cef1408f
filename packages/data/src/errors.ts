// One error type for everything the console's HTTP API can answer: the BFF's error body (see the contracts),
// a network failure, or a body that is not the expected shape. Pages show `message` and offer `copyText`.
import type { ErrorBody, ErrorIssue, ErrorKind, OutscaleErrorInfo } from '@osc-console/osc-api'

export type { ErrorBody, ErrorIssue, ErrorKind, OutscaleErrorInfo }

/** What a person reads when the server sent no message of its own (or a network failure happened). */
export const plainMessages: Record<ErrorKind, string> = {
  'invalid-request': 'The request is not valid. Check the highlighted fields and try again.',
  'not-allowed': 'Your role on this account does not allow this action. Ask an administrator for access.',
  'session-expired': 'Your session has ended. Sign in again to continue.',
  'unknown-account': 'This account is not configured in the console. Pick another account.',
  'unknown-action': 'The console does not know this action.',
  'credentials-refused':
    'OUTSCALE refused the access key configured for this account. An administrator must check its credentials.',
  throttled:
    'OUTSCALE is limiting the request rate. The console slows down and retries; try again in a moment.',
  'not-found': 'The resource does not exist any more, or was never in this account and region.',
  'invalid-state':
    'The resource is not in a state that allows this action. Wait for it to settle and try again.',
  conflict: 'Another change is in progress or the name is already used. Refresh and try again.',
  'quota-exceeded':
    'This would exceed a quota of the account. Free some resources or ask OUTSCALE for a higher limit.',
  unreachable: 'The console cannot reach OUTSCALE. Check the network or the endpoint, then retry.',
  timeout:
    'OUTSCALE did not answer in time. The action may or may not have happened: refresh before retrying.',
  'upstream-error':
    'OUTSCALE answered with an error. Retry in a moment; if it persists, contact OUTSCALE support.',
  'unknown-outcome':
    'The console could not tell whether the action happened. Refresh the page to see the current state before retrying.',
  internal: 'The console failed unexpectedly. Retry; if it persists, report it with the request id below.',
}

const kinds = new Set<string>(Object.keys(plainMessages))

/** OUTSCALE error codes that concern one request parameter whatever their details say (gateway_errors.yaml). */
const parameterOfCode: Record<string, string> = {
  '4032': 'PublicKey', // invalid-key
  '4033': 'PublicKey', // invalid-key-size
  '4035': 'KeypairName', // invalid-keypair-name
  '4036': 'LoadBalancerName', // invalid-lb-name
  '4069': 'Tags', // invalid-tag-key
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ErrorKind
  readonly status: number
  readonly source: 'outscale' | 'console'
  readonly retryable: boolean
  readonly outscale: OutscaleErrorInfo | null
  readonly issues: ErrorIssue[]
  /** The BFF's own X-Request-Id. */
  readonly requestId: string | undefined
  /** Where to sign in again, for `session-expired`. */
  readonly login: string | undefined

  constructor(body: ErrorBody) {
    super(body.message || plainMessages[body.kind])
    this.kind = body.kind
    this.status = body.status
    this.source = body.source
    this.retryable = body.retryable
    this.outscale = body.outscale ?? null
    this.issues = body.issues ?? []
    this.requestId = body.requestId
    this.login = body.login
  }

  /** OUTSCALE's RequestId when OUTSCALE answered, else the console's own request id. */
  get referenceId(): string | undefined {
    return this.outscale?.requestId ?? this.requestId
  }

  /** The text behind a "Copy details" button: everything support needs, nothing secret. */
  get copyText(): string {
    const lines = [this.message, `Kind: ${this.kind} (HTTP ${this.status})`]
    const o = this.outscale
    if (o?.code) lines.push(`OUTSCALE code: ${o.code}`)
    if (o?.type) lines.push(`OUTSCALE type: ${o.type}`)
    if (o?.details) lines.push(`Details: ${o.details}`)
    if (o?.requestId) lines.push(`RequestId: ${o.requestId}`)
    for (const issue of this.issues) lines.push(`${issue.path}: ${issue.message}`)
    if (this.requestId) lines.push(`Console request id: ${this.requestId}`)
    return lines.join('\n')
  }

  /**
   * What was wrong, keyed by the request parameter it concerns, for showing beside form fields: the BFF's
   * validation issues by their path, and an OUTSCALE 4xxx refusal (InvalidParameterValue) of one parameter, found
   * by its code or by a parameter of `parameters` that its details name.
   */
  fieldErrors(parameters: readonly string[] = []): Record<string, string> {
    const errors: Record<string, string> = Object.fromEntries(this.issues.map((i) => [i.path, i.message]))
    const parameter = this.refusedParameter(parameters)
    if (parameter && !(parameter in errors)) errors[parameter] = this.outscale?.details || this.message
    return errors
  }

  private refusedParameter(parameters: readonly string[]): string | undefined {
    const o = this.outscale
    const code = Number(o?.code)
    if (!o || !(code >= 4000 && code < 5000)) return undefined
    const byCode = parameterOfCode[o.code]
    if (byCode) return byCode
    const named = (name: string) => new RegExp(`\\b${name.replace(/[^\w]/g, '')}\\b`).test(o.details)
    return [...parameters].sort((a, b) => b.length - a.length).find(named)
  }

  static fromBody(value: unknown, status: number, requestId?: string): ApiError {
    const inner = isRecord(value) && isRecord(value.error) ? value.error : undefined
    if (inner && typeof inner.kind === 'string' && kinds.has(inner.kind)) {
      const kind = inner.kind as ErrorKind
      return new ApiError({
        source: inner.source === 'outscale' ? 'outscale' : 'console',
        kind,
        message: typeof inner.message === 'string' && inner.message ? inner.message : plainMessages[kind],
        retryable: inner.retryable === true,
        status: typeof inner.status === 'number' ? inner.status : status,
        outscale: isRecord(inner.outscale) ? outscaleInfo(inner.outscale) : null,
        issues: Array.isArray(inner.issues) ? (inner.issues as ErrorIssue[]) : [],
        requestId: typeof inner.requestId === 'string' ? inner.requestId : requestId,
        login: typeof inner.login === 'string' ? inner.login : undefined,
      })
    }
    const kind = kindFromStatus(status)
    return new ApiError({
      source: 'console',
      kind,
      message: `${plainMessages[kind]} (HTTP ${status})`,
      retryable: status >= 500 || status === 429,
      status,
      outscale: null,
      requestId,
    })
  }

  static network(cause: unknown): ApiError {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return new ApiError({
      source: 'console',
      kind: 'unreachable',
      message: `The console server cannot be reached (${detail}). Check your connection and retry.`,
      retryable: true,
      status: 0,
      outscale: null,
    })
  }
}

/** OUTSCALE's error as the BFF relays it, tolerating a member it left out. */
function outscaleInfo(value: Record<string, unknown>): OutscaleErrorInfo {
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    code: text(value.code),
    type: text(value.type),
    details: text(value.details),
    requestId: typeof value.requestId === 'string' ? value.requestId : null,
  }
}

export function kindFromStatus(status: number): ErrorKind {
  if (status === 400) return 'invalid-request'
  if (status === 401) return 'session-expired'
  if (status === 403) return 'not-allowed'
  if (status === 404) return 'not-found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'throttled'
  if (status === 502 || status === 503) return 'unreachable'
  if (status === 504) return 'timeout'
  return 'internal'
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

/** Any thrown value as an ApiError, so that every error display has one shape to deal with. */
export function toApiError(value: unknown): ApiError {
  if (value instanceof ApiError) return value
  const message = value instanceof Error ? value.message : String(value)
  return new ApiError({
    source: 'console',
    kind: 'internal',
    message,
    retryable: false,
    status: 0,
    outscale: null,
  })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
