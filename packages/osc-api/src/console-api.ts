// The console's own HTTP contract (the BFF's answers to the SPA), as opposed to OUTSCALE's API: the error body
// every /api and /auth route answers with, who is signed in, the audit record and bulk operations. Types only, so
// that the SPA bundle carries no server code; the BFF produces these shapes and the SPA reads them.
import type { ActionName } from './generated/catalogue.ts'

/** What went wrong, in terms a page can act on; `message` says it in words. */
export type ErrorKind =
  | 'invalid-request'
  | 'not-allowed'
  | 'session-expired'
  | 'unknown-account'
  | 'unknown-action'
  | 'credentials-refused'
  | 'throttled'
  | 'not-found'
  | 'invalid-state'
  | 'conflict'
  | 'quota-exceeded'
  | 'unreachable'
  | 'timeout'
  | 'upstream-error'
  | 'unknown-outcome'
  | 'internal'

/** OUTSCALE's own error, as it answered: empty strings when its body did not say, no RequestId when absent. */
export interface OutscaleErrorInfo {
  code: string
  type: string
  details: string
  requestId: string | null
}

/** One invalid field of a request, by its dotted path (`Filters.VmIds`). */
export interface ErrorIssue {
  path: string
  message: string
}

/** The `error` member of every error body: `{ "error": ErrorBody }`. */
export interface ErrorBody {
  source: 'outscale' | 'console'
  kind: ErrorKind
  message: string
  retryable: boolean
  status: number
  /** OUTSCALE's error when OUTSCALE answered, else null. */
  outscale: OutscaleErrorInfo | null
  /** For `invalid-request` only: the first problems found, each path and message shortened. */
  issues?: ErrorIssue[]
  /** How many more problems the request has beyond `issues`, when some were left out. */
  omittedIssues?: number
  /** Where to sign in again, for `session-expired`. */
  login?: string
  /** The BFF's own X-Request-Id; absent from errors stored inside an operation's items. */
  requestId?: string
}

export type AuditKind = 'call' | 'refusal' | 'sign-in' | 'sign-out' | 'session-expired' | 'sign-in-refused'
export type AuditResult = 'success' | 'failure' | 'unknown' | 'refused'

/** What the audit keeps about one event, apart from who did it. */
export interface AuditFacts {
  kind: AuditKind
  role?: string
  accountId?: string
  region?: string
  action?: string
  resourceIds?: string[]
  paramsDigest?: string
  result: AuditResult
  /** OUTSCALE's RequestId. */
  requestId?: string
  httpStatus?: number
  errorCode?: string
  /** OUTSCALE's error type (InvalidResource, …), when OUTSCALE answered the error. */
  errorType?: string
  attempts?: number
  durationMs?: number
  detail?: string
}

/** One record of `GET /api/audit`; `person` is empty for events without a signed-in person. */
export interface AuditRecord extends AuditFacts {
  id: string
  /** ISO time. */
  time: string
  person: { issuer?: string; subject?: string; email?: string; name?: string }
}

/** The answer of `GET /api/audit`. */
export interface AuditPage {
  records: AuditRecord[]
  nextCursor?: string
}

/** One account of `GET /api/me` that the person has a role on. */
export interface MeAccount {
  id: string
  name: string
  region: string
  /** `roles` joined with `+` (`operator+billing`), as it is named to the person. */
  role: string
  /** Every role bound to the person on this account, in binding order. */
  roles: string[]
  /** What any of `roles` allows. */
  allowedActions: ActionName[]
  /** Shown beside what this person cannot use on this account. */
  deniedReason: string
  /**
   * The access key id the console signs this account's calls with, to those who may read the account's keys
   * (never the secret): deleting or deactivating it cuts the console off the account.
   */
  consoleAccessKeyId?: string
}

/** How the console knows who is calling: its own OIDC sign-in, a trusted proxy's headers, or nobody (local use). */
export type AuthMode = 'oidc' | 'proxy' | 'none'

/** The languages the console speaks. */
export type ConsoleLocale = 'en' | 'fr'

/**
 * The body of `PUT /api/me/locale`, and its answer: the language the person chose, kept with them; `null` to follow
 * each browser's languages again.
 */
export interface LocaleChoice {
  locale: ConsoleLocale | null
}

/** The answer of `GET /api/me`: what the SPA needs to draw itself for this person. */
export interface Me {
  user: {
    /** The identity's name, else its email, else its subject. */
    name: string
    email: string | null
    subject: string
    issuer: string
    groups: string[]
  }
  authMode: AuthMode
  /** The language the person chose in the console (from any browser); null until they choose one. */
  locale: ConsoleLocale | null
  /** Only the accounts the person has a role on. */
  accounts: MeAccount[]
  /** Absent when there is no console session (proxy and local modes). */
  session?: {
    /** ISO time. */
    expiresAt: string
    idleTimeoutSeconds: number
  }
}

