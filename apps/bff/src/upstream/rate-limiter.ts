// The calls the console sends to each OUTSCALE account, limited for every replica together: with a Redis URL the
// counters live in Redis (rate-limiter-flexible), so N replicas share one budget per account instead of N; without
// it they live in this process. A caller over the limit queues briefly (up to maxQueueMs) rather than failing, so a
// busy team spreads its calls out instead of getting the whole OUTSCALE account throttled.
import type { Redis } from 'ioredis'
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

export interface RateLimitSettings {
  perSecond: number
  burst: number
  maxQueueMs: number
}

export interface RateLimiter {
  /** Resolves with the wait in ms once a call may go; rejects with RateLimitExceeded when it would wait too long. */
  acquire(key: string): Promise<number>
}

export class RateLimitExceeded extends Error {
  constructor(readonly waitMs: number) {
    super(`rate limit queue would exceed ${Math.round(waitMs)} ms`)
  }
}

export interface SharedCounters {
  redis: Redis
  /** Prefix of the keys (tests isolate runs with it). */
  prefix: string
}

/**
 * A counter per key over fixed windows: in Redis when `shared` is given (with an in-process stand-in while Redis
 * does not answer, so a Redis outage slows nothing down), in this process otherwise.
 */
export function counter(
  name: string,
  points: number,
  durationSeconds: number,
  shared?: SharedCounters,
): RateLimiterAbstract {
  const local = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds })
  if (!shared) return local
  return new RateLimiterRedis({
    storeClient: shared.redis,
    keyPrefix: `${shared.prefix}${name}`,
    points,
    duration: durationSeconds,
    insuranceLimiter: local,
  })
}

/**
 * `perSecond` calls in each second, plus a pool of `burst - perSecond` more calls renewed every
 * ceil(burst / perSecond) seconds for the bursts of a page opening. Windows are whole seconds: Redis expiries are.
 */
export function createRateLimiter(
  settings: RateLimitSettings,
  shared?: SharedCounters,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): RateLimiter {
  const perSecond = Math.max(1, Math.floor(settings.perSecond))
  const steady = counter('upstream', perSecond, 1, shared)
  const extra = settings.burst - perSecond
  const limiter =
    extra > 0
      ? new BurstyRateLimiter(
          steady,
          counter('upstream-burst', extra, Math.ceil(settings.burst / perSecond), shared),
        )
      : steady
  return {
    async acquire(key) {
      const started = performance.now()
      let queued = false
      for (;;) {
        try {
          await limiter.consume(key)
          return queued ? Math.max(1, performance.now() - started) : 0
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal
          const waited = performance.now() - started
          // A few ms past the window's end, spread so that the callers queued behind it do not all arrive at once.
          const wait = refusal.msBeforeNext + 2 + Math.random() * 20
          if (waited + wait > settings.maxQueueMs) throw new RateLimitExceeded(waited + wait)
          queued = true
          await sleep(wait)
        }
      }
    },
  }
}
