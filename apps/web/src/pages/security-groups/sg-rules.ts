// Security-group rules as the API has them, checked before sending so a person learns what is wrong in the form
// rather than from a refusal, and read back for the list: counts, "open to the world", what uses a group.
// OUTSCALE stores a rule as protocol + port range (or ICMP type/code) + several sources; the sources are what
// `sg_rule_limit` counts and what a delete removes, so "a rule" in the console is one protocol/ports/source line.
import type {
  CreateSecurityGroupRuleRequest,
  DeleteSecurityGroupRuleRequest,
  LoadBalancer,
  MeAddress,
  Nic,
  SecurityGroup,
  SecurityGroupRule,
  SecurityGroupsMember,
  Vm,
} from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import { ALL, SENSITIVE_PORTS, normaliseProtocol, worldOpenPorts } from './sg-world.ts'

export { ALL, SENSITIVE_PORTS, normaliseProtocol, worldOpenPorts } from './sg-world.ts'

export type Flow = 'Inbound' | 'Outbound'

/** What a person enters for one rule; `fromPort`/`toPort` carry the ICMP type/code for icmp, as the API does. */
export interface RuleDraft {
  protocol: string
  fromPort?: number | undefined
  toPort?: number | undefined
  ipRanges: string[]
  /** Another group as source: `{ SecurityGroupId }` in this account, or `{ AccountId, SecurityGroupName }`. */
  groups: SecurityGroupsMember[]
}

export type RuleField = 'protocol' | 'fromPort' | 'toPort' | 'ipRanges' | 'groups'

export interface RuleProblem {
  field: RuleField
  message: Text
}

const hasPorts = (protocol: string | undefined) => protocol === 'tcp' || protocol === 'udp'

function ipv4(address: string): boolean {
  const parts = address.split('.')
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
}

function ipv6(address: string): boolean {
  let head = address
  let extra = 0
  // A trailing dotted IPv4 (::ffff:10.0.0.1) stands for two groups.
  const lastColon = head.lastIndexOf(':')
  if (head.includes('.')) {
    if (lastColon < 0 || !ipv4(head.slice(lastColon + 1))) return false
    head = `${head.slice(0, lastColon + 1)}0`
    extra = 1
  }
  const halves = head.split('::')
  if (halves.length > 2) return false
  const groups = (half: string | undefined) => (half ? half.split(':') : [])
  const all = [...groups(halves[0]), ...groups(halves[1])]
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false
  const count = all.length + extra
  return halves.length === 2 ? count <= 7 : count === 8
}

export type CidrVersion = 4 | 6

/** The IP version of a CIDR block (`10.0.0.0/16`, `2001:db8::/32`), or undefined when it is not one. */
export function cidrVersion(cidr: string): CidrVersion | undefined {
  const slash = cidr.indexOf('/')
  if (slash < 0) return undefined
  const address = cidr.slice(0, slash)
  const prefix = cidr.slice(slash + 1)
  if (!/^\d{1,3}$/.test(prefix)) return undefined
  if (ipv4(address)) return Number(prefix) <= 32 ? 4 : undefined
  if (ipv6(address)) return Number(prefix) <= 128 ? 6 : undefined
  return undefined
}

const inRange = (value: number | undefined, low: number, high: number): value is number =>
  value !== undefined && Number.isInteger(value) && value >= low && value <= high

