// The load-balancer forms as data: listener and health-check drafts as the fields hold them, the problems the
// API would refuse them for (from lb-rules.ts, placed on the fields), and the requests they become.
import type { AccessLog, HealthCheck, ListenerForCreation, ResourceTag } from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import {
  needsCertificate,
  validateHealthCheck,
  validateListener,
  type HealthCheckField,
  type ListenerField,
} from './lb-rules.ts'

export interface ListenerDraft {
  protocol: string
  port: number
  backendProtocol: string
  backendPort: number
  /** The server certificate's ORN, for HTTPS and SSL. */
  certificate: string
}

export const newListener = (): ListenerDraft => ({
  protocol: 'HTTP',
  port: 80,
  backendProtocol: 'HTTP',
  backendPort: 8080,
  certificate: '',
})

export function listenerRequest(d: ListenerDraft): ListenerForCreation {
  return {
    LoadBalancerProtocol: d.protocol,
    LoadBalancerPort: d.port,
    BackendProtocol: d.backendProtocol,
    BackendPort: d.backendPort,
    ...(needsCertificate(d.protocol) && d.certificate ? { ServerCertificateId: d.certificate } : {}),
  }
}

const LISTENER_FIELDS: Record<ListenerField, keyof ListenerDraft> = {
  LoadBalancerProtocol: 'protocol',
  LoadBalancerPort: 'port',
  BackendProtocol: 'backendProtocol',
  BackendPort: 'backendPort',
  ServerCertificateId: 'certificate',
}

/**
 * The problems of each listener, keyed `listeners.<n>.<field>`: what the API refuses, including a port that
 * another listener of the form, or one the load balancer already has, takes.
 */
export function listenerProblems(
  drafts: readonly ListenerDraft[],
  existingPorts: readonly number[] = [],
): Record<string, Text> {
  const problems: Record<string, Text> = {}
  drafts.forEach((d, i) => {
    const taken = [...existingPorts, ...drafts.slice(0, i).map((o) => o.port)]
    for (const p of validateListener(listenerRequest(d), taken))
      problems[`listeners.${i}.${LISTENER_FIELDS[p.field]}`] ??= p.message
  })
  return problems
}

/** Which form field shows the server's problem with a listener parameter. */
export type ListenerPath = `listeners.${number}.${keyof ListenerDraft}`

export function listenerParameterFields(count: number): Record<string, ListenerPath> {
  const fields: Record<string, ListenerPath> = {}
  for (let i = 0; i < count; i++)
    for (const [param, field] of Object.entries(LISTENER_FIELDS))
      fields[`Listeners[${i}].${param}`] = `listeners.${i}.${field}`
  return fields
}

export type HealthCheckDraft = Required<Omit<HealthCheck, 'Path'>> & { Path: string }

export const defaultHealthCheck = (): HealthCheckDraft => ({
  Protocol: 'HTTP',
  Port: 8080,
  Path: '/',
  CheckInterval: 30,
  Timeout: 5,
  HealthyThreshold: 10,
  UnhealthyThreshold: 2,
})

export function healthCheckDraft(check: HealthCheck | undefined): HealthCheckDraft {
  return check ? { ...defaultHealthCheck(), ...check, Path: check.Path ?? '' } : defaultHealthCheck()
}

const usesPath = (protocol: string) => ['HTTP', 'HTTPS'].includes(protocol.toUpperCase())

export function healthCheckRequest(d: HealthCheckDraft): HealthCheck {
  const { Path, ...rest } = d
  return usesPath(d.Protocol) ? { ...rest, Path } : rest
}

/** The problems of a health check, keyed `<prefix>.<field>`. */
export function healthCheckProblems(d: HealthCheckDraft, prefix: string): Record<string, Text> {
  const problems: Record<string, Text> = {}
  for (const p of validateHealthCheck(healthCheckRequest(d)))
    problems[`${prefix}.${p.field satisfies HealthCheckField}`] ??= p.message
  return problems
}

export type HealthCheckPath = `healthCheck.${keyof HealthCheckDraft}`

export function healthCheckParameterFields(): Record<string, HealthCheckPath> {
  const fields: (keyof HealthCheckDraft)[] = [
    'CheckInterval',
    'HealthyThreshold',
    'UnhealthyThreshold',
    'Timeout',
    'Port',
    'Protocol',
    'Path',
  ]
  return Object.fromEntries(fields.map((f) => [`HealthCheck.${f}`, `healthCheck.${f}` as const]))
}

export interface CreateLbForm {
  name: string
  type: 'internet-facing' | 'internal'
  /** Where it lives: in subnets of a Net, or in Subregions of the public cloud. */
  placement: 'subnets' | 'subregion'
  subnets: string[]
  subregion: string
  securityGroups: string[]
  listeners: ListenerDraft[]
  backends: string[]
  healthCheck: HealthCheckDraft
  tags: ResourceTag[]
}

