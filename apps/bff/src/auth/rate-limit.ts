// Sign-in attempts per client address and minute: counted for every replica together in Redis when it is configured
// (rate-limiter-flexible), in a sliding window in this process otherwise.
import { RateLimiterRes } from 'rate-limiter-flexible'
import { counter, type SharedCounters } from '../upstream/rate-limiter.ts'

export interface AttemptLimiter {
  /** Records an attempt; resolves with the seconds to wait when over the limit, 0 otherwise. */
  attempt(key: string): Promise<number>
}

export function createAttemptLimiter(
  name: string,
  perMinute: number,
  now: () => number,
  shared?: SharedCounters,
): AttemptLimiter {
  if (!shared) {
    const local = new LocalAttemptLimiter(perMinute, now)
    return { attempt: (key) => Promise.resolve(local.attempt(key)) }
  }
  const minute = counter(name, perMinute, 60, shared)
  return {
    async attempt(key) {
      try {
        await minute.consume(key)
        return 0
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      }
    },
  }
}

/** Attempts per key in a sliding minute, in this process only (what one replica writes to the audit log). */
export class LocalAttemptLimiter {
  private readonly hits = new Map<string, number[]>()
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, 0 otherwise. */
  attempt(key: string): number {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < 60_000)
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent)
      return Math.max(1, Math.ceil((60_000 - (now - (recent[0] ?? now))) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) {
      for (const [k, list] of this.hits) if (list.every((t) => now - t >= 60_000)) this.hits.delete(k)
    }
    return 0
  }
}
