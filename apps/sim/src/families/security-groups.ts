// Security groups and their rules: inbound/outbound, IP ranges and security-group members; a duplicate rule is a
// conflict, and a group still used by a VM, a NIC or a load balancer cannot be deleted.
import type { SecurityGroup, SecurityGroupRule, SecurityGroupsMember } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage, must } from './common.ts'

export const SECURITY_GROUPS = 'security-groups'

export function securityGroups(account: AccountState): Map<string, SecurityGroup> {
  return account.store<SecurityGroup>(SECURITY_GROUPS)
}

defineUsage('sg_limit', (a) => securityGroups(a).size)

export function addSecurityGroup(
  world: World,
  account: AccountState,
  name: string,
  description: string,
  netId?: string,
): SecurityGroup {
  const id = world.newId('sg')
  const sg: SecurityGroup = {
    SecurityGroupId: id,
    SecurityGroupName: name,
    Description: description,
    AccountId: account.accountId,
    InboundRules: [],
    // New groups let everything out, as on the API.
    OutboundRules: netId
      ? [
          {
            IpProtocol: '-1',
            FromPortRange: -1,
            ToPortRange: -1,
            IpRanges: ['0.0.0.0/0'],
            SecurityGroupsMembers: [],
            ServiceIds: [],
          },
        ]
      : [],
    Tags: [],
    ...(netId ? { NetId: netId } : {}),
  }
  securityGroups(account).set(id, sg)
  account.register(id, 'security-group', sg)
  return sg
}

export function defaultSecurityGroup(world: World, account: AccountState, netId?: string): SecurityGroup {
  for (const sg of securityGroups(account).values()) {
    if (sg.SecurityGroupName === 'default' && (sg.NetId ?? undefined) === netId) return sg
  }
  return addSecurityGroup(world, account, 'default', 'Default security group', netId)
}

function findGroup(account: AccountState, id: string): SecurityGroup {
  return must(securityGroups(account).get(id), 'noSuchGroup', `The security group ${id} does not exist.`)
}

export interface RuleInput {
  protocol: string
  from: number
  to: number
  ipRanges: string[]
  members: SecurityGroupsMember[]
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

function checkCidr(range: string): void {
  const m = CIDR.exec(range)
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) {
    throw oscError('invalidIpAddress', `${range} is not an IPv4 CIDR block (e.g. 10.0.0.0/16).`)
  }
}

/** tcp, udp, icmp, -1, or (in a Net only, as the API allows) another IANA protocol number 0–255. */
function normaliseProtocol(p: string | undefined, inNet: boolean): string {
  const v = (p ?? '-1').toLowerCase()
  const named: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1' }
  const out = named[v] ?? v
  if (['tcp', 'udp', 'icmp', '-1'].includes(out)) return out
  if (/^\d{1,3}$/.test(out) && Number(out) <= 255) {
    if (inNet) return String(Number(out))
    throw oscError(
      'invalidProtocol',
      `IpProtocol ${out} is a protocol number, which only security groups in a Net accept; use tcp, udp, icmp or -1.`,
    )
  }
  throw oscError(
    'invalidProtocol',
    `IpProtocol must be tcp, udp, icmp, -1 (all) or a protocol number, not "${p ?? ''}".`,
  )
}

