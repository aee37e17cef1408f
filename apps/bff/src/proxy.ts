// The signing proxy: account → catalogue allow-list → role check → zod validation → cache/coalesce reads →
// sign and send with retries → audit mutations. Routes and bulk operations both call `call()`.
import { randomUUID } from 'node:crypto'
import { catalogue, isActionName, requestSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Decision } from './auth/roles.ts'
import type { Audit, AuditEntry } from './audit.ts'
import type { Config, ResolvedAccount } from './config.ts'
import { ConsoleError, consoleError, fromOutscaleError, isThrottle, parseOutscaleError } from './errors.ts'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'
import { canonicalJson, type CacheResult, type CachedRead, type ReadCache } from './read-cache.ts'
import { paramsDigest } from './redact.ts'
import { RateLimitExceeded, type RateLimiter } from './upstream/rate-limiter.ts'
import type { AttemptOutcome, SignedClient } from './upstream/signed-client.ts'

export type AuthorizeFn = (identity: Identity, accountId: string, action: ActionName) => Decision

export interface ProxyCall {
  identity: Identity
  accountId: string
  action: string
  body: unknown
  /** The request's logger (carries its request id), or how to make it when something is logged. */
  logger?: Logger | (() => Logger)
}

export interface ProxyResult {
  status: number
  text: string
  read: boolean
  cache?: CacheResult
  fetchedAt?: number
  upstreamMs: number
  attempts: number
}

export interface ProxyDeps {
  config: Config
  accounts: ResolvedAccount[]
  client: SignedClient
  limiter: RateLimiter
  cache: ReadCache
  audit: Audit
  metrics: Metrics
  logger: Logger
  authorize: AuthorizeFn
  random?: () => number
  sleep?: (ms: number) => Promise<void>
}

const BACKOFF_BASE_MS = 100
const THROTTLED_BASE_MS = 500
const BACKOFF_CAP_MS = 4000

/** Full jitter: a random wait between 0 and base·2^(attempt-1), capped. */
export function backoffMs(attempt: number, throttled: boolean, random: () => number): number {
  const base = throttled ? THROTTLED_BASE_MS : BACKOFF_BASE_MS
  return random() * Math.min(BACKOFF_CAP_MS, base * 2 ** (attempt - 1))
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined
}

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