export const initialCreateForm = (): CreateLbForm => ({
  name: '',
  type: 'internet-facing',
  placement: 'subregion',
  subnets: [],
  subregion: '',
  securityGroups: [],
  listeners: [newListener()],
  backends: [],
  healthCheck: defaultHealthCheck(),
  tags: [],
})

/** OUTSCALE: 1–32 characters, letters, digits and hyphens, not starting or ending with a hyphen. */
export function lbNameProblem(name: string): Text | undefined {
  const n = name.trim()
  if (!n) return text('lb.form.name.required')
  if (n.length > 32 || !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(n))
    return text('lb.form.name.invalid')
  return undefined
}

export function createProblems(f: CreateLbForm): Record<string, Text | undefined> {
  return {
    name: lbNameProblem(f.name),
    ...(f.placement === 'subnets' && f.subnets.length === 0
      ? { subnets: text('lb.form.subnets.required') }
      : {}),
    ...(f.placement === 'subregion' && !f.subregion ? { subregion: text('lb.form.subregion.required') } : {}),
    ...(f.listeners.length === 0 ? { listeners: text('lb.form.listeners.required') } : {}),
    ...listenerProblems(f.listeners),
    ...healthCheckProblems(f.healthCheck, 'healthCheck'),
  }
}

export function createRequest(f: CreateLbForm) {
  const tags = f.tags.filter((t) => t.Key.trim())
  return {
    LoadBalancerName: f.name.trim(),
    Listeners: f.listeners.map(listenerRequest),
    ...(f.type === 'internal' ? { LoadBalancerType: 'internal' } : {}),
    ...(f.placement === 'subnets' ? { Subnets: f.subnets } : { SubregionNames: [f.subregion] }),
    ...(f.securityGroups.length ? { SecurityGroups: f.securityGroups } : {}),
    ...(tags.length ? { Tags: tags } : {}),
  }
}

export const createParameterFields = (
  f: CreateLbForm,
): Record<string, keyof CreateLbForm | ListenerPath | HealthCheckPath> => ({
  LoadBalancerName: 'name',
  Subnets: 'subnets',
  SubregionNames: 'subregion',
  SecurityGroups: 'securityGroups',
  Listeners: 'listeners',
  ...listenerParameterFields(f.listeners.length),
  BackendVmIds: 'backends',
  ...healthCheckParameterFields(),
  Tags: 'tags',
})

export interface AccessLogDraft {
  enabled: boolean
  bucket: string
  prefix: string
  /** Minutes: OUTSCALE publishes every 5 or every 60. */
  interval: '5' | '60'
}

export function accessLogDraft(log: AccessLog | undefined): AccessLogDraft {
  return {
    enabled: log?.IsEnabled ?? false,
    bucket: log?.OsuBucketName ?? '',
    prefix: log?.OsuBucketPrefix ?? '',
    interval: log?.PublicationInterval === 5 ? '5' : '60',
  }
}

export function accessLogRequest(d: AccessLogDraft): AccessLog {
  return {
    IsEnabled: d.enabled,
    ...(d.bucket.trim() ? { OsuBucketName: d.bucket.trim() } : {}),
    ...(d.prefix.trim() ? { OsuBucketPrefix: d.prefix.trim() } : {}),
    PublicationInterval: Number(d.interval),
  }
}

export function accessLogProblems(d: AccessLogDraft): Record<string, Text | undefined> {
  return { bucket: d.enabled && !d.bucket.trim() ? text('lb.accessLog.bucketRequired') : undefined }
}

export interface PolicyDraft {
  type: 'load_balancer' | 'app'
  name: string
  /** Seconds, for a load-balancer cookie; empty for the browser session. */
  expiration: string
  /** The application's cookie, for an app policy. */
  cookie: string
}

export const newPolicy = (): PolicyDraft => ({ type: 'load_balancer', name: '', expiration: '', cookie: '' })

export function policyProblems(
  d: PolicyDraft,
  existing: readonly string[],
): Record<string, Text | undefined> {
  const name = d.name.trim()
  const expiration = d.expiration.trim()
  return {
    name: !name
      ? text('lb.form.name.required')
      : name.length > 32 || !/^[A-Za-z0-9-]+$/.test(name)
        ? text('lb.policy.nameInvalid')
        : existing.includes(name)
          ? text('lb.policy.nameTaken', { name })
          : undefined,
    expiration:
      d.type === 'load_balancer' && expiration && !(/^\d+$/.test(expiration) && Number(expiration) >= 1)
        ? text('lb.policy.expirationInvalid')
        : undefined,
    cookie:
      d.type === 'app' && (!d.cookie.trim() || d.cookie.trim().length > 255)
        ? text('lb.policy.cookieRequired')
        : undefined,
  }
}

export function policyRequest(lbName: string, d: PolicyDraft) {
  return {
    LoadBalancerName: lbName,
    PolicyName: d.name.trim(),
    PolicyType: d.type,
    ...(d.type === 'app' ? { CookieName: d.cookie.trim() } : {}),
    ...(d.type === 'load_balancer' && d.expiration.trim()
      ? { CookieExpirationPeriod: Number(d.expiration.trim()) }
      : {}),
  }
}
