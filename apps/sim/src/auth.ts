// Who is calling: SigV4 (AWS4 or OSC4 flavour) on every call, Basic login/password on the calls whose spec
// security lists BasicAuth, nothing at all on the few public calls. Four bad attempts in a row lock the key for a
// minute, one more minute per further four, up to ten (the API's code 13).
import { oscError } from './errors.ts'
import type { SimClock } from './clock.ts'
import { parseAmzDate, parseAuthorization, verifySignature, MAX_SKEW_MS } from './sigv4.ts'
import type { ReceivedRequest } from './sigv4.ts'
import type { World } from './state.ts'

export type AuthKind = 'sigv4' | 'basic' | 'none'

export interface Caller {
  accountId: string
  accessKeyId?: string
  method: 'sigv4' | 'basic'
  region: string
}

interface LockState {
  failures: number
  lockedUntil: number
  level: number
}

export class Authenticator {
  private readonly locks = new Map<string, LockState>()
  /** Off while peeking at the credentials of a public call: a bad signature there locks nothing. */
  private counting = true

  constructor(
    private readonly world: () => World,
    private readonly clock: SimClock,
    private readonly options: { strictRegion: boolean },
  ) {}

  reset(): void {
    this.locks.clear()
  }

  /** Resolves the caller, or throws the API's refusal. Returns undefined for an anonymous call allowed anonymous. */
  authenticate(
    req: ReceivedRequest,
    header: string | undefined,
    auth: readonly AuthKind[],
  ): Caller | undefined {
    const anonymousOk = auth.length === 0 || auth.includes('none')
    if (!header) {
      if (anonymousOk) return undefined
      throw oscError(
        'authFailed',
        'This call needs credentials: sign it with your access key and secret key (SigV4).',
      )
    }
    if (anonymousOk) {
      // Public calls answer whoever asks; a valid signature only tells which account's region to use.
      try {
        this.counting = false
        return this.authenticate(req, header, ['sigv4', 'basic'])
      } catch {
        return undefined
      } finally {
        this.counting = true
      }
    }
    if (/^basic /i.test(header)) {
      if (!auth.includes('basic')) {
        throw oscError(
          'basicNotAllowed',
          'The authentication using login/password is not allowed for this call.',
        )
      }
      return this.basic(req, header)
    }
    if (!/^(AWS|OSC)4-HMAC-SHA256 /.test(header)) {
      throw oscError(
        'unknownAuthType',
        'The authentication type specified in the Authorization header is unknown.',
      )
    }
    return this.sigv4(req, header)
  }

  private sigv4(req: ReceivedRequest, header: string): Caller {
    const parsed = parseAuthorization(header)
    if (!parsed.ok) throw oscError('authFailed', parsed.reason)
    const { auth } = parsed
    const world = this.world()
    const key = world.accessKeys.get(auth.accessKeyId)
    if (!key || key.state !== 'ACTIVE') {
      throw oscError('authFailed', `The access key ${auth.accessKeyId} is unknown or inactive.`)
    }
    if (key.expirationDate && Date.parse(key.expirationDate) <= this.clock.now()) {
      throw oscError('authFailed', `The access key ${auth.accessKeyId} has expired.`)
    }
    this.checkLock(auth.accessKeyId)
    const account = world.account(key.accountId)
    if (!['api', 'oapi', 'osc'].includes(auth.service)) {
      this.fail(auth.accessKeyId)
      throw oscError(
        'authFailed',
        `The signing scope's service must be "api" (or "oapi", "osc"), not "${auth.service}".`,
      )
    }
    if (this.options.strictRegion && auth.region !== account.region) {
      this.fail(auth.accessKeyId)
      throw oscError(
        'authFailed',
        `This account lives in ${account.region}; sign for that region, not ${auth.region}.`,
      )
    }
    const result = verifySignature(auth, key.secretKey, req, Date.now())
    if (!result.ok) {
      this.fail(auth.accessKeyId)
      throw oscError('authFailed', result.reason)
    }
    this.locks.delete(auth.accessKeyId)
    return {
      accountId: account.accountId,
      accessKeyId: auth.accessKeyId,
      method: 'sigv4',
      region: account.region,
    }
  }

  private basic(req: ReceivedRequest, header: string): Caller {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) throw oscError('missingLoginPassword', 'The credentials are missing for authentication.')
    const login = decoded.slice(0, colon)
    const password = decoded.slice(colon + 1)
    let date: string | undefined
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]?.toLowerCase() === 'x-osc-date') date = req.rawHeaders[i + 1]
    }
    if (!date)
      throw oscError(
        'authFailed',
        'Login/password authentication needs the X-Osc-Date header (YYYYMMDDTHHMMSSZ).',
      )
    const at = parseAmzDate(date)
    if (Number.isNaN(at) || Math.abs(Date.now() - at) > MAX_SKEW_MS) {
      throw oscError(
        'authFailed',
        'The X-Osc-Date header is malformed or more than 5 minutes away from the server time.',
      )
    }
    const lockKey = `login:${login}`
    this.checkLock(lockKey)
    const account = [...this.world().accounts.values()].find((a) => a.def.login === login)
    if (!account || account.def.password !== password) {
      this.fail(lockKey)
      throw oscError('authFailed', 'The login or the password is wrong.')
    }
    this.locks.delete(lockKey)
    return { accountId: account.accountId, method: 'basic', region: account.region }
  }

  private checkLock(key: string): void {
    const lock = this.locks.get(key)
    if (lock && lock.lockedUntil > this.clock.now()) {
      const seconds = Math.ceil((lock.lockedUntil - this.clock.now()) / 1000)
      throw oscError(
        'temporarilyLocked',
        `Too many failed connection attempts. Your access has been locked for ${seconds} seconds.`,
      )
    }
  }

  private fail(key: string): void {
    if (!this.counting) return
    const lock = this.locks.get(key) ?? { failures: 0, lockedUntil: 0, level: 0 }
    lock.failures += 1
    if (lock.failures >= 4) {
      lock.failures = 0
      lock.level = Math.min(lock.level + 1, 10)
      lock.lockedUntil = this.clock.now() + lock.level * 60_000
    }
    this.locks.set(key, lock)
  }
}