/** What the resources carrying one value of a tag key cost over a period. */
export interface TagCost {
  value: string
  /** In the account's currency, rounded to the cent (see `CostByTag.total`). */
  cost: number
  /** The resources with a cost in the period that carry this value. */
  resources: number
}

/**
 * The answer of `GET /api/cost-by-tag?account=&key=&from=&to=` (`from` and `to` are UTC days, both included): the
 * period's consumption lines joined with the resources' tags by the console, so that a person who reads costs but
 * not resources sees cost per team, environment or owner. Lines of resources without the tag, and lines OUTSCALE
 * does not tie to a resource, are `untagged`. Each group is rounded to the cent so that the groups and `untagged`
 * add up exactly to `total`, the period's cost as the ungrouped consumption gives it.
 */
export interface CostByTag {
  account: string
  key: string
  from: string
  to: string
  currency?: string
  /** Most expensive first. */
  groups: TagCost[]
  untagged: TagCost
  total: number
}

/** One day of `DailyCostByTag`: that day's cost per value, rounded like `CostByTag` to add up to `total`. */
export interface DayTagCosts {
  /** YYYY-MM-DD (UTC). */
  day: string
  groups: TagCost[]
  untagged: TagCost
  total: number
}

/**
 * The answer of `GET /api/cost-by-tag/daily?account=&key=&from=&to=`: the same join as `CostByTag`, day by day, for
 * the chart by day stacked by the tag's values (at most 92 days).
 */
export interface DailyCostByTag {
  account: string
  key: string
  from: string
  to: string
  currency?: string
  days: DayTagCosts[]
}

/** One resource's cost over a period, as its consumption lines name it (no read of the resource itself). */
export interface ResourceCost {
  resourceId: string
  /** In the account's currency, rounded to the cent. */
  cost: number
  /** The Type of its costliest line (`BoxUsage:tinav6.c4r8p2`), and that line's service. */
  type?: string
  service?: string
}

/**
 * The answer of `GET /api/top-resources?account=&from=&to=` (UTC days, both included): the period's most expensive
 * resources, costliest first, from the same per-resource consumption lines as the cost by tag.
 */
export interface TopResources {
  account: string
  from: string
  to: string
  currency?: string
  resources: ResourceCost[]
}

/** One sample of a quota as the console's sampler read it (ReadQuotas). */
export interface QuotaTrendPoint {
  /** ISO-8601 time of the sample. */
  at: string
  used: number
  max: number
}

/**
 * One quota's samples, oldest first, and when it reaches its limit at the current pace: `perDay` is the slope of
 * the least-squares line through the samples (units per day). `full-at` gives `fullAt`; `full` when the latest
 * sample is at its limit; `not-at-this-pace` when flat or falling; `too-few-samples` before the second sample.
 */
export interface QuotaTrend {
  quotaType: string
  name: string
  samples: QuotaTrendPoint[]
  estimate: 'full-at' | 'full' | 'not-at-this-pace' | 'too-few-samples'
  perDay: number | null
  fullAt: string | null
}

/** The answer of `GET /api/quota-trend/:account`: every sampled quota of the account, and how it is sampled. */
export interface QuotaTrends {
  account: string
  sampleMinutes: number
  retentionDays: number
  quotas: QuotaTrend[]
}

/** What a run-rate line counts: the live resources OUTSCALE bills while they exist (or, for VMs, run). */
export type RunRateKind = 'vm' | 'volume' | 'volume-iops' | 'public-ip' | 'load-balancer' | 'nat-service'

/** The live resources of one kind and catalogue type, and what they cost if nothing changes. */
export interface RunRateLine {
  kind: RunRateKind
  /** The catalogue's Type (`BoxUsage:tinav6.c4r8p2`, `BSU:VolumeUsage:gp2`, `ElasticIP:IdleAddress`…). */
  type: string
  /** How many resources. */
  count: number
  /** The units priced: resources, or GiB for volumes, IOPS for provisioned IOPS. */
  quantity: number
  /** The catalogue's price of one unit, per `per`; null when the catalogue has no entry for the type. */
  unitPrice: number | null
  per: 'hour' | 'month'
  /** In the account's currency, unrounded; null without a unit price. */
  hourly: number | null
  monthly: number | null
}

