// Load-balancer settings as the API accepts them (listeners, health check), read back for the pages (backends
// healthy/total), and how often the live health is read: fast while a backend is changing, slower each time
// nothing changed, so a page left open on a quiet load balancer costs few ReadVmsHealth calls.
import type { BackendVmHealth, HealthCheck, ListenerForCreation, LoadBalancer } from '@osc-console/osc-api'
import { FAST_MS, SLOW_MS, THROTTLE_COOL_DOWN_MS, THROTTLE_FACTOR } from '@osc-console/data'
import { text, type Text } from '../../i18n/text.ts'

export const LISTENER_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'SSL'] as const
export type ListenerProtocol = (typeof LISTENER_PROTOCOLS)[number]

const isProtocol = (value: string | undefined): value is ListenerProtocol =>
  (LISTENER_PROTOCOLS as readonly string[]).includes((value ?? '').toUpperCase())

/** Protocols that end TLS on the load balancer and so need a server certificate (its ORN). */
export const needsCertificate = (protocol: string): boolean => {
  const p = protocol.toUpperCase()
  return p === 'HTTPS' || p === 'SSL'
}

export type ListenerField =
  'LoadBalancerProtocol' | 'LoadBalancerPort' | 'BackendProtocol' | 'BackendPort' | 'ServerCertificateId'

export interface Problem<Field extends string> {
  field: Field
  message: Text
}

const isPort = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535

/** Every reason the API would refuse this listener, including a port another listener already takes. */
export function validateListener(
  listener: ListenerForCreation,
  takenPorts: readonly number[] = [],
): Problem<ListenerField>[] {
  const problems: Problem<ListenerField>[] = []
  if (!isProtocol(listener.LoadBalancerProtocol))
    problems.push({ field: 'LoadBalancerProtocol', message: text('lb.listener.protocol') })
  if (listener.BackendProtocol !== undefined && !isProtocol(listener.BackendProtocol))
    problems.push({ field: 'BackendProtocol', message: text('lb.listener.protocol') })
  if (!isPort(listener.LoadBalancerPort))
    problems.push({ field: 'LoadBalancerPort', message: text('lb.listener.port') })
  else if (takenPorts.includes(listener.LoadBalancerPort))
    problems.push({
      field: 'LoadBalancerPort',
      message: text('lb.listener.portTaken', { port: listener.LoadBalancerPort }),
    })
  if (!isPort(listener.BackendPort))
    problems.push({ field: 'BackendPort', message: text('lb.listener.port') })
  if (needsCertificate(listener.LoadBalancerProtocol) && !listener.ServerCertificateId?.trim())
    problems.push({
      field: 'ServerCertificateId',
      message: text('lb.listener.certificate', { protocol: listener.LoadBalancerProtocol.toUpperCase() }),
    })
  return problems
}

/** The API's ranges for each health-check number (OUTSCALE spec, `HealthCheck`). */
export const HEALTH_CHECK_RANGES = {
  CheckInterval: { min: 5, max: 600 },
  HealthyThreshold: { min: 2, max: 10 },
  UnhealthyThreshold: { min: 2, max: 10 },
  Timeout: { min: 2, max: 60 },
  Port: { min: 1, max: 65535 },
} as const

export type HealthCheckField = keyof typeof HEALTH_CHECK_RANGES | 'Protocol' | 'Path'

export function validateHealthCheck(check: HealthCheck): Problem<HealthCheckField>[] {
  const problems: Problem<HealthCheckField>[] = []
  for (const [field, { min, max }] of Object.entries(HEALTH_CHECK_RANGES) as Array<
    [keyof typeof HEALTH_CHECK_RANGES, { min: number; max: number }]
  >) {
    const value = check[field]
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field, message: text('lb.healthCheck.range', { min, max }) })
  }
  if (!isProtocol(check.Protocol))
    problems.push({ field: 'Protocol', message: text('lb.healthCheck.protocol') })
  const http = ['HTTP', 'HTTPS'].includes(check.Protocol.toUpperCase())
  if (http && !check.Path?.startsWith('/'))
    problems.push({ field: 'Path', message: text('lb.healthCheck.path') })
  return problems
}

export interface BackendSummary {
  healthy: number
  total: number
  /** Registered but not yet judged, or judged OutOfService: what the list shows in a warning colour. */
  unhealthy: number
  unknown: number
}

