// Rate limits as the API applies them: per account (429 code 24), per account and call (429 code 25) and for the
// whole platform (503 code 6). Token buckets on the wall clock: limits are about real request rates.
import { oscError } from './errors.ts'

export interface Rate {
  /** Tokens added per second. */
  perSecond: number
  /** Bucket size: how many calls may arrive at once. */
  burst: number
}

export interface ThrottleSettings {
  enabled: boolean
  platform: Rate
  perAccount: Rate
  perCall: Rate
}

/** Generous: a person clicking around and the test suites never meet them. */
export const DEFAULT_THROTTLE: ThrottleSettings = {
  enabled: true,
  platform: { perSecond: 5000, burst: 10000 },
  perAccount: { perSecond: 1000, burst: 2000 },
  perCall: { perSecond: 500, burst: 1000 },
}

class Bucket {
  private tokens: number
  private last: number

  constructor(
    private readonly rate: Rate,
    now: number,
  ) {
    this.tokens = rate.burst
    this.last = now
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

export class Throttle {
  private buckets = new Map<string, Bucket>()

  constructor(public settings: ThrottleSettings) {}

  configure(settings: ThrottleSettings): void {
    this.settings = settings
    this.buckets.clear()
  }

  private take(key: string, rate: Rate, now: number): boolean {
    let b = this.buckets.get(key)
    if (!b) {
      b = new Bucket(rate, now)
      this.buckets.set(key, b)
    }
    return b.take(now)
  }

  checkPlatform(now = Date.now()): void {
    if (!this.settings.enabled) return
    if (!this.take('platform', this.settings.platform, now)) {
      throw oscError(
        'throttledPlatform',
        'Request rate exceeded for the platform; retry after a short pause.',
        {
          'Retry-After': '1',
        },
      )
    }
  }

  checkAccount(accountId: string, action: string, now = Date.now()): void {
    if (!this.settings.enabled) return
    if (!this.take(`a:${accountId}`, this.settings.perAccount, now)) {
      throw oscError('throttledAccount', 'Request rate exceeded for this account; slow down and retry.', {
        'Retry-After': '1',
      })
    }
    if (!this.take(`c:${accountId}:${action}`, this.settings.perCall, now)) {
      throw oscError(
        'throttledCall',
        `Request rate exceeded for ${action} on this account; slow down and retry.`,
        {
          'Retry-After': '1',
        },
      )
    }
  }
}
