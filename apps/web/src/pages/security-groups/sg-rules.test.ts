import { describe, expect, it } from 'vitest'
import type { LoadBalancer, Nic, SecurityGroup, Vm } from '@osc-console/osc-api'
import {
  canAddRules,
  canDeleteGroup,
  cidrVersion,
  createRulesRequest,
  deleteRuleRequest,
  groupUsage,
  lineOpenToWorld,
  myIpCidr,
  myIpSource,
  normaliseProtocol,
  openToWorld,
  presetDraft,
  presets,
  ruleCounts,
  ruleLines,
  validateRule,
  worldOpenPorts,
  type RuleDraft,
} from './sg-rules.ts'
import { exposesToWorld } from './sg-world.ts'

const draft = (changes: Partial<RuleDraft>): RuleDraft => ({
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  ipRanges: ['10.0.0.0/8'],
  groups: [],
  ...changes,
})
const ids = (problems: ReturnType<typeof validateRule>) => problems.map((p) => `${p.field}:${p.message.id}`)
const publicCloud = { inNet: false }
const inNet = { inNet: true }

describe('protocols', () => {
  it('takes names, "all", -1 and numbers, and stores the names the API stores', () => {
    expect(normaliseProtocol('TCP')).toBe('tcp')
    expect(normaliseProtocol('all')).toBe('-1')
    expect(normaliseProtocol('6')).toBe('tcp')
    expect(normaliseProtocol('17')).toBe('udp')
    expect(normaliseProtocol('1')).toBe('icmp')
    expect(normaliseProtocol('047')).toBe('47')
    expect(normaliseProtocol('256')).toBeUndefined()
    expect(normaliseProtocol('gre')).toBeUndefined()
  })

  it('accepts a protocol number only in a Net, as the API does', () => {
    expect(ids(validateRule(draft({ protocol: '47', ipRanges: ['10.0.0.0/8'] }), inNet))).toEqual([])
    expect(ids(validateRule(draft({ protocol: '47' }), publicCloud))).toEqual([
      'protocol:sg.rule.protocolNumberOutsideNet',
    ])
    expect(validateRule(draft({ protocol: 'gre' }), inNet)[0]?.message).toEqual({
      id: 'sg.rule.protocolUnknown',
      values: { protocol: 'gre' },
    })
  })
})

describe('CIDR blocks', () => {
  it('recognises IPv4 and IPv6 blocks with their prefix', () => {
    expect(cidrVersion('0.0.0.0/0')).toBe(4)
    expect(cidrVersion('203.0.113.7/32')).toBe(4)
    expect(cidrVersion('::/0')).toBe(6)
    expect(cidrVersion('2001:db8::/32')).toBe(6)
    expect(cidrVersion('2001:db8:0:0:0:0:0:1/128')).toBe(6)
    expect(cidrVersion('::ffff:10.0.0.1/128')).toBe(6)
  })

  it('refuses what the API refuses: no prefix, a prefix too long, octets over 255, bad groups', () => {
    for (const bad of [
      '10.0.0.0',
      '10.0.0.0/33',
      '256.0.0.0/8',
      '10.0.0/8',
      '2001:db8::/129',
      '2001:db8:::1/64',
      '1:2:3:4:5:6:7:8:9/64',
      '12345::/16',
      'example.com/24',
      '10.0.0.0/-1',
    ]) {
      expect(cidrVersion(bad), bad).toBeUndefined()
    }
    expect(validateRule(draft({ ipRanges: ['10.0.0.0'] }), publicCloud)[0]?.message).toEqual({
      id: 'sg.rule.cidr',
      values: { cidr: '10.0.0.0' },
    })
  })
})

describe('ports and ICMP', () => {
  it('checks tcp/udp ports are 0–65535 with From ≤ To', () => {
    expect(ids(validateRule(draft({ fromPort: 0, toPort: 65535 }), publicCloud))).toEqual([])
    expect(ids(validateRule(draft({ fromPort: -1, toPort: 70000 }), publicCloud))).toEqual([
      'fromPort:sg.rule.portRange',
      'toPort:sg.rule.portRange',
    ])
    expect(ids(validateRule(draft({ protocol: 'udp', fromPort: 200, toPort: 100 }), publicCloud))).toEqual([
      'toPort:sg.rule.portOrder',
    ])
    expect(ids(validateRule(draft({ fromPort: 1.5 }), publicCloud))).toEqual(['fromPort:sg.rule.portRange'])
  })

  it('checks ICMP type and code are -1..255 and ignores ports for all protocols', () => {
    expect(ids(validateRule(draft({ protocol: 'icmp', fromPort: 8, toPort: -1 }), publicCloud))).toEqual([])
    expect(ids(validateRule(draft({ protocol: 'icmp', fromPort: 256, toPort: -2 }), publicCloud))).toEqual([
      'fromPort:sg.rule.icmpType',
      'toPort:sg.rule.icmpCode',
    ])
    expect(
      ids(validateRule(draft({ protocol: '-1', fromPort: undefined, toPort: undefined }), publicCloud)),
    ).toEqual([])
  })

  it('needs a source, and an account id of 12 digits for a peer group', () => {
    expect(ids(validateRule(draft({ ipRanges: [] }), publicCloud))).toEqual(['ipRanges:sg.rule.noSource'])
    expect(
      ids(
        validateRule(
          draft({ ipRanges: [], groups: [{ AccountId: '1234', SecurityGroupName: 'web' }] }),
          inNet,
        ),
      ),
    ).toEqual(['groups:sg.rule.accountId'])
    expect(ids(validateRule(draft({ ipRanges: [], groups: [{}] }), inNet))).toEqual([
      'groups:sg.rule.groupMissing',
    ])
    expect(ids(validateRule(draft({ ipRanges: [], groups: [{ SecurityGroupId: 'sg-1' }] }), inNet))).toEqual(
      [],
    )
  })
})

