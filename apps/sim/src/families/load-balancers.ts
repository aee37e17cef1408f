// Load balancers: listeners, backend VMs (register/deregister, link/unlink), health-check settings, health of
// each backend as its checks see it over time (lb-health.ts), sticky-cookie policies, tags and the DNS name.
import { createHash } from 'node:crypto'
import type { HealthCheck, Listener, ListenerForCreation, LoadBalancer } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, copyTags, defineUsage, must } from './common.ts'
import { backendHealth, forgetLoadBalancer, noteDeregistered, noteRegistered } from './lb-health.ts'
import { forgetListenerRules } from './listener-rules.ts'
import { assertCertificate } from './server-certificates.ts'
import { subnets } from './nets.ts'
import { securityGroups } from './security-groups.ts'

export const LOAD_BALANCERS = 'load-balancers'

/** Keyed by LoadBalancerName (the API's id for load balancers). */
export function loadBalancers(account: AccountState): Map<string, LoadBalancer> {
  return account.store<LoadBalancer>(LOAD_BALANCERS)
}

defineUsage('lb_limit', (a) => loadBalancers(a).size)

export function findLb(account: AccountState, name: string): LoadBalancer {
  return must(
    loadBalancers(account).get(name),
    'noSuchLoadBalancer',
    `The load balancer ${name} does not exist.`,
  )
}

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'SSL']

function toListener(l: ListenerForCreation): Listener {
  const lbProtocol = l.LoadBalancerProtocol.toUpperCase()
  if (!PROTOCOLS.includes(lbProtocol))
    throw oscError('invalidProtocol', `LoadBalancerProtocol must be one of ${PROTOCOLS.join(', ')}.`)
  for (const port of [l.LoadBalancerPort, l.BackendPort]) {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw oscError('invalidRange', 'Listener ports must be 1–65535.')
  }
  if ((lbProtocol === 'HTTPS' || lbProtocol === 'SSL') && !l.ServerCertificateId) {
    throw oscError('missingParameter', `A ${lbProtocol} listener needs ServerCertificateId.`)
  }
  return {
    LoadBalancerPort: l.LoadBalancerPort,
    LoadBalancerProtocol: lbProtocol,
    BackendPort: l.BackendPort,
    BackendProtocol: (l.BackendProtocol ?? lbProtocol).toUpperCase(),
    PolicyNames: [],
    ...(l.ServerCertificateId ? { ServerCertificateId: l.ServerCertificateId } : {}),
  }
}

export function addLoadBalancer(
  world: World,
  account: AccountState,
  spec: {
    name: string
    listeners: ListenerForCreation[]
    subregions?: string[]
    subnets?: string[]
    securityGroups?: string[]
    internal?: boolean
    tags?: Array<{ Key: string; Value: string }>
    createdAt?: number
  },
): LoadBalancer {
  const listeners = spec.listeners.map(toListener)
  const first = listeners[0]
  const netId = spec.subnets?.[0] ? subnets(account).get(spec.subnets[0])?.NetId : undefined
  const hash = createHash('sha256').update(`${account.accountId}:${spec.name}`).digest('hex').slice(0, 10)
  const lb: LoadBalancer = {
    LoadBalancerName: spec.name,
    LoadBalancerType: spec.internal ? 'internal' : 'internet-facing',
    DnsName: `${spec.name}-${hash}.${account.region}.lbu.outscale.com`,
    Listeners: listeners,
    BackendVmIds: [],
    BackendIps: [],
    HealthCheck: {
      CheckInterval: 30,
      HealthyThreshold: 10,
      UnhealthyThreshold: 2,
      Timeout: 5,
      Port: first?.BackendPort ?? 80,
      Protocol: 'TCP',
    },
    AccessLog: { IsEnabled: false, PublicationInterval: 60 },
    ApplicationStickyCookiePolicies: [],
    LoadBalancerStickyCookiePolicies: [],
    SecuredCookies: false,
    SecurityGroups: spec.securityGroups ?? [],
    SourceSecurityGroup: { SecurityGroupAccountId: 'outscale-elb', SecurityGroupName: 'outscale-elb-sg' },
    State: 'active',
    Subnets: spec.subnets ?? [],
    SubregionNames: spec.subregions ?? (spec.subnets ? [] : [account.subregions[0] ?? '']),
    Tags: copyTags(spec.tags),
    ...(netId ? { NetId: netId } : {}),
    ...(spec.internal
      ? {}
      : {
          PublicIp: `${account.region === 'us-east-2' ? '142.44' : '171.33'}.${world.rng.int(10, 60)}.${world.rng.int(1, 254)}`,
        }),
  }
  loadBalancers(account).set(spec.name, lb)
  account.register(spec.name, 'load-balancer', lb)
  account.startMeter({
    resourceId: spec.name,
    service: 'TinaOS-LBU',
    type: 'LBU:Usage',
    operation: 'CreateLoadBalancer',
    subregionName: lb.SubregionNames?.[0] ?? account.subregions[0] ?? '',
    unitsPerHour: 1,
    start: spec.createdAt ?? world.clock.now(),
  })
  return lb
}