/**
 * The answer of `GET /api/run-rate?account=`: what the account's live resources cost per hour and per month if
 * nothing changes, priced from its catalogue, and how that compares with the billed consumption of the last full
 * day (UTC). Lines only: the resources themselves never reach the person, so a billing person may see it.
 */
export interface RunRate {
  account: string
  currency?: string
  /** Most expensive first. */
  lines: RunRateLine[]
  hourly: number
  monthly: number
  /** A month of billing, in hours, as the catalogue's monthly prices count it. */
  hoursPerMonth: number
  lastDay: {
    /** The last full UTC day, YYYY-MM-DD. */
    day: string
    /** What ReadConsumptionAccount billed for it, with prices. */
    billed: number
    /** `hourly` × 24: the same day at today's run-rate. */
    estimated: number
  }
}

/** The answer of `GET /api/me/address`: the address the console sees for the person, for a "my IP" rule. */
export interface MeAddress {
  address: string
  version: 4 | 6
  /** Read from X-Forwarded-For of a trusted proxy rather than from the connection itself. */
  viaProxy: boolean
  /** False for private, loopback and link-local addresses, which OUTSCALE never sees traffic from. */
  isPublic: boolean
}

export type OperationItemStatus = 'pending' | 'succeeded' | 'failed' | 'unknown'

/** One resource of a bulk operation, as it settled. */
export interface OperationItem {
  resourceId: string
  status: OperationItemStatus
  /** Why a `failed` or `unknown` item did not succeed. */
  error?: Omit<ErrorBody, 'requestId'>
  /** OUTSCALE's RequestId for this item's call, when it answered with one. */
  requestId?: string
  /** The item's own action, when it is not the operation's (a clean-up deletes VMs, then volumes, then nets). */
  action?: ActionName
  /** Its stage: stages run in increasing order, each once the one before has settled. Absent means 0. */
  stage?: number
}

/** The answer of `GET /api/operations/:id`, and one entry of the list. */
export interface Operation {
  id: string
  account: string
  action: ActionName
  /** ISO time. */
  createdAt: string
  /** ISO time; absent while running. */
  finishedAt?: string
  status: 'running' | 'done'
  /** In the order they were given. */
  items: OperationItem[]
}

/** The answer of `POST /api/operations` (202): the id to read the results by. */
export interface OperationStarted {
  id: string
}

/** The answer of `GET /api/operations`: the person's own operations, newest first. */
export interface OperationList {
  operations: Operation[]
}

/** One configured binding: members of `group` hold `role` on the accounts matching `accounts` ('*' = all). */
export interface TeamBinding {
  group: string
  role: string
  accounts: string[]
}

/** What a role allows, counted from the role model over OUTSCALE's calls (never written by hand). */
export interface TeamRole {
  name: string
  builtIn: boolean
  /** Calls that read, allowed / all. */
  reads: { allowed: number; total: number }
  /** Calls that change something, allowed / all. */
  changes: { allowed: number; total: number }
  /** Whether it reads secrets (admin passwords, console output, access keys) in some family. */
  readsSecrets: boolean
  /** The resource families in which it may change something, by catalogue name (`vms`, `volumes`…). */
  changesFamilies: string[]
  /** For a custom role, its patterns as configured. */
  allow?: string[]
  deny?: string[]
}

/** A role a person holds on an account, and the bindings that give it. */
export interface TeamAccess {
  accountId: string
  accountName: string
  role: string
  bindings: TeamBinding[]
}

export interface TeamSession {
  /** A handle to end it by; not the cookie, nor usable as one. */
  id: string
  subject: string
  name: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  address: string | null
  browser: string | null
  /** The session of the browser asking. */
  current: boolean
}

export interface TeamPerson {
  subject: string
  name: string
  email: string | null
  lastSignInAt: string
  groups: string[]
  roles: { accountId: string; roles: string[] }[]
  activeSessions: number
}

/** GET /api/team: the team page for the person asking; `people` only for an admin, limited to their accounts. */
export interface TeamView {
  authMode: 'oidc' | 'proxy' | 'none'
  groups: string[]
  access: TeamAccess[]
  /** How the person's groups are kept current: read again every `everyMinutes`, at sign-in only, or per request. */
  groupsRefresh:
    | { kind: 'refresh'; everyMinutes: number }
    | { kind: 'sign-in-only'; sessionHours: number }
    | { kind: 'per-request' }
    | { kind: 'local' }
  bindings: TeamBinding[]
  roles: TeamRole[]
  /** The configuration file holding the bindings, when the console was started from one. */
  configFile: string | null
  sessions: TeamSession[]
  people: TeamPerson[] | null
}
