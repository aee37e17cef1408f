// What every answer to a hostile request must look like. The simulator: never a 5xx, every error OUTSCALE-shaped
// (Errors[] + ResponseContext.RequestId). The console: never a 5xx of its own (the documented upstream failures
// are counted apart), every /api and /auth error in the console's error body, and no error that echoes the request.
import type { ErrorBody, ErrorKind } from '@osc-console/osc-api'
import type { Probe, Target } from './probe.ts'
import type { Answer } from './targets.ts'

export type Verdict = { ok: true; upstream?: boolean } | { ok: false; reason: string }

const ok: Verdict = { ok: true }
const fail = (reason: string): Verdict => ({ ok: false, reason })

/** The console's 5xx answers that report OUTSCALE (or the way to it) failing, as its README documents them. */
const UPSTREAM_KINDS = new Set<ErrorKind>([
  'credentials-refused',
  'throttled',
  'unreachable',
  'timeout',
  'upstream-error',
  'unknown-outcome',
])
const KINDS = new Set<ErrorKind>([
  ...UPSTREAM_KINDS,
  'invalid-request',
  'not-allowed',
  'session-expired',
  'unknown-account',
  'unknown-action',
  'not-found',
  'invalid-state',
  'conflict',
  'quota-exceeded',
  'internal',
])
/** An error body says what went wrong in words; beyond this it is carrying the request back. */
const MAX_ERROR_BYTES = 64 * 1024
/** The simulator's MAX_DETAILS. */
const MAX_DETAILS = 1_000

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function simShape(json: unknown): string | undefined {
  if (!isObject(json)) return 'the body is not a JSON object'
  const errors = json.Errors
  if (!Array.isArray(errors) || errors.length === 0) return 'no Errors[]'
  for (const e of errors) {
    if (
      !isObject(e) ||
      typeof e.Code !== 'string' ||
      typeof e.Type !== 'string' ||
      typeof e.Details !== 'string'
    )
      return 'an Errors[] item lacks Code, Type or Details'
    if (e.Details.length > MAX_DETAILS) return `Details is ${e.Details.length} characters long`
  }
  if (!isObject(json.ResponseContext) || typeof json.ResponseContext.RequestId !== 'string')
    return 'no ResponseContext.RequestId'
  return undefined
}

function consoleShape(json: unknown, status: number): string | undefined {
  if (!isObject(json) || !isObject(json.error)) return 'no { error } body'
  const e = json.error as Partial<ErrorBody>
  if (e.source !== 'outscale' && e.source !== 'console') return `source is ${String(e.source)}`
  if (!e.kind || !KINDS.has(e.kind)) return `kind is ${String(e.kind)}`
  if (typeof e.message !== 'string' || e.message === '') return 'no message'
  if (typeof e.retryable !== 'boolean') return 'no retryable'
  if (e.status !== status) return `error.status ${String(e.status)} differs from the HTTP status ${status}`
  if (e.outscale !== null) {
    const o = e.outscale
    if (
      !isObject(o) ||
      typeof o.code !== 'string' ||
      typeof o.type !== 'string' ||
      typeof o.details !== 'string'
    )
      return 'outscale lacks code, type or details'
    if (o.requestId !== null && typeof o.requestId !== 'string') return 'outscale.requestId is not a string'
  }
  if (typeof e.requestId !== 'string') return 'no requestId'
  return undefined
}

/** Above the body limit of both servers: they may refuse it by closing the connection before it is all sent. */
export const OVERSIZED = 1024 * 1024

/** A request that got no answer: a failure, except an oversized body refused by closing the connection. */
export function judgeNoAnswer(probe: Probe, err: Error & { code?: string }): Verdict {
  const size = probe.body?.length ?? 0
  if (size > OVERSIZED && (err.code === 'EPIPE' || err.code === 'ECONNRESET')) return ok
  return fail(`no answer: ${err.message}`)
}

export function judge(target: Target, probe: Probe, answer: Answer): Verdict {
  const { status, body } = answer
  if (probe.method === 'HEAD') return status >= 500 ? fail(`${status} to HEAD`) : ok
  // Node's HTTP parser refuses a request line or headers it cannot take (431, 400) before any handler runs, with
  // an empty body and a closed connection: a protocol answer, not an API error.
  if ((status === 400 || status === 431) && body.length === 0 && answer.headers.connection === 'close')
    return ok
  if (target === 'sim') {
    if (status >= 500) return fail(`${status} ${body.toString('utf8', 0, 300)}`)
    if (status === 200) return ok
    const problem = simShape(parse(body))
    return problem ? fail(`${status} not OUTSCALE-shaped: ${problem}`) : ok
  }
  const path = probe.path?.bff ?? '/api/'
  const consoleRoute = path.startsWith('/api') || path.startsWith('/auth')
  if (status < 400 || !consoleRoute) return status >= 500 ? fail(`${status} outside /api`) : ok
  if (body.length > MAX_ERROR_BYTES)
    return fail(`${status} error body of ${body.length} bytes echoes the request`)
  const json = parse(body)
  const problem = consoleShape(json, status)
  if (problem) return fail(`${status} not the console's error body: ${problem}`)
  const kind = (json as { error: ErrorBody }).error.kind
  if (status >= 500)
    return UPSTREAM_KINDS.has(kind) ? { ok: true, upstream: true } : fail(`${status} ${kind}`)
  return ok
}