function rulesFromRequest(
  ctx: Ctx,
  req: {
    Rules?: SecurityGroupRule[]
    IpProtocol?: string
    FromPortRange?: number
    ToPortRange?: number
    IpRange?: string
  },
  memberAccount: string | undefined,
  memberName: string | undefined,
  inNet: boolean,
): RuleInput[] {
  const out: RuleInput[] = []
  if (req.Rules && req.Rules.length > 0) {
    for (const r of req.Rules) {
      out.push({
        protocol: normaliseProtocol(r.IpProtocol, inNet),
        from: r.FromPortRange ?? -1,
        to: r.ToPortRange ?? -1,
        ipRanges: r.IpRanges ?? [],
        members: (r.SecurityGroupsMembers ?? []).map((m) => ({
          ...m,
          AccountId: m.AccountId ?? ctx.account.accountId,
        })),
      })
    }
  } else {
    const members: SecurityGroupsMember[] = []
    if (memberName) {
      const sg = [...securityGroups(ctx.account).values()].find(
        (s) => s.SecurityGroupName === memberName || s.SecurityGroupId === memberName,
      )
      members.push({
        AccountId: memberAccount ?? ctx.account.accountId,
        SecurityGroupName: sg?.SecurityGroupName ?? memberName,
        ...(sg?.SecurityGroupId ? { SecurityGroupId: sg.SecurityGroupId } : {}),
      })
    }
    if (!req.IpRange && members.length === 0 && req.IpProtocol === undefined) {
      throw oscError('missingParameter', 'Give IpProtocol with IpRange (or a group to link), or Rules.')
    }
    out.push({
      protocol: normaliseProtocol(req.IpProtocol, inNet),
      from: req.FromPortRange ?? -1,
      to: req.ToPortRange ?? -1,
      ipRanges: req.IpRange ? [req.IpRange] : members.length === 0 ? ['0.0.0.0/0'] : [],
      members,
    })
  }
  for (const r of out) {
    r.ipRanges.forEach(checkCidr)
    if (r.protocol === 'tcp' || r.protocol === 'udp') {
      if (r.from < 0 || r.to > 65535 || r.from > r.to) {
        throw oscError(
          'invalidRange',
          'FromPortRange and ToPortRange must be 0–65535 with From ≤ To for tcp and udp.',
        )
      }
    }
    if (r.protocol === 'icmp' && [r.from, r.to].some((n) => !Number.isInteger(n) || n < -1 || n > 255)) {
      throw oscError(
        'invalidRange',
        'For icmp, FromPortRange is the ICMP type and ToPortRange the ICMP code: each -1 (all) or 0–255.',
      )
    }
  }
  return out
}

const sameMember = (a: SecurityGroupsMember, b: SecurityGroupsMember) =>
  (a.SecurityGroupId && a.SecurityGroupId === b.SecurityGroupId) ||
  (a.SecurityGroupName === b.SecurityGroupName && (a.AccountId ?? '') === (b.AccountId ?? ''))

function sameRule(r: SecurityGroupRule, i: RuleInput): boolean {
  return r.IpProtocol === i.protocol && (r.FromPortRange ?? -1) === i.from && (r.ToPortRange ?? -1) === i.to
}

function countRules(sg: SecurityGroup): number {
  let n = 0
  for (const r of [...(sg.InboundRules ?? []), ...(sg.OutboundRules ?? [])]) {
    n += (r.IpRanges?.length ?? 0) + (r.SecurityGroupsMembers?.length ?? 0)
  }
  return n
}

/** Adds every rule or none: one that exists already (or is given twice) refuses the whole call, as the API does. */
export function addRules(
  world: World,
  sg: SecurityGroup,
  flow: 'Inbound' | 'Outbound',
  inputs: RuleInput[],
): void {
  const list = flow === 'Inbound' ? (sg.InboundRules ??= []) : (sg.OutboundRules ??= [])
  const seen: RuleInput[] = []
  for (const input of inputs) {
    const existing = [
      ...list.filter((r) => sameRule(r, input)),
      ...seen
        .filter((i) => i.protocol === input.protocol && i.from === input.from && i.to === input.to)
        .map((i) => ({ IpRanges: i.ipRanges, SecurityGroupsMembers: i.members })),
    ]
    const dupRange = input.ipRanges.find(
      (ip, n) => input.ipRanges.indexOf(ip) !== n || existing.some((r) => r.IpRanges?.includes(ip)),
    )
    const dupMember = input.members.find((m) =>
      existing.some((r) => r.SecurityGroupsMembers?.some((x) => sameMember(x, m))),
    )
    if (dupRange || dupMember) {
      throw oscError(
        'alreadyExists',
        `The ${flow.toLowerCase()} rule ${input.protocol} ${input.from}-${input.to} from ${dupRange ?? dupMember?.SecurityGroupName ?? dupMember?.SecurityGroupId ?? ''} already exists in ${sg.SecurityGroupId ?? ''}.`,
      )
    }
    seen.push(input)
  }
  for (const input of inputs) {
    let rule = list.find((r) => sameRule(r, input))
    if (!rule) {
      rule = {
        SecurityGroupRuleId: world.newId('sgr'),
        IpProtocol: input.protocol,
        FromPortRange: input.from,
        ToPortRange: input.to,
        IpRanges: [],
        SecurityGroupsMembers: [],
        ServiceIds: [],
      }
      list.push(rule)
    }
    rule.IpRanges?.push(...input.ipRanges)
    rule.SecurityGroupsMembers?.push(...input.members)
  }
}