describe('request bodies', () => {
  it('adds several rules in one CreateSecurityGroupRule call, ports -1 where the protocol has none', () => {
    const body = createRulesRequest(
      'sg-1',
      'Inbound',
      [
        draft({ ipRanges: [' 10.0.0.0/8 ', '192.0.2.0/24'] }),
        draft({
          protocol: 'all',
          fromPort: 5,
          toPort: 6,
          ipRanges: [],
          groups: [{ SecurityGroupId: 'sg-2' }],
        }),
        presetDraft(
          presets.find((p) => p.id === 'ping')!,
          ['0.0.0.0/0'],
        ),
      ],
      { dryRun: true },
    )
    expect(body).toEqual({
      SecurityGroupId: 'sg-1',
      Flow: 'Inbound',
      DryRun: true,
      Rules: [
        { IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['10.0.0.0/8', '192.0.2.0/24'] },
        {
          IpProtocol: '-1',
          FromPortRange: -1,
          ToPortRange: -1,
          SecurityGroupsMembers: [{ SecurityGroupId: 'sg-2' }],
        },
        { IpProtocol: 'icmp', FromPortRange: 8, ToPortRange: -1, IpRanges: ['0.0.0.0/0'] },
      ],
    })
  })

  it('removes one source of a rule and leaves its others', () => {
    const group: SecurityGroup = {
      SecurityGroupId: 'sg-1',
      InboundRules: [
        {
          IpProtocol: 'tcp',
          FromPortRange: 443,
          ToPortRange: 443,
          IpRanges: ['10.0.0.0/8', '0.0.0.0/0'],
          SecurityGroupsMembers: [{ SecurityGroupId: 'sg-2', SecurityGroupName: 'lb' }],
        },
      ],
      OutboundRules: [{ IpProtocol: '-1', FromPortRange: -1, ToPortRange: -1, IpRanges: ['0.0.0.0/0'] }],
    }
    const lines = ruleLines(group, 'Inbound')
    expect(lines).toHaveLength(3)
    expect(ruleCounts(group)).toEqual({ inbound: 3, outbound: 1 })
    expect(deleteRuleRequest('sg-1', lines[2]!)).toEqual({
      SecurityGroupId: 'sg-1',
      Flow: 'Inbound',
      Rules: [
        {
          IpProtocol: 'tcp',
          FromPortRange: 443,
          ToPortRange: 443,
          SecurityGroupsMembers: [{ SecurityGroupId: 'sg-2', SecurityGroupName: 'lb' }],
        },
      ],
    })
  })
})

describe('presets and my IP', () => {
  it('offers the usual services on their ports', () => {
    expect(presets.map((p) => `${p.id}:${p.protocol}/${p.fromPort}`)).toEqual([
      'ssh:tcp/22',
      'http:tcp/80',
      'https:tcp/443',
      'rdp:tcp/3389',
      'postgresql:tcp/5432',
      'mysql:tcp/3306',
      'ping:icmp/8',
    ])
    for (const preset of presets)
      expect(ids(validateRule(presetDraft(preset, ['10.0.0.0/8']), publicCloud))).toEqual([])
  })

  it('turns the address into a one-address block', () => {
    expect(myIpCidr('203.0.113.7')).toBe('203.0.113.7/32')
    expect(myIpCidr('::ffff:203.0.113.7')).toBe('203.0.113.7/32')
    expect(myIpCidr('2001:db8::7')).toBe('2001:db8::7/128')
    expect(myIpCidr('unknown')).toBeUndefined()
  })

  it('notes when the address came through a proxy or is private, which OUTSCALE would not see', () => {
    expect(myIpSource({ address: '198.51.100.7', version: 4, viaProxy: false, isPublic: true })).toEqual({
      cidr: '198.51.100.7/32',
      notes: [],
    })
    expect(myIpSource({ address: '10.1.2.3', version: 4, viaProxy: true, isPublic: false })?.notes).toEqual([
      { id: 'sg.myIp.viaProxy', values: { address: '10.1.2.3' } },
      { id: 'sg.myIp.private', values: { address: '10.1.2.3' } },
    ])
  })
})