function checkVms(account: AccountState, ids: string[]): void {
  for (const id of ids) {
    const e = account.registry.get(id)
    if (!e || e.type !== 'vm') throw oscError('noSuchVm', `The VM ${id} does not exist.`)
  }
}

function checkHealthCheck(h: HealthCheck): void {
  const within = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw oscError('invalidRange', `HealthCheck.${name} must be between ${lo} and ${hi}.`)
  }
  within(h.CheckInterval, 5, 600, 'CheckInterval')
  within(h.HealthyThreshold, 2, 10, 'HealthyThreshold')
  within(h.UnhealthyThreshold, 2, 10, 'UnhealthyThreshold')
  within(h.Timeout, 2, 60, 'Timeout')
  within(h.Port, 1, 65535, 'Port')
  if (!['HTTP', 'HTTPS', 'TCP', 'SSL'].includes(h.Protocol.toUpperCase())) {
    throw oscError('invalidProtocol', 'HealthCheck.Protocol must be HTTP, HTTPS, TCP or SSL.')
  }
  if ((h.Protocol.toUpperCase() === 'HTTP' || h.Protocol.toUpperCase() === 'HTTPS') && !h.Path) {
    throw oscError('missingParameter', 'HealthCheck.Path is required for HTTP and HTTPS checks.')
  }
}