/** Every reason the API would refuse this rule; empty when it can be sent. */
export function validateRule(draft: RuleDraft, where: { inNet: boolean }): RuleProblem[] {
  const problems: RuleProblem[] = []
  const protocol = normaliseProtocol(draft.protocol)
  if (protocol === undefined) {
    problems.push({
      field: 'protocol',
      message: text('sg.rule.protocolUnknown', { protocol: draft.protocol }),
    })
  } else if (!['tcp', 'udp', 'icmp', ALL].includes(protocol) && !where.inNet) {
    problems.push({ field: 'protocol', message: text('sg.rule.protocolNumberOutsideNet', { protocol }) })
  }
  if (hasPorts(protocol)) {
    const fromOk = inRange(draft.fromPort, 0, 65535)
    const toOk = inRange(draft.toPort, 0, 65535)
    if (!fromOk) problems.push({ field: 'fromPort', message: text('sg.rule.portRange') })
    if (!toOk) problems.push({ field: 'toPort', message: text('sg.rule.portRange') })
    if (fromOk && toOk && (draft.fromPort ?? 0) > (draft.toPort ?? 0)) {
      problems.push({ field: 'toPort', message: text('sg.rule.portOrder') })
    }
  } else if (protocol === 'icmp') {
    if (!inRange(draft.fromPort, -1, 255))
      problems.push({ field: 'fromPort', message: text('sg.rule.icmpType') })
    if (!inRange(draft.toPort, -1, 255)) problems.push({ field: 'toPort', message: text('sg.rule.icmpCode') })
  }
  for (const cidr of draft.ipRanges) {
    if (cidrVersion(cidr.trim()) === undefined)
      problems.push({ field: 'ipRanges', message: text('sg.rule.cidr', { cidr }) })
  }
  for (const group of draft.groups) {
    if (!group.SecurityGroupId && !group.SecurityGroupName)
      problems.push({ field: 'groups', message: text('sg.rule.groupMissing') })
    else if (group.AccountId !== undefined && !/^\d{12}$/.test(group.AccountId))
      problems.push({ field: 'groups', message: text('sg.rule.accountId', { accountId: group.AccountId }) })
  }
  if (draft.ipRanges.length === 0 && draft.groups.length === 0)
    problems.push({ field: 'ipRanges', message: text('sg.rule.noSource') })
  return problems
}

/** The draft as the API's rule: ports are -1 where the protocol has none. */
export function toApiRule(draft: RuleDraft): SecurityGroupRule {
  const protocol = normaliseProtocol(draft.protocol) ?? draft.protocol
  const ranged = hasPorts(protocol) || protocol === 'icmp'
  return {
    IpProtocol: protocol,
    FromPortRange: ranged ? (draft.fromPort ?? -1) : -1,
    ToPortRange: ranged ? (draft.toPort ?? -1) : -1,
    ...(draft.ipRanges.length > 0 ? { IpRanges: draft.ipRanges.map((c) => c.trim()) } : {}),
    ...(draft.groups.length > 0 ? { SecurityGroupsMembers: draft.groups } : {}),
  }
}

/** One CreateSecurityGroupRule call adding every rule at once (the API takes `Rules[]` for one flow). */
export function createRulesRequest(
  securityGroupId: string,
  flow: Flow,
  drafts: RuleDraft[],
  options: { dryRun?: boolean } = {},
): CreateSecurityGroupRuleRequest {
  return {
    SecurityGroupId: securityGroupId,
    Flow: flow,
    Rules: drafts.map(toApiRule),
    ...(options.dryRun ? { DryRun: true } : {}),
  }
}

/** One line of a group's rules: a protocol/port range and exactly one source, what a person adds or removes. */
export interface RuleLine {
  flow: Flow
  protocol: string
  fromPort: number
  toPort: number
  source: { kind: 'cidr'; cidr: string } | { kind: 'group'; member: SecurityGroupsMember }
}

export function ruleLines(group: SecurityGroup, flow: Flow): RuleLine[] {
  const rules = (flow === 'Inbound' ? group.InboundRules : group.OutboundRules) ?? []
  return rules.flatMap((rule) => {
    const base = {
      flow,
      protocol: rule.IpProtocol ?? ALL,
      fromPort: rule.FromPortRange ?? -1,
      toPort: rule.ToPortRange ?? -1,
    }
    return [
      ...(rule.IpRanges ?? []).map((cidr): RuleLine => ({ ...base, source: { kind: 'cidr', cidr } })),
      ...(rule.SecurityGroupsMembers ?? []).map((member): RuleLine => ({
        ...base,
        source: { kind: 'group', member },
      })),
    ]
  })
}