/**
 * Backends healthy/total for the list and the detail header. Total is what is registered (from
 * ReadLoadBalancers); a VM the health answer does not mention yet counts as unknown.
 */
export function backendSummary(
  lb: LoadBalancer,
  health: readonly BackendVmHealth[] | undefined,
): BackendSummary {
  const registered = lb.BackendVmIds ?? []
  const byVm = new Map((health ?? []).map((h) => [h.VmId, h.State]))
  let healthy = 0
  let unhealthy = 0
  for (const vmId of registered) {
    const state = byVm.get(vmId)
    if (state === 'InService') healthy++
    else if (state === 'OutOfService') unhealthy++
  }
  return { healthy, total: registered.length, unhealthy, unknown: registered.length - healthy - unhealthy }
}

/** The health states as one comparable value, to tell whether anything changed since the last read. */
export function healthSignature(health: readonly BackendVmHealth[]): string {
  return health
    .map((h) => `${h.VmId ?? ''}=${h.State ?? ''}`)
    .sort()
    .join(',')
}

export interface HealthPollInput {
  /** The interval used for the read that just answered, or undefined for the first one. */
  previousMs: number | undefined
  /** The health states changed since the read before (or a backend was registered, deregistered, stopped). */
  changed: boolean
  /** A backend is not settled: Unknown, or OutOfService although its VM is running (registration in progress). */
  settling: boolean
  hidden: boolean
  lastThrottledAt: number | undefined
  now: number
}

/**
 * The next ReadVmsHealth interval in ms, or false to stop. Fast while something changes or settles; when nothing
 * changed, each read waits twice as long as the one before, up to the slow interval of the other lists.
 */
export function healthPollInterval(input: HealthPollInput): number | false {
  if (input.hidden) return false
  const base =
    input.changed || input.settling || input.previousMs === undefined
      ? FAST_MS
      : Math.min(SLOW_MS, Math.max(FAST_MS, unthrottled(input.previousMs, input) * 2))
  const throttledRecently =
    input.lastThrottledAt !== undefined && input.now - input.lastThrottledAt < THROTTLE_COOL_DOWN_MS
  return throttledRecently ? base * THROTTLE_FACTOR : base
}

/** The previous interval without the throttling stretch, so backing off does not compound it. */
function unthrottled(previousMs: number, input: HealthPollInput): number {
  const throttledBefore =
    input.lastThrottledAt !== undefined && input.now - input.lastThrottledAt < THROTTLE_COOL_DOWN_MS
  return throttledBefore ? previousMs / THROTTLE_FACTOR : previousMs
}

/** A backend that is still moving: not yet judged, or out of service while registration is in progress. */
export function isSettling(health: BackendVmHealth): boolean {
  if (health.State === 'Unknown' || health.State === undefined) return true
  return (
    health.State === 'OutOfService' &&
    health.StateReason === 'ELB' &&
    /registration/i.test(health.Description ?? '')
  )
}

export interface HealthPollMemo {
  /** The answer the interval was worked out for: TanStack Query asks on every render, not once per read. */
  answeredAt?: number
  signature?: string
  interval?: number | false
}

/**
 * The interval after the health answer of `answeredAt`, worked out once per answer (asking again for the same
 * answer must not back off twice), and what to remember for the next one.
 */
export function nextHealthPoll(
  memo: HealthPollMemo,
  input: {
    answeredAt: number
    /** The registered backends, so that registering or deregistering one counts as a change. */
    registered: string
    health: readonly BackendVmHealth[]
    hidden: boolean
    lastThrottledAt: number | undefined
    now: number
  },
): { memo: HealthPollMemo; interval: number | false } {
  if (memo.answeredAt === input.answeredAt && memo.interval !== undefined)
    return { memo, interval: memo.interval }
  const signature = `${input.registered}|${healthSignature(input.health)}`
  const interval = healthPollInterval({
    previousMs: memo.interval === false ? undefined : memo.interval,
    changed: memo.signature !== undefined && memo.signature !== signature,
    settling: input.health.some(isSettling),
    hidden: input.hidden,
    lastThrottledAt: input.lastThrottledAt,
    now: input.now,
  })
  return { memo: { answeredAt: input.answeredAt, signature, interval }, interval }
}
