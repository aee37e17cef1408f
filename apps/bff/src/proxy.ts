// The signing proxy: account → catalogue allow-list → role check → zod validation → cache/coalesce reads →
// sign and send with retries → audit mutations. Routes and bulk operations both call `call()`. Retry policy lives in
// proxy-retry.ts, error translation in proxy-failures.ts, the audit record in proxy-audit.ts.
import { randomUUID } from 'node:crypto'
import {
  HIDDEN_SECRET,
  catalogue,
  isActionName,
  replaceSecrets,
  requestSchemas,
  secretResponsePaths,
} from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Decision } from './auth/roles.ts'
import type { Audit } from './audit.ts'
import type { Config, ResolvedAccount } from './config.ts'
import { keepable, mergeAnswers, oneDay, planDays, type ClosedDayStore } from './consumption-days.ts'
import { ConsoleError, consoleError, fromOutscaleError, invalidRequest } from './errors.ts'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'
import { createRefusalRecorder, recordCall, recordSensitiveRead, type Prepared } from './proxy-audit.ts'
import { failureOf, logFailure } from './proxy-failures.ts'
import { retryPolicy, sendWithRetries, type RetryDeps, type UpstreamRun } from './proxy-retry.ts'
import { canonicalJson, type CacheResult, type CachedRead, type ReadCache } from './read-cache.ts'
import type { RateLimiter } from './upstream/rate-limiter.ts'
import type { AttemptOutcome, SignedClient } from './upstream/signed-client.ts'

export { backoffMs, retryAfterMs } from './proxy-retry.ts'
export { resourceIdsOf } from './proxy-audit.ts'

export type AuthorizeFn = (
  identity: Identity,
  accountId: string,
  action: ActionName,
  request?: unknown,
) => Decision

export interface ProxyCall {
  identity: Identity
  accountId: string
  action: string
  body: unknown
  /** The request's logger (carries its request id), or how to make it when something is logged. */
  logger?: Logger | (() => Logger)
  /**
   * A read the console makes for its own computation on behalf of a person who holds a role on the account (the
   * tags joined to cost lines): the person's role need not allow it, because the answer never reaches them as is.
   * Only reads that are not sensitive, and their secret fields (a VM's UserData) are hidden as for a person who may
   * not see secrets; the account must still be one the person holds a role on.
   */
  forConsole?: true
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
  /** Where closed days of consumption are kept; without it every consumption read goes to OUTSCALE. */
  closedDays?: ClosedDayStore
}

/**
 * The same answer whether the account does not exist or the person holds no role on it, so that trying ids does
 * not tell which accounts the console has.
 */
export function noSuchAccount(accountId: string): ConsoleError {
  const shown = accountId.length > 64 ? `${accountId.slice(0, 64)}…` : accountId
  return consoleError(
    'unknown-account',
    404,
    `You have no account "${shown}" in this console. Choose one of the accounts your role gives you.`,
  )
}