/** DeleteSecurityGroupRule for one line: removes that source only, the rule's other sources stay. */
export function deleteRuleRequest(securityGroupId: string, line: RuleLine): DeleteSecurityGroupRuleRequest {
  const rule: SecurityGroupRule = {
    IpProtocol: line.protocol,
    FromPortRange: line.fromPort,
    ToPortRange: line.toPort,
    ...(line.source.kind === 'cidr'
      ? { IpRanges: [line.source.cidr] }
      : { SecurityGroupsMembers: [line.source.member] }),
  }
  return { SecurityGroupId: securityGroupId, Flow: line.flow, Rules: [rule] }
}

/** Inbound and outbound rule lines, as `sg_rule_limit` counts them. */
export function ruleCounts(group: SecurityGroup): { inbound: number; outbound: number } {
  return { inbound: ruleLines(group, 'Inbound').length, outbound: ruleLines(group, 'Outbound').length }
}

export type PresetId = 'ssh' | 'http' | 'https' | 'rdp' | 'postgresql' | 'mysql' | 'ping'

export interface Preset {
  id: PresetId
  label: Text
  protocol: string
  fromPort: number
  toPort: number
}

const port = (id: PresetId, label: Text, n: number): Preset => ({
  id,
  label,
  protocol: 'tcp',
  fromPort: n,
  toPort: n,
})

/** Common services; ping is ICMP echo request (type 8, any code). */
export const presets: readonly Preset[] = [
  port('ssh', text('sg.preset.ssh'), 22),
  port('http', text('sg.preset.http'), 80),
  port('https', text('sg.preset.https'), 443),
  port('rdp', text('sg.preset.rdp'), 3389),
  port('postgresql', text('sg.preset.postgresql'), 5432),
  port('mysql', text('sg.preset.mysql'), 3306),
  { id: 'ping', label: text('sg.preset.ping'), protocol: 'icmp', fromPort: 8, toPort: -1 },
]

/** A preset as a draft from the given sources. */
export function presetDraft(preset: Preset, ipRanges: string[]): RuleDraft {
  return { protocol: preset.protocol, fromPort: preset.fromPort, toPort: preset.toPort, ipRanges, groups: [] }
}

/** "My IP" as a one-address block: /32 for IPv4, /128 for IPv6; undefined when the address is not an IP. */
export function myIpCidr(address: string): string | undefined {
  const bare = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  if (ipv4(bare)) return `${bare}/32`
  if (ipv6(bare)) return `${bare}/128`
  return undefined
}

export interface MyIp {
  cidr: string
  /** What the person should know before using it: it came through a proxy, or OUTSCALE will not see it. */
  notes: Text[]
}

/** The "my IP" source from `GET /api/me/address`, with the notes the form shows beside it. */
export function myIpSource(answer: MeAddress): MyIp | undefined {
  const cidr = myIpCidr(answer.address)
  if (cidr === undefined) return undefined
  const notes: Text[] = []
  if (answer.viaProxy) notes.push(text('sg.myIp.viaProxy', { address: answer.address }))
  if (!answer.isPublic) notes.push(text('sg.myIp.private', { address: answer.address }))
  return { cidr, notes }
}

export interface OpenToWorld {
  rule: SecurityGroupRule
  ports: number[]
  /** Says in words what is exposed, e.g. "SSH (22) and RDP (3389) are open to the whole internet." */
  message: Text
}

/** Inbound rules that expose a sensitive port to the internet: flagged on the rule, the list and the home page. */
export function openToWorld(group: SecurityGroup): OpenToWorld[] {
  return (group.InboundRules ?? []).flatMap((rule) => {
    const ports = worldOpenPorts(rule)
    if (ports.length === 0) return []
    return [{ rule, ports, message: worldMessage(ports) }]
  })
}