export const handlers: HandlerMap = {
  CreateLoadBalancer: (req, ctx) => {
    if (!/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/.test(req.LoadBalancerName)) {
      throw oscError(
        'invalidLbName',
        'LoadBalancerName must be 1–32 letters, digits or hyphens, not starting or ending with a hyphen.',
      )
    }
    if (loadBalancers(ctx.account).has(req.LoadBalancerName)) {
      throw oscError('duplicateLbName', `A load balancer named ${req.LoadBalancerName} already exists.`)
    }
    if (req.Listeners.length === 0) throw oscError('missingParameter', 'Give at least one listener.')
    for (const l of req.Listeners) assertCertificate(ctx.account, l.ServerCertificateId)
    for (const s of req.Subnets ?? [])
      if (!subnets(ctx.account).has(s)) throw oscError('noSuchSubnet', `The Subnet ${s} does not exist.`)
    for (const s of req.SecurityGroups ?? []) {
      if (!securityGroups(ctx.account).has(s))
        throw oscError('noSuchGroup', `The security group ${s} does not exist.`)
    }
    for (const s of req.SubregionNames ?? []) {
      if (!ctx.account.subregions.includes(s))
        throw oscError('noSuchSubregion', `The Subregion ${s} is not in ${ctx.account.region}.`)
    }
    assertQuota(ctx.account, 'lb_limit', 1, 'tooManyLoadBalancers')
    const lb = addLoadBalancer(ctx.world, ctx.account, {
      name: req.LoadBalancerName,
      listeners: req.Listeners,
      internal: req.LoadBalancerType === 'internal',
      ...(req.SubregionNames ? { subregions: req.SubregionNames } : {}),
      ...(req.Subnets ? { subnets: req.Subnets } : {}),
      ...(req.SecurityGroups ? { securityGroups: req.SecurityGroups } : {}),
      ...(req.Tags ? { tags: req.Tags } : {}),
    })
    return { LoadBalancer: lb }
  },
  ReadLoadBalancers: (req, ctx) => {
    const { page } = readList(loadBalancers(ctx.account).values(), req, {
      LoadBalancerNames: 'LoadBalancerName',
      States: 'State',
    })
    return { LoadBalancers: page }
  },
  UpdateLoadBalancer: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    if (req.HealthCheck) {
      checkHealthCheck(req.HealthCheck)
      lb.HealthCheck = { ...req.HealthCheck, Protocol: req.HealthCheck.Protocol.toUpperCase() }
    }
    if (req.AccessLog) lb.AccessLog = { ...lb.AccessLog, ...req.AccessLog }
    if (req.SecuredCookies !== undefined) lb.SecuredCookies = req.SecuredCookies
    if (req.SecurityGroups) {
      for (const s of req.SecurityGroups)
        if (!securityGroups(ctx.account).has(s))
          throw oscError('noSuchGroup', `The security group ${s} does not exist.`)
      lb.SecurityGroups = req.SecurityGroups
    }
    if (req.PublicIp !== undefined) lb.PublicIp = req.PublicIp
    if (req.LoadBalancerPort !== undefined) {
      const listener = lb.Listeners?.find((l) => l.LoadBalancerPort === req.LoadBalancerPort)
      if (!listener) throw oscError('noSuchListener', `No listener on port ${req.LoadBalancerPort}.`)
      if (req.PolicyNames) {
        const known = [
          ...(lb.ApplicationStickyCookiePolicies ?? []),
          ...(lb.LoadBalancerStickyCookiePolicies ?? []),
        ].map((p) => p.PolicyName)
        for (const p of req.PolicyNames)
          if (!known.includes(p))
            throw oscError('noSuchStickyPolicy', `The policy ${p} does not exist on this load balancer.`)
        listener.PolicyNames = req.PolicyNames
      }
      if (req.ServerCertificateId) {
        assertCertificate(ctx.account, req.ServerCertificateId)
        listener.ServerCertificateId = req.ServerCertificateId
      }
    }
    return { LoadBalancer: lb }
  },
  DeleteLoadBalancer: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    forgetLoadBalancer(ctx.account, req.LoadBalancerName, lb.BackendVmIds ?? [])
    forgetListenerRules(ctx.account, req.LoadBalancerName)
    loadBalancers(ctx.account).delete(req.LoadBalancerName)
    ctx.account.unregister(req.LoadBalancerName)
    ctx.account.stopMeters(req.LoadBalancerName, ctx.now)
    return {}
  },
  RegisterVmsInLoadBalancer: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    checkVms(ctx.account, req.BackendVmIds)
    noteRegistered(ctx.account, lb, req.BackendVmIds, ctx.now)
    lb.BackendVmIds = [...new Set([...(lb.BackendVmIds ?? []), ...req.BackendVmIds])]
    return {}
  },
  DeregisterVmsInLoadBalancer: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    noteDeregistered(ctx.account, req.LoadBalancerName, req.BackendVmIds)
    lb.BackendVmIds = (lb.BackendVmIds ?? []).filter((id) => !req.BackendVmIds.includes(id))
    return {}
  },
  LinkLoadBalancerBackendMachines: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    if (!req.BackendVmIds?.length && !req.BackendIps?.length)
      throw oscError('missingParameter', 'Give BackendVmIds or BackendIps.')
    checkVms(ctx.account, req.BackendVmIds ?? [])
    noteRegistered(ctx.account, lb, req.BackendVmIds ?? [], ctx.now)
    lb.BackendVmIds = [...new Set([...(lb.BackendVmIds ?? []), ...(req.BackendVmIds ?? [])])]
    lb.BackendIps = [...new Set([...(lb.BackendIps ?? []), ...(req.BackendIps ?? [])])]
    return {}
  },
  UnlinkLoadBalancerBackendMachines: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    noteDeregistered(ctx.account, req.LoadBalancerName, req.BackendVmIds ?? [])
    lb.BackendVmIds = (lb.BackendVmIds ?? []).filter((id) => !(req.BackendVmIds ?? []).includes(id))
    lb.BackendIps = (lb.BackendIps ?? []).filter((ip) => !(req.BackendIps ?? []).includes(ip))
    return {}
  },
  ReadVmsHealth: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    if (req.BackendVmIds) {
      for (const id of req.BackendVmIds) {
        if (!lb.BackendVmIds?.includes(id))
          throw oscError('invalidParameterValue', `The VM ${id} is not a backend of ${req.LoadBalancerName}.`)
      }
    }
    return { BackendVmHealth: backendHealth(ctx.account, lb, ctx.now, req.BackendVmIds) }
  },
  CreateLoadBalancerListeners: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    const added = req.Listeners.map(toListener)
    for (const l of added) assertCertificate(ctx.account, l.ServerCertificateId)
    for (const l of added) {
      if (lb.Listeners?.some((x) => x.LoadBalancerPort === l.LoadBalancerPort)) {
        throw oscError('duplicateListener', `A listener already uses port ${l.LoadBalancerPort ?? ''}.`)
      }
    }
    ;(lb.Listeners ??= []).push(...added)
    return { LoadBalancer: lb }
  },
  DeleteLoadBalancerListeners: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    for (const port of req.LoadBalancerPorts) {
      if (!lb.Listeners?.some((l) => l.LoadBalancerPort === port))
        throw oscError('noSuchListener', `No listener on port ${port}.`)
    }
    lb.Listeners = (lb.Listeners ?? []).filter(
      (l) => !req.LoadBalancerPorts.includes(l.LoadBalancerPort ?? -1),
    )
    forgetListenerRules(ctx.account, req.LoadBalancerName, req.LoadBalancerPorts)
    return { LoadBalancer: lb }
  },
  CreateLoadBalancerTags: (req, ctx) => {
    const lbs = req.LoadBalancerNames.map((n) => findLb(ctx.account, n))
    for (const lb of lbs) {
      const tags = (lb.Tags ??= [])
      for (const t of req.Tags) {
        const existing = tags.find((x) => x.Key === t.Key)
        if (existing) existing.Value = t.Value
        else tags.push({ Key: t.Key, Value: t.Value })
      }
      ctx.account.refreshSentinel(lb.LoadBalancerName ?? '')
    }
    return {}
  },
  DeleteLoadBalancerTags: (req, ctx) => {
    for (const lb of req.LoadBalancerNames.map((n) => findLb(ctx.account, n))) {
      lb.Tags = (lb.Tags ?? []).filter((t) => !req.Tags.some((d) => d.Key === t.Key))
      ctx.account.refreshSentinel(lb.LoadBalancerName ?? '')
    }
    return {}
  },
  ReadLoadBalancerTags: (req, ctx) => ({
    Tags: req.LoadBalancerNames.flatMap((n) =>
      (findLb(ctx.account, n).Tags ?? []).map((t) => ({ LoadBalancerName: n, Key: t.Key, Value: t.Value })),
    ),
  }),
  CreateLoadBalancerPolicy: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    const all = [
      ...(lb.ApplicationStickyCookiePolicies ?? []),
      ...(lb.LoadBalancerStickyCookiePolicies ?? []),
    ]
    if (all.some((p) => p.PolicyName === req.PolicyName)) {
      throw oscError(
        'duplicateStickyPolicy',
        `A policy named ${req.PolicyName} already exists on ${req.LoadBalancerName}.`,
      )
    }
    if (req.PolicyType === 'app') {
      if (!req.CookieName) throw oscError('missingParameter', 'CookieName is required for an app policy.')
      ;(lb.ApplicationStickyCookiePolicies ??= []).push({
        PolicyName: req.PolicyName,
        CookieName: req.CookieName,
      })
    } else if (req.PolicyType === 'load_balancer') {
      ;(lb.LoadBalancerStickyCookiePolicies ??= []).push({
        PolicyName: req.PolicyName,
        ...(req.CookieExpirationPeriod !== undefined
          ? { CookieExpirationPeriod: req.CookieExpirationPeriod }
          : {}),
      })
    } else throw oscError('invalidParameterValue', 'PolicyType must be app or load_balancer.')
    return { LoadBalancer: lb }
  },
  DeleteLoadBalancerPolicy: (req, ctx) => {
    const lb = findLb(ctx.account, req.LoadBalancerName)
    const before =
      (lb.ApplicationStickyCookiePolicies?.length ?? 0) + (lb.LoadBalancerStickyCookiePolicies?.length ?? 0)
    lb.ApplicationStickyCookiePolicies = (lb.ApplicationStickyCookiePolicies ?? []).filter(
      (p) => p.PolicyName !== req.PolicyName,
    )
    lb.LoadBalancerStickyCookiePolicies = (lb.LoadBalancerStickyCookiePolicies ?? []).filter(
      (p) => p.PolicyName !== req.PolicyName,
    )
    if (before === lb.ApplicationStickyCookiePolicies.length + lb.LoadBalancerStickyCookiePolicies.length) {
      throw oscError(
        'noSuchStickyPolicy',
        `The policy ${req.PolicyName} does not exist on ${req.LoadBalancerName}.`,
      )
    }
    for (const l of lb.Listeners ?? [])
      l.PolicyNames = (l.PolicyNames ?? []).filter((p) => p !== req.PolicyName)
    return { LoadBalancer: lb }
  },
}