/** An answer with its secret fields replaced by a marker, for a person whose role may not read them. */
function withSecretsHidden(action: ActionName, text: string): string {
  const paths = secretResponsePaths(action)
  if (paths.length === 0) return text
  let answer: unknown
  try {
    answer = JSON.parse(text)
  } catch {
    // Not JSON: nothing a field path can point into.
    return text
  }
  replaceSecrets(answer, paths, HIDDEN_SECRET)
  return JSON.stringify(answer)
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
  const recordRefusal = createRefusalRecorder(deps.audit)
  const days = settings.consumptionDays.enabled ? deps.closedDays : undefined
  // A cached answer is shared by many viewers: its masked copy is made once per cached answer, not per request.
  const hiddenCopies = new WeakMap<CachedRead, string>()
  const hiddenText = (action: ActionName, value: CachedRead): string => {
    let text = hiddenCopies.get(value)
    if (text === undefined) {
      text = withSecretsHidden(action, value.text)
      hiddenCopies.set(value, text)
    }
    return text
  }

  const retryDeps: RetryDeps = {
    client: deps.client,
    limiter: deps.limiter,
    metrics: deps.metrics,
    settings,
    random,
    sleep,
  }

  function ttlFor(action: string): number {
    return settings.cacheTtlMs[action] ?? settings.cacheTtlMs.default ?? 2000
  }

  function observe(p: Prepared, status: number): void {
    deps.metrics.proxyDuration.observe({ action: p.action, status }, (performance.now() - p.started) / 1000)
    deps.metrics.proxyCalls.inc({ action: p.action, status })
  }

  type CachedAnswer = Awaited<ReturnType<ReadCache['get']>>

  /** One read through the shared cache and coalescing, of `request` (the person's, or a part of it). */
  function cachedRead(p: Prepared, request: Record<string, unknown>): Promise<CachedAnswer> {
    const { account, action, log } = p
    const bodyText = request === p.request ? p.bodyText : JSON.stringify(request)
    const load = async (): Promise<CachedRead> => {
      const policy = retryPolicy(settings, { mutating: false, retrySafe: true })
      const run = await sendWithRetries(retryDeps, account, action, bodyText, policy, log)
      const failure = failureOf(run, { account, action, mutating: false, timeoutMs: settings.timeoutMs })
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
    return deps.cache.get(account.id, `${action}\u0000${canonicalJson(request)}${who}`, ttlFor(action), load)
  }

  /**
   * ReadConsumptionAccount: its closed days from the database, each missing one asked alone (and kept), the open
   * days in one call, the whole composed into one answer. A part OUTSCALE refuses is the answer.
   */
  async function consumptionRead(p: Prepared): Promise<CachedAnswer> {
    const plan = days
      ? planDays(p.request, Date.now(), settings.consumptionDays.settleMs, settings.consumptionDays.maxDays)
      : undefined
    if (!days || !plan) return cachedRead(p, p.request)
    const { account } = p
    const key = `${account.id}|${account.region}|${account.endpoint}`
    const kept = await days.get(key, plan.variant, plan.closed).catch((error: unknown) => {
      // The table is an economy: without it, the days are asked of OUTSCALE as before.
      p.log().warn({ err: error }, 'closed days of consumption could not be read from the database')
      return new Map<string, string>()
    })
    let upstream: CachedRead | undefined
    let upstreamMs = 0
    let attempts = 0
    let refused: CachedAnswer | undefined
    const ask = async (request: Record<string, unknown>): Promise<CachedRead | undefined> => {
      const answer = await cachedRead(p, request)
      if (answer.cache === 'miss') {
        upstreamMs += answer.value.upstreamMs
        attempts += answer.value.attempts
      }
      if (answer.cache !== 'hit') upstream = answer.value
      if (answer.value.status !== 200) {
        refused ??= answer
        return undefined
      }
      return answer.value
    }
    const missing = plan.closed.filter((day) => !kept.has(day))
    // A few days at a time, so that a first long period stays inside the account's rate limit with room for others.
    for (let i = 0; i < missing.length && !refused; i += settings.consumptionDays.concurrency) {
      await Promise.all(
        missing.slice(i, i + settings.consumptionDays.concurrency).map(async (day) => {
          const value = await ask(oneDay(p.request, day))
          if (!value) return
          kept.set(day, value.text)
          if (!keepable(value.status, value.text)) return
          await days
            .put(key, plan.variant, day, value.text)
            .catch((error: unknown) =>
              p.log().warn({ err: error, day }, 'a closed day of consumption could not be kept'),
            )
        }),
      )
    }
    const open = refused || !plan.open ? undefined : await ask({ ...p.request, ...plan.open })
    if (refused) return refused
    const parts = plan.closed.map((day) => kept.get(day) ?? '')
    if (open) parts.push(open.text)
    let text: string
    try {
      text = parts.length === 1 && parts[0] ? parts[0] : mergeAnswers(parts, plan.from, plan.to)
    } catch {
      // A part that is not the JSON OUTSCALE documents cannot be summed: the period is asked as it was sent.
      return cachedRead(p, p.request)
    }
    const last = upstream as CachedRead | undefined
    return {
      value: {
        status: 200,
        text,
        // Closed days are final: the answer is as fresh as its open part, or as now when it has none.
        fetchedAt: open ? open.fetchedAt : (last?.fetchedAt ?? Date.now()),
        upstreamMs,
        attempts,
      },
      cache: last ? 'miss' : 'hit',
    }
  }

  async function read(p: Prepared): Promise<ProxyResult> {
    const { action } = p
    let answer: CachedAnswer
    try {
      answer = action === 'ReadConsumptionAccount' ? await consumptionRead(p) : await cachedRead(p, p.request)
    } catch (error) {
      const status = error instanceof ConsoleError ? error.status : 500
      observe(p, status)
      if (catalogue[action].sensitive)
        await recordSensitiveRead(deps.audit, p, status, error instanceof ConsoleError ? error : undefined)
      throw error
    }
    const { value, cache } = answer
    const { account } = p
    deps.metrics.cache.inc({ result: cache })
    observe(p, value.status)
    // An error answer shared by coalesced callers: each of them gets the same translated error.
    const failure =
      value.status >= 400
        ? fromOutscaleError(value.status, value.text, { accountId: account.id, action })
        : undefined
    if (catalogue[action].sensitive)
      await recordSensitiveRead(deps.audit, p, failure?.status ?? value.status, failure)
    if (failure) throw failure
    return {
      status: value.status,
      text: p.seesSecrets ? value.text : hiddenText(action, value),
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
      const policy = retryPolicy(settings, { mutating: true, retrySafe })
      run = await sendWithRetries(retryDeps, account, action, p.bodyText, policy, log)
    } catch (error) {
      if (error instanceof ConsoleError) await recordCall(deps.audit, p, error, undefined)
      throw error
    } finally {
      // Whatever happened, the account's state may have changed: reads must go back to OUTSCALE.
      await deps.cache.invalidateAccount(account.id)
    }
    const failure = failureOf(run, {
      account,
      action,
      mutating: true,
      timeoutMs: settings.timeoutMs,
      ...(clientToken ? { clientToken } : {}),
    })
    if (failure) logFailure(log(), failure, action, account.id, run.attempts)
    await recordCall(deps.audit, p, failure, run)
    observe(p, failure ? failure.status : 200)
    if (failure) throw failure
    const outcome = run.outcome as Extract<AttemptOutcome, { kind: 'response' }>
    return {
      status: outcome.status,
      text: p.seesSecrets ? outcome.text : withSecretsHidden(action, outcome.text),
      read: false,
      upstreamMs: run.upstreamMs,
      attempts: run.attempts,
    }
  }

  return {
    account: (id) => accounts.get(id),

    async call({ identity, accountId, action: actionName, body, logger: requestLogger, forConsole }) {
      let resolved: Logger | undefined
      const log = () =>
        (resolved ??= typeof requestLogger === 'function' ? requestLogger() : (requestLogger ?? deps.logger))
      if (!isActionName(actionName))
        throw consoleError(
          'unknown-action',
          404,
          `"${actionName.length > 64 ? `${actionName.slice(0, 64)}…` : actionName}" is not an OUTSCALE API action the console knows, so it was not sent.`,
        )
      const action = actionName
      const info = catalogue[action]
      const account = accounts.get(accountId)
      const asked = account ? deps.authorize(identity, account.id, action, body) : undefined
      // The answer is read without its secrets (seesSecrets: false below), so a read with secret fields may be
      // made for the console too: the run-rate needs ReadVms' types and states, never their UserData.
      const forConsoleAllowed = forConsole && !info.mutating && !info.sensitive
      const decision =
        asked && !asked.allowed && asked.role !== undefined && forConsoleAllowed
          ? { allowed: true as const, role: asked.role, seesSecrets: false }
          : asked
      if (!account || !decision || (!decision.allowed && decision.role === undefined)) {
        // Recorded without the account: its readers do not see who probes it, an admin of every account does.
        await recordRefusal({
          identity,
          action,
          body,
          detail: `Refused: the account named, "${accountId}", does not exist or the person holds no role on it.`,
        })
        throw noSuchAccount(accountId)
      }
      if (!decision.allowed) {
        await recordRefusal({
          identity,
          ...(decision.role ? { role: decision.role } : {}),
          account,
          action,
          body,
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
        throw invalidRequest(
          `The request for ${action}`,
          parsed.error.issues.map((issue) => ({
            path: describeIssuePath(issue.path),
            message: issue.message,
          })),
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
        seesSecrets: decision.seesSecrets,
        bodyText: JSON.stringify(request),
        clientToken,
        started: performance.now(),
        log,
      }
      return info.mutating ? mutate(prepared) : read(prepared)
    },
  }
}
