// Retry policy for upstream calls: full-jitter backoff, Retry-After, the per-account rate limiter, and one
// overall deadline per call. `sendWithRetries` is the only place that sends to OUTSCALE.
import type { ActionName } from '@osc-console/osc-api'
import type { Config, ResolvedAccount } from './config.ts'
import { consoleError, isThrottle, parseOutscaleError } from './errors.ts'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'
import { RateLimitExceeded, type RateLimiter } from './upstream/rate-limiter.ts'
import type { AttemptOutcome, SignedClient } from './upstream/signed-client.ts'

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

export interface UpstreamRun {
  outcome: AttemptOutcome
  attempts: number
  upstreamMs: number
  /** When the last attempt left: the data is at least this old, never younger than `Age` says. */
  sentAt: number
}

export interface RetryDeps {
  client: SignedClient
  limiter: RateLimiter
  metrics: Metrics
  settings: Config['proxy']
  random: () => number
  sleep: (ms: number) => Promise<void>
}

/**
 * How a call may be retried. `retrySafe`: a 5xx, timeout or broken connection may be retried because sending the
 * call twice cannot apply it twice (a read, a create with a ClientToken); throttling is retried for every call.
 */
export interface RetryPolicy {
  retrySafe: boolean
  maxAttempts: number
}

/**
 * Reads get more attempts than changes: resending a read costs nothing but time, and under 20 % throttling three
 * attempts leave about 1 read in 125 unanswered where five leave 1 in 3,000.
 */
export function retryPolicy(
  settings: Config['proxy'],
  call: { mutating: boolean; retrySafe: boolean },
): RetryPolicy {
  return {
    retrySafe: call.retrySafe,
    maxAttempts: call.mutating ? settings.maxAttempts : settings.readMaxAttempts,
  }
}

export async function sendWithRetries(
  deps: RetryDeps,
  account: ResolvedAccount,
  action: ActionName,
  bodyText: string,
  policy: RetryPolicy,
  log: () => Logger,
): Promise<UpstreamRun> {
  const { retrySafe, maxAttempts } = policy
  const deadline = performance.now() + deps.settings.timeoutMs
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
    if (!retryable || attempts >= maxAttempts) return { outcome, attempts, upstreamMs, sentAt }
    let wait = backoffMs(attempts, throttled, deps.random)
    if (outcome.kind === 'response') wait = Math.max(wait, retryAfterMs(outcome.headers['retry-after']) ?? 0)
    // No time left for another attempt: report what we have rather than overrun the deadline.
    if (performance.now() + wait >= deadline) return { outcome, attempts, upstreamMs, sentAt }
    deps.metrics.retries.inc({ reason, action })
    log().info(
      { action, accountId: account.id, attempt: attempts, reason, waitMs: Math.round(wait) },
      'retrying upstream call',
    )
    await deps.sleep(wait)
  }
}