describe('open to the world', () => {
  const rule = (IpProtocol: string, from: number, to: number, ranges = ['0.0.0.0/0']) => ({
    IpProtocol,
    FromPortRange: from,
    ToPortRange: to,
    IpRanges: ranges,
  })

  it('flags sensitive ports open to 0.0.0.0/0 or ::/0, by port, by range, and for every protocol', () => {
    expect(worldOpenPorts(rule('tcp', 22, 22))).toEqual([22])
    expect(worldOpenPorts(rule('tcp', 3000, 6000, ['::/0']))).toEqual([3389, 3306, 5432])
    expect(worldOpenPorts(rule('-1', -1, -1))).toHaveLength(8)
    expect(worldOpenPorts(rule('6', -1, -1))).toHaveLength(8)
    expect(worldOpenPorts(rule('tcp', 9200, 9200))).toEqual([9200])
  })

  it('does not flag web ports, private ranges, or other protocols', () => {
    expect(worldOpenPorts(rule('tcp', 443, 443))).toEqual([])
    expect(worldOpenPorts(rule('tcp', 22, 22, ['10.0.0.0/8']))).toEqual([])
    expect(worldOpenPorts(rule('icmp', -1, -1))).toEqual([])
    expect(worldOpenPorts(rule('udp', 22, 22))).toEqual([])
  })

  it('says in words what a group exposes, on inbound rules only', () => {
    const group: SecurityGroup = {
      InboundRules: [rule('tcp', 22, 22), rule('tcp', 443, 443)],
      OutboundRules: [rule('-1', -1, -1)],
    }
    const flags = openToWorld(group)
    expect(flags).toHaveLength(1)
    expect(flags[0]?.message).toEqual({
      id: 'sg.openToWorld.rule',
      values: { services: 'SSH (22)', count: 1 },
    })
    expect(exposesToWorld(group)).toBe(true)
    expect(exposesToWorld({ ...group, InboundRules: [rule('tcp', 443, 443)] })).toBe(false)
  })

  it('flags the one line that opens the port, not the same rule from an office range', () => {
    const group: SecurityGroup = { InboundRules: [rule('tcp', 22, 22, ['203.0.113.0/24', '0.0.0.0/0'])] }
    const [office, world] = ruleLines(group, 'Inbound')
    expect(office && lineOpenToWorld(office)).toBeUndefined()
    expect(world && lineOpenToWorld(world)).toEqual({
      id: 'sg.openToWorld.rule',
      values: { services: 'SSH (22)', count: 1 },
    })
    const [out] = ruleLines({ OutboundRules: [rule('tcp', 22, 22)] }, 'Outbound')
    expect(out && lineOpenToWorld(out)).toBeUndefined()
  })
})

describe('what uses a group', () => {
  const vms: Vm[] = [
    { VmId: 'i-1', State: 'running', SecurityGroups: [{ SecurityGroupId: 'sg-web' }] },
    { VmId: 'i-2', State: 'terminated', SecurityGroups: [{ SecurityGroupId: 'sg-old' }] },
  ]
  const loadBalancers: LoadBalancer[] = [{ LoadBalancerName: 'front', SecurityGroups: ['sg-web', 'sg-lb'] }]
  const nics: Nic[] = [
    { NicId: 'eni-1', LinkNic: { VmId: 'i-1' }, SecurityGroups: [{ SecurityGroupId: 'sg-web' }] },
    { NicId: 'eni-2', SecurityGroups: [{ SecurityGroupId: 'sg-spare' }] },
  ]
  const usage = groupUsage({ vms, loadBalancers, nics })

  it('counts VMs, load balancers and free NICs, not terminated VMs nor a VM’s own NIC', () => {
    expect(usage.get('sg-web')).toEqual({ vms: ['i-1'], loadBalancers: ['front'], nics: [] })
    expect(usage.get('sg-spare')).toEqual({ vms: [], loadBalancers: [], nics: ['eni-2'] })
    expect(usage.get('sg-old')).toBeUndefined()
  })

  it('refuses a delete up front with what uses the group, and protects the default group', () => {
    expect(canDeleteGroup({ SecurityGroupId: 'sg-web' }, usage.get('sg-web'))).toEqual({
      allowed: false,
      reason: { id: 'sg.delete.inUse', values: { vms: 1, loadBalancers: 1, nics: 0 } },
    })
    expect(canDeleteGroup({ SecurityGroupName: 'default' }, undefined).allowed).toBe(false)
    expect(canDeleteGroup({ SecurityGroupId: 'sg-old' }, usage.get('sg-old'))).toEqual({ allowed: true })
  })
})

describe('adding rules', () => {
  it('offers outbound rules only to a group in a Net, as the API does', () => {
    expect(canAddRules({ NetId: 'vpc-1' }, 'Outbound')).toEqual({ allowed: true })
    expect(canAddRules({}, 'Inbound')).toEqual({ allowed: true })
    expect(canAddRules({}, 'Outbound')).toEqual({
      allowed: false,
      reason: { id: 'sg.rules.outboundNeedsNet' },
    })
  })
})