/** Who still uses a group: VMs (not terminated), NICs and load balancers. */
function usersOf(account: AccountState, sgId: string): string[] {
  const users: string[] = []
  for (const [id, entry] of account.registry) {
    const obj = entry.obj as {
      State?: string
      SecurityGroups?: Array<string | { SecurityGroupId?: string }>
    }
    if (entry.type === 'vm' && obj.State === 'terminated') continue
    if (!['vm', 'nic', 'load-balancer'].includes(entry.type)) continue
    if (obj.SecurityGroups?.some((s) => (typeof s === 'string' ? s === sgId : s.SecurityGroupId === sgId)))
      users.push(id)
  }
  return users
}

export const handlers: HandlerMap = {
  CreateSecurityGroup: (req, ctx) => {
    if (!/^[\x20-\x7e]{1,255}$/.test(req.SecurityGroupName) || req.SecurityGroupName.startsWith('sg-')) {
      throw oscError(
        'invalidParameterValue',
        'SecurityGroupName must be 1–255 ASCII characters and not start with "sg-".',
      )
    }
    if (req.NetId && !ctx.account.registry.has(req.NetId))
      throw oscError('noSuchNet', `The Net ${req.NetId} does not exist.`)
    for (const sg of securityGroups(ctx.account).values()) {
      if (
        sg.SecurityGroupName === req.SecurityGroupName &&
        (sg.NetId ?? undefined) === (req.NetId ?? undefined)
      ) {
        throw oscError(
          'groupAlreadyExists',
          `A security group named ${req.SecurityGroupName} already exists here.`,
        )
      }
    }
    assertQuota(ctx.account, 'sg_limit', 1, 'tooManySgs')
    return {
      SecurityGroup: addSecurityGroup(
        ctx.world,
        ctx.account,
        req.SecurityGroupName,
        req.Description,
        req.NetId,
      ),
    }
  },
  ReadSecurityGroups: (req, ctx) => {
    const rules =
      (flow: 'InboundRules' | 'OutboundRules', pick: (r: SecurityGroupRule) => unknown) => (sg: object) =>
        ((sg as SecurityGroup)[flow] ?? []).flatMap((r) => pick(r))
    const { page, nextPageToken } = readList(securityGroups(ctx.account).values(), req, {
      InboundRuleIpRanges: rules('InboundRules', (r) => r.IpRanges),
      InboundRuleProtocols: rules('InboundRules', (r) => r.IpProtocol),
      InboundRuleFromPortRanges: rules('InboundRules', (r) => r.FromPortRange),
      InboundRuleToPortRanges: rules('InboundRules', (r) => r.ToPortRange),
      InboundRuleSecurityGroupIds: rules('InboundRules', (r) =>
        r.SecurityGroupsMembers?.map((m) => m.SecurityGroupId),
      ),
      OutboundRuleIpRanges: rules('OutboundRules', (r) => r.IpRanges),
      OutboundRuleProtocols: rules('OutboundRules', (r) => r.IpProtocol),
      OutboundRuleFromPortRanges: rules('OutboundRules', (r) => r.FromPortRange),
      OutboundRuleToPortRanges: rules('OutboundRules', (r) => r.ToPortRange),
      OutboundRuleSecurityGroupIds: rules('OutboundRules', (r) =>
        r.SecurityGroupsMembers?.map((m) => m.SecurityGroupId),
      ),
      Descriptions: 'Description',
    })
    return { SecurityGroups: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  DeleteSecurityGroup: (req, ctx) => {
    let sg: SecurityGroup | undefined
    if (req.SecurityGroupId) sg = findGroup(ctx.account, req.SecurityGroupId)
    else if (req.SecurityGroupName) {
      sg = [...securityGroups(ctx.account).values()].find(
        (s) => s.SecurityGroupName === req.SecurityGroupName && !s.NetId,
      )
      if (!sg)
        throw oscError('noSuchGroup', `The security group named ${req.SecurityGroupName} does not exist.`)
    } else throw oscError('missingParameter', 'Give SecurityGroupId or SecurityGroupName.')
    const id = sg.SecurityGroupId ?? ''
    const users = usersOf(ctx.account, id)
    if (users.length > 0) {
      throw oscError(
        'dependencyProblem',
        `The security group ${id} is still used by ${users.slice(0, 5).join(', ')}${users.length > 5 ? '…' : ''}; detach it first.`,
      )
    }
    if (sg.SecurityGroupName === 'default')
      throw oscError('invalidParameterValue', 'The default security group cannot be deleted.')
    securityGroups(ctx.account).delete(id)
    ctx.account.unregister(id)
    return {}
  },
  CreateSecurityGroupRule: (req, ctx) => {
    const sg = findGroup(ctx.account, req.SecurityGroupId)
    const flow = req.Flow === 'Inbound' || req.Flow === 'Outbound' ? req.Flow : undefined
    if (!flow) throw oscError('invalidParameterValue', 'Flow must be Inbound or Outbound.')
    if (flow === 'Outbound' && !sg.NetId) {
      throw oscError('invalidParameterValue', 'Outbound rules exist only for security groups in a Net.')
    }
    const inputs = rulesFromRequest(
      ctx,
      req,
      req.SecurityGroupAccountIdToLink,
      req.SecurityGroupNameToLink,
      sg.NetId !== undefined,
    )
    const adding = inputs.reduce((n, r) => n + r.ipRanges.length + r.members.length, 0)
    const max = ctx.account.quotaMax.get('sg_rule_limit') ?? 100
    if (countRules(sg) + adding > max) {
      throw oscError(
        'tooManySgRules',
        `Quota sg_rule_limit exceeded: a security group holds at most ${max} rules.`,
      )
    }
    addRules(ctx.world, sg, flow, inputs)
    return { SecurityGroup: sg }
  },
  DeleteSecurityGroupRule: (req, ctx) => {
    const sg = findGroup(ctx.account, req.SecurityGroupId)
    const flow = req.Flow === 'Inbound' || req.Flow === 'Outbound' ? req.Flow : undefined
    if (!flow) throw oscError('invalidParameterValue', 'Flow must be Inbound or Outbound.')
    const inputs = rulesFromRequest(
      ctx,
      req,
      req.SecurityGroupAccountIdToUnlink,
      req.SecurityGroupNameToUnlink,
      sg.NetId !== undefined,
    )
    const list = flow === 'Inbound' ? (sg.InboundRules ??= []) : (sg.OutboundRules ??= [])
    for (const input of inputs) {
      const rule = list.find((r) => sameRule(r, input))
      const found =
        rule &&
        input.ipRanges.every((ip) => rule.IpRanges?.includes(ip)) &&
        input.members.every((m) => rule.SecurityGroupsMembers?.some((x) => sameMember(x, m)))
      if (!rule || !found) {
        throw oscError(
          'noSuchResource',
          `No ${flow.toLowerCase()} rule ${input.protocol} ${input.from}-${input.to} matches in ${req.SecurityGroupId}.`,
        )
      }
      rule.IpRanges = rule.IpRanges?.filter((ip) => !input.ipRanges.includes(ip))
      rule.SecurityGroupsMembers = rule.SecurityGroupsMembers?.filter(
        (x) => !input.members.some((m) => sameMember(x, m)),
      )
      if ((rule.IpRanges?.length ?? 0) === 0 && (rule.SecurityGroupsMembers?.length ?? 0) === 0) {
        list.splice(list.indexOf(rule), 1)
      }
    }
    return { SecurityGroup: sg }
  },
}