function describeIssuePath(path: PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[')
}

export interface Proxy {
  call(input: ProxyCall): Promise<ProxyResult>
  account(id: string): ResolvedAccount | undefined
}

export function createProxy(deps: ProxyDeps): Proxy {
  const accounts = new Map(deps.accounts.map((account) => [account.id, account]))
  const random = deps.random ?? Math.random
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const { proxy: settings } = deps.config

  interface UpstreamRun {
    outcome: AttemptOutcome
    attempts: number
    upstreamMs: number
    /** When the last attempt left: the data is at least this old, never younger than `Age` says. */
    sentAt: number
  }

  async function sendWithRetries(
    account: ResolvedAccount,
    action: ActionName,
    bodyText: string,
    retrySafe: boolean,
    log: () => Logger,
  ): Promise<UpstreamRun> {
    const deadline = performance.now() + settings.timeoutMs
    let attempts = 0
    let upstreamMs = 0
    let sentAt = Date.now()
    for (;;) {
      const remaining = deadline - performance.now()
      try {
        const waited = await deps.limiter.acquire(account.id)
        if (waited > 0) {
          deps.metrics.rateLimitWaits.inc({ account: account.id })
          deps.metrics.rateLimitWaitSeconds.inc({ account: account.id }, waited / 1000)
        }
      } catch (error) {
        if (!(error instanceof RateLimitExceeded)) throw error
        deps.metrics.rateLimitRejections.inc({ account: account.id })
        throw consoleError(
          'throttled',
          429,
          `The console is already sending many calls to account ${account.id}; ${action} was not sent. Try again in a few seconds.`,
          { retryable: true },
        )
      }
      attempts += 1
      sentAt = Date.now()
      deps.metrics.upstreamAttempts.inc({ account: account.id })
      const outcome = await deps.client.send(account, action, bodyText, Math.max(1, remaining))
      upstreamMs += outcome.durationMs
      let retryable = false
      let throttled = false
      let reason = ''
      if (outcome.kind === 'response') {
        deps.metrics.upstreamResponses.inc({ status: outcome.status })
        if (outcome.status < 400) return { outcome, attempts, upstreamMs, sentAt }
        const code = parseOutscaleError(outcome.text)?.code
        throttled = isThrottle(outcome.status, code)
        retryable = throttled || (outcome.status >= 500 && retrySafe)
        reason = throttled ? 'throttled' : `http-${outcome.status}`
      } else {
        retryable = retrySafe && !(outcome.kind === 'broken' && outcome.timedOut)
        reason = outcome.code
      }
      if (!retryable || attempts >= settings.maxAttempts) return { outcome, attempts, upstreamMs, sentAt }
      let wait = backoffMs(attempts, throttled, random)
      if (outcome.kind === 'response')
        wait = Math.max(wait, retryAfterMs(outcome.headers['retry-after']) ?? 0)
      // No time left for another attempt: report what we have rather than overrun the deadline.
      if (performance.now() + wait >= deadline) return { outcome, attempts, upstreamMs, sentAt }
      deps.metrics.retries.inc({ reason, action })
      log().info(
        { action, accountId: account.id, attempt: attempts, reason, waitMs: Math.round(wait) },
        'retrying upstream call',
      )
      await sleep(wait)
    }
  }

  function failureOf(
    run: UpstreamRun,
    ctx: { account: ResolvedAccount; action: ActionName; mutating: boolean; clientToken?: string },
  ): ConsoleError | undefined {
    const { outcome } = run
    const where = { accountId: ctx.account.id, action: ctx.action }
    const unknownAdvice = ctx.clientToken
      ? 'Retrying is safe: the call carries a ClientToken, so OUTSCALE applies it at most once.'
      : 'Refresh the page to check before trying again.'
    if (outcome.kind === 'response') {
      if (outcome.status < 400) return undefined
      const retryAfter = retryAfterMs(outcome.headers['retry-after'])
      const error = fromOutscaleError(outcome.status, outcome.text, {
        ...where,
        ...(retryAfter !== undefined ? { retryAfterSeconds: Math.ceil(retryAfter / 1000) } : {}),
      })
      if (ctx.mutating && error.kind === 'upstream-error') {
        return new ConsoleError({
          ...error.body,
          kind: 'unknown-outcome',
          retryable: false,
          message: `OUTSCALE answered ${ctx.action} on account ${ctx.account.id} with an internal error (HTTP ${outcome.status}), so it is not known whether the change was applied. ${unknownAdvice}`,
        })
      }
      return error
    }
    if (outcome.kind === 'unreachable') {
      return consoleError(
        'unreachable',
        502,
        `The console could not reach the OUTSCALE endpoint of account ${ctx.account.id} (${outcome.code}); ${ctx.action} was not sent. Check the endpoint and the network, then try again.`,
        { retryable: true },
      )
    }
    if (ctx.mutating) {
      return consoleError(
        'unknown-outcome',
        outcome.timedOut ? 504 : 502,
        `The connection to OUTSCALE ${outcome.timedOut ? 'timed out' : 'broke'} during ${ctx.action} on account ${ctx.account.id}, so it is not known whether the change was applied. ${unknownAdvice}`,
      )
    }
    return outcome.timedOut
      ? consoleError(
          'timeout',
          504,
          `OUTSCALE did not answer ${ctx.action} on account ${ctx.account.id} within ${Math.round(settings.timeoutMs / 1000)} s. Try again in a moment.`,
          { retryable: true },
        )
      : consoleError(
          'unreachable',
          502,
          `The connection to OUTSCALE broke during ${ctx.action} on account ${ctx.account.id} (${outcome.code}). Try again in a moment.`,
          { retryable: true },
        )
  }

  /** One line per failed call: what an operator needs, never the body or a secret. */
  function logFailure(
    log: Logger,
    failure: ConsoleError,
    action: string,
    accountId: string,
    attempts: number,
  ): void {
    const serious = failure.status >= 500 || failure.kind === 'credentials-refused'
    log[serious ? 'warn' : 'info'](
      {
        action,
        accountId,
        kind: failure.kind,
        status: failure.status,
        outscaleCode: failure.body.outscale?.code,
        outscaleRequestId: failure.body.outscale?.requestId ?? undefined,
        attempts,
      },
      'upstream call failed',
    )
  }

  function ttlFor(action: string): number {
    return settings.cacheTtlMs[action] ?? settings.cacheTtlMs.default ?? 2000
  }

  interface Prepared {
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

  function observe(p: Prepared, status: number): void {
    deps.metrics.proxyDuration.observe({ action: p.action, status }, (performance.now() - p.started) / 1000)
    deps.metrics.proxyCalls.inc({ action: p.action, status })
  }

  async function read(p: Prepared): Promise<ProxyResult> {
    const { account, action, log } = p
    const load = async (): Promise<CachedRead> => {
      const run = await sendWithRetries(account, action, p.bodyText, true, log)
      const failure = failureOf(run, { account, action, mutating: false })
      if (failure) logFailure(log(), failure, action, account.id, run.attempts)
      if (failure && run.outcome.kind !== 'response') throw failure
      const outcome = run.outcome as Extract<AttemptOutcome, { kind: 'response' }>
      return {
        status: outcome.status,
        text: outcome.text,
        fetchedAt: run.sentAt,
        upstreamMs: run.upstreamMs,
        attempts: run.attempts,
      }
    }
    // Sensitive reads (passwords, console output, keys) are keyed by person so no one else ever sees them.
    const who = catalogue[action].sensitive ? `\u0000${p.identity.issuer}\u0000${p.identity.subject}` : ''
    let answer: Awaited<ReturnType<ReadCache['get']>>
    try {
      answer = await deps.cache.get(
        account.id,
        `${action}\u0000${canonicalJson(p.request)}${who}`,
        ttlFor(action),
        load,
      )
    } catch (error) {
      observe(p, error instanceof ConsoleError ? error.status : 500)
      throw error
    }
    const { value, cache } = answer
    deps.metrics.cache.inc({ result: cache })
    observe(p, value.status)
    if (value.status >= 400) {
      // An error answer shared by coalesced callers: each of them gets the same translated error.
      throw fromOutscaleError(value.status, value.text, { accountId: account.id, action })
    }
    return {
      status: value.status,
      text: value.text,
      read: true,
      cache,
      fetchedAt: value.fetchedAt,
      upstreamMs: cache === 'miss' ? value.upstreamMs : 0,
      attempts: cache === 'miss' ? value.attempts : 0,
    }
  }

  async function mutate(p: Prepared): Promise<ProxyResult> {
    const { account, action, log, clientToken } = p
    const retrySafe = clientToken !== undefined && catalogue[action].clientToken
    let run: UpstreamRun
    try {
      run = await sendWithRetries(account, action, p.bodyText, retrySafe, log)
    } catch (error) {
      if (error instanceof ConsoleError) await recordCall(p, error, undefined)
      throw error
    } finally {
      // Whatever happened, the account's state may have changed: reads must go back to OUTSCALE.
      await deps.cache.invalidateAccount(account.id)
    }
    const failure = failureOf(run, {
      account,
      action,
      mutating: true,
      ...(clientToken ? { clientToken } : {}),
    })
    if (failure) logFailure(log(), failure, action, account.id, run.attempts)
    await recordCall(p, failure, run)
    observe(p, failure ? failure.status : 200)
    if (failure) throw failure
    const outcome = run.outcome as Extract<AttemptOutcome, { kind: 'response' }>
    return {
      status: outcome.status,
      text: outcome.text,
      read: false,
      upstreamMs: run.upstreamMs,
      attempts: run.attempts,
    }
  }

  async function recordCall(p: Prepared, failure: ConsoleError | undefined, done: UpstreamRun | undefined) {
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
      entry.detail = failure.message
    }
    try {
      await deps.audit.record(entry)
    } catch (error) {
      // The call happened; losing its record is serious but must not turn a success into an error.
      p.log().error(
        { err: error, action: p.action, accountId: p.account.id },
        'audit record could not be written',
      )
    }
  }

  return {
    account: (id) => accounts.get(id),

    async call({ identity, accountId, action: actionName, body, logger: requestLogger }) {
      let resolved: Logger | undefined
      const log = () =>
        (resolved ??= typeof requestLogger === 'function' ? requestLogger() : (requestLogger ?? deps.logger))
      const account = accounts.get(accountId)
      if (!account)
        throw consoleError(
          'unknown-account',
          404,
          `The console has no account "${accountId}". Choose one of the configured accounts.`,
        )
      if (!isActionName(actionName))
        throw consoleError(
          'unknown-action',
          404,
          `"${actionName}" is not an OUTSCALE API action the console knows, so it was not sent.`,
        )
      const action = actionName
      const info = catalogue[action]
      const decision = deps.authorize(identity, account.id, action)
      if (!decision.allowed) {
        await deps.audit.record({
          kind: 'refusal',
          identity,
          ...(decision.role ? { role: decision.role } : {}),
          accountId: account.id,
          region: account.region,
          action,
          result: 'refused',
          resourceIds: resourceIdsOf(body),
          detail: decision.reason,
        })
        throw consoleError(
          'not-allowed',
          403,
          `You are not allowed to call ${action} on account ${account.id}: ${decision.reason}`,
        )
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw consoleError('invalid-request', 400, `The body of ${action} must be a JSON object.`, {
          issues: [{ path: '', message: 'expected a JSON object' }],
        })
      const parsed = requestSchemas[action].safeParse(body)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          path: describeIssuePath(issue.path),
          message: issue.message,
        }))
        const first = issues[0]
        throw consoleError(
          'invalid-request',
          400,
          `The request for ${action} is invalid: ${first?.path ? `${first.path}: ` : ''}${first?.message ?? 'unknown problem'}. Correct it and try again.`,
          { issues },
        )
      }
      const request: Record<string, unknown> = { ...(body as Record<string, unknown>) }
      // Creates that OUTSCALE can deduplicate get a ClientToken, which makes retrying them after a 5xx safe.
      if (info.clientToken && info.verb === 'Create' && typeof request.ClientToken !== 'string')
        request.ClientToken = randomUUID()
      const clientToken = typeof request.ClientToken === 'string' ? request.ClientToken : undefined
      const prepared: Prepared = {
        identity,
        role: decision.role,
        account,
        action,
        request,
        bodyText: JSON.stringify(request),
        clientToken,
        started: performance.now(),
        log,
      }
      return info.mutating ? mutate(prepared) : read(prepared)
    },
  }
}