function worldMessage(ports: number[]): Text {
  const services = ports.map((p) => `${SENSITIVE_PORTS.get(p) ?? ''} (${p})`)
  return text('sg.openToWorld.rule', { services: services.join(', '), count: ports.length })
}

/** The flag of one inbound line, in words; undefined when it exposes nothing sensitive to the internet. */
export function lineOpenToWorld(line: RuleLine): Text | undefined {
  if (line.flow !== 'Inbound' || line.source.kind !== 'cidr') return undefined
  const ports = worldOpenPorts({
    IpProtocol: line.protocol,
    FromPortRange: line.fromPort,
    ToPortRange: line.toPort,
    IpRanges: [line.source.cidr],
  })
  return ports.length > 0 ? worldMessage(ports) : undefined
}

export interface GroupUsage {
  vms: string[]
  loadBalancers: string[]
  /** NICs not attached to a VM already listed: a VM's own NIC is part of the VM. */
  nics: string[]
}

const emptyUsage = (): GroupUsage => ({ vms: [], loadBalancers: [], nics: [] })

/**
 * What uses each group, from the answers of ReadVms, ReadLoadBalancers (by name, their id) and ReadNics.
 * Terminated VMs do not hold a group, so they are left out, as the API does when it checks a delete.
 */
export function groupUsage(reads: {
  vms: readonly Vm[]
  loadBalancers: readonly LoadBalancer[]
  nics: readonly Nic[]
}): Map<string, GroupUsage> {
  const usage = new Map<string, GroupUsage>()
  const of = (id: string | undefined) => {
    if (!id) return undefined
    let u = usage.get(id)
    if (!u) usage.set(id, (u = emptyUsage()))
    return u
  }
  const countedVms = new Set<string>()
  for (const vm of reads.vms) {
    if (!vm.VmId || vm.State === 'terminated') continue
    countedVms.add(vm.VmId)
    for (const sg of vm.SecurityGroups ?? []) of(sg.SecurityGroupId)?.vms.push(vm.VmId)
  }
  for (const lb of reads.loadBalancers) {
    for (const sg of lb.SecurityGroups ?? [])
      if (lb.LoadBalancerName) of(sg)?.loadBalancers.push(lb.LoadBalancerName)
  }
  for (const nic of reads.nics) {
    const vmId = nic.LinkNic?.VmId
    if (!nic.NicId || (vmId && countedVms.has(vmId))) continue
    for (const sg of nic.SecurityGroups ?? []) of(sg.SecurityGroupId)?.nics.push(nic.NicId)
  }
  return usage
}

export function usageCount(usage: GroupUsage | undefined): number {
  return usage ? usage.vms.length + usage.loadBalancers.length + usage.nics.length : 0
}

export type Verdict = { allowed: true } | { allowed: false; reason: Text }

/** Outbound rules exist only for groups in a Net: in the public cloud, everything may leave. */
export function canAddRules(group: SecurityGroup, flow: Flow): Verdict {
  return flow === 'Outbound' && !group.NetId
    ? { allowed: false, reason: text('sg.rules.outboundNeedsNet') }
    : { allowed: true }
}

/** A delete the API would refuse is refused up front, saying what still holds the group. */
export function canDeleteGroup(group: SecurityGroup, usage: GroupUsage | undefined): Verdict {
  if (group.SecurityGroupName === 'default') return { allowed: false, reason: text('sg.delete.default') }
  const n = usageCount(usage)
  if (n === 0) return { allowed: true }
  return {
    allowed: false,
    reason: text('sg.delete.inUse', {
      vms: usage?.vms.length ?? 0,
      loadBalancers: usage?.loadBalancers.length ?? 0,
      nics: usage?.nics.length ?? 0,
    }),
  }
}
