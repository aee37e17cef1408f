// A token bucket per account that queues a caller briefly instead of failing, so one busy team spreads its calls
// out rather than getting the whole OUTSCALE account throttled.

export interface RateLimitSettings {
  perSecond: number
  burst: number
  maxQueueMs: number
}

export interface RateLimiter {
  /** Resolves with the wait in ms once a token is taken; rejects with null-wait when the queue is too long. */
  acquire(key: string): Promise<number>
}

export class RateLimitExceeded extends Error {
  constructor(readonly waitMs: number) {
    super(`rate limit queue would exceed ${Math.round(waitMs)} ms`)
  }
}

interface Bucket {
  tokens: number
  updatedAt: number
}

export function createRateLimiter(
  settings: RateLimitSettings,
  now: () => number = () => performance.now(),
): RateLimiter {
  const buckets = new Map<string, Bucket>()
  const ratePerMs = settings.perSecond / 1000
  return {
    acquire(key) {
      const t = now()
      const bucket = buckets.get(key) ?? { tokens: settings.burst, updatedAt: t }
      buckets.set(key, bucket)
      bucket.tokens = Math.min(settings.burst, bucket.tokens + (t - bucket.updatedAt) * ratePerMs)
      bucket.updatedAt = t
      // Taking the token now (possibly going negative) reserves this caller's place in the queue.
      bucket.tokens -= 1
      if (bucket.tokens >= 0) return Promise.resolve(0)
      const waitMs = -bucket.tokens / ratePerMs
      if (waitMs > settings.maxQueueMs) {
        bucket.tokens += 1
        return Promise.reject(new RateLimitExceeded(waitMs))
      }
      return new Promise((resolve) => setTimeout(() => resolve(waitMs), waitMs))
    },
  }
}
