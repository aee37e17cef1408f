// The in-memory store: one AccountState per account holding full resource objects, a registry of every taggable
// resource by id (tags, sentinels and "does this id exist" all go through it), timers that move lifecycles on the
// simulator clock, usage meters for consumption, and the api log.
import type { ResourceTag } from '@osc-console/osc-api'
import type { AccountDef } from './accounts.ts'
import { subregionsOf } from './accounts.ts'
import type { SimClock } from './clock.ts'
import { Prng } from './prng.ts'

/** Any stored resource object: the exact shape the API returns, so reads hand it back as is. */
export type Resource = { Tags?: ResourceTag[] } & object

export interface RegisteredResource {
  /** The ResourceType ReadTags reports, e.g. `vm`, `volume`, `security-group`. */
  type: string
  obj: Resource
}

/** A span of billable usage; consumption sums the overlap of meters with the requested period. */
export interface Meter {
  resourceId: string
  service: string
  type: string
  operation: string
  subregionName: string
  /** Units per hour while the meter runs (1 per hour for a VM, GiB per hour for a volume, …). */
  unitsPerHour: number
  start: number
  end: number | null
}

export interface ApiLogRecord {
  accessKey: string
  callName: string
  date: number
  status: number
  requestId: string
  ip: string
  userAgent: string
  durationUs: number
  payloadSize: number
  /** The start of the request body (QueryPayloadRaw). */
  payload: string
  headerSize: number
}

export interface AccessKeyRecord {
  accessKeyId: string
  secretKey: string
  accountId: string
  state: 'ACTIVE' | 'INACTIVE'
  creationDate: string
  lastModificationDate: string
  expirationDate?: string
  tag?: string
  /** The EIM user the key belongs to; none for the account's own (root) keys. */
  userName?: string
}

export interface Timer {
  at: number
  run: () => void
}

export class AccountState {
  readonly accountId: string
  readonly region: string
  readonly subregions: string[]
  readonly def: AccountDef
  /** Every taggable resource by id. */
  readonly registry = new Map<string, RegisteredResource>()
  /** Per-family stores: family modules keep typed maps here, keyed by their id. */
  readonly stores = new Map<string, Map<string, unknown>>()
  /** Ids of resources carrying a `sim:fail=<status>` tag → that status. */
  readonly sentinels = new Map<string, number>()
  readonly meters: Meter[] = []
  readonly apiLogs: ApiLogRecord[] = []
  /** ClientToken → the ids of what the first call created, so a retry answers the same. */
  readonly clientTokens = new Map<string, { action: string; ids: string[] }>()
  /** MaxValue per quota name (settings); UsedValue is computed live. */
  readonly quotaMax = new Map<string, number>()

  constructor(def: AccountDef) {
    this.def = def
    this.accountId = def.accountId
    this.region = def.region
    this.subregions = subregionsOf(def.region)
  }

  store<T>(family: string): Map<string, T> {
    let s = this.stores.get(family)
    if (!s) {
      s = new Map()
      this.stores.set(family, s)
    }
    return s as Map<string, T>
  }

  register(id: string, type: string, obj: Resource): void {
    this.registry.set(id, { type, obj })
    this.refreshSentinel(id)
  }

  unregister(id: string): void {
    this.registry.delete(id)
    this.sentinels.delete(id)
  }

  refreshSentinel(id: string): void {
    const entry = this.registry.get(id)
    const tag = entry?.obj.Tags?.find((t) => t.Key === 'sim:fail')
    const status = tag ? Number(tag.Value) : NaN
    if (Number.isInteger(status) && status >= 400 && status <= 599) this.sentinels.set(id, status)
    else this.sentinels.delete(id)
  }

  /** Open meters by resource id, so stopping one does not scan every meter. */
  private readonly openMeters = new Map<string, Meter[]>()

  startMeter(m: Omit<Meter, 'end'>): void {
    const meter: Meter = { ...m, end: null }
    this.meters.push(meter)
    const open = this.openMeters.get(m.resourceId)
    if (open) open.push(meter)
    else this.openMeters.set(m.resourceId, [meter])
  }

  stopMeters(resourceId: string, at: number, type?: string): void {
    const open = this.openMeters.get(resourceId)
    if (!open) return
    const still: Meter[] = []
    for (const m of open) {
      if (!type || m.type === type) m.end = at
      else still.push(m)
    }
    if (still.length > 0) this.openMeters.set(resourceId, still)
    else this.openMeters.delete(resourceId)
  }
}

export class World {
  readonly accounts = new Map<string, AccountState>()
  readonly accessKeys = new Map<string, AccessKeyRecord>()
  readonly rng: Prng
  private readonly usedIds = new Set<string>()
  private timers: Timer[] = []

  constructor(
    readonly clock: SimClock,
    defs: readonly AccountDef[],
    seedName: string,
  ) {
    this.rng = new Prng(`ids:${seedName}`)
    for (const def of defs) {
      this.accounts.set(def.accountId, new AccountState(def))
      this.accessKeys.set(def.accessKeyId, {
        accessKeyId: def.accessKeyId,
        secretKey: def.secretKey,
        accountId: def.accountId,
        state: 'ACTIVE',
        creationDate: clock.iso(),
        lastModificationDate: clock.iso(),
      })
    }
  }

  /** A fresh id like `i-1a2b3c4d`, unique within the simulator, deterministic for a seed. */
  newId(prefix: string, length = 8): string {
    for (;;) {
      const id = `${prefix}-${this.rng.hex(length)}`
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id)
        return id
      }
    }
  }

  schedule(at: number, run: () => void): void {
    const timer = { at, run }
    // Keep the list sorted so tick() only looks at its head.
    let i = this.timers.length
    while (i > 0 && (this.timers[i - 1]?.at ?? 0) > at) i--
    this.timers.splice(i, 0, timer)
  }

  /** Runs every timer that is due by the clock's current time. */
  tick(): void {
    const now = this.clock.now()
    while (this.timers.length > 0 && (this.timers[0]?.at ?? Infinity) <= now) {
      const t = this.timers.shift()
      t?.run()
      this.generation++
    }
  }

  /**
   * Bumped whenever anything may have changed (a mutating call, a timer); cached JSON of resources older than
   * the current generation is stale.
   */
  generation = 0

  account(accountId: string): AccountState {
    const a = this.accounts.get(accountId)
    if (!a) throw new Error(`unknown account ${accountId}`)
    return a
  }
}
