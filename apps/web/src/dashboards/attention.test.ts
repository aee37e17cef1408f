import { describe, expect, it } from 'vitest'
import type { CatalogEntry, QuotaTypes, SecurityGroup, Vm } from '@osc-console/osc-api'
import {
  DAY,
  criticalQuotas,
  idlePublicIps,
  idleVolumes,
  oldSnapshots,
  openAdminPorts,
  sortAttention,
  stuckVms,
} from './attention.ts'

const NOW = Date.parse('2026-06-15T12:00:00.000Z')
const ago = (ms: number) => new Date(NOW - ms).toISOString()
const MINUTE = 60_000

const catalog: CatalogEntry[] = [
  { Type: 'ElasticIP:IdleAddress', UnitPrice: 0.005 },
  { Type: 'BSU:VolumeUsage:gp2', UnitPrice: 0.11 },
  { Type: 'BSU:VolumeUsage:standard', UnitPrice: 0.04 },
  { Type: 'Snapshot:Usage', UnitPrice: 0.05 },
]

describe('stuck and quarantined VMs', () => {
  const vm = (VmId: string, State: string, created: number): Vm => ({
    VmId,
    State,
    CreationDate: ago(created),
    Tags: [{ Key: 'Name', Value: `name-${VmId}` }],
  })

  it('lists a VM still pending 15 minutes after its creation, not one that started a minute ago', () => {
    const items = stuckVms([vm('i-old', 'pending', 40 * MINUTE), vm('i-new', 'pending', MINUTE)], NOW)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      rule: 'vm-stuck',
      id: 'i-old',
      name: 'name-i-old',
      target: { kind: 'vm', vmId: 'i-old' },
      reason: { id: 'home.why.stuck', values: { minutes: 40 } },
    })
  })

  it('lists every VM in quarantine, whatever its age, and no running or stopped VM', () => {
    const items = stuckVms(
      [vm('i-q', 'quarantine', MINUTE), vm('i-r', 'running', 90 * DAY), vm('i-s', 'stopped', 90 * DAY)],
      NOW,
    )
    expect(items.map((i) => [i.rule, i.id])).toEqual([['vm-quarantine', 'i-q']])
  })
})

describe('security-group rules open to the internet', () => {
  const group = (rules: SecurityGroup['InboundRules']): SecurityGroup => ({
    SecurityGroupId: 'sg-1',
    SecurityGroupName: 'legacy',
    InboundRules: rules,
  })

  it('finds SSH open to 0.0.0.0/0 and names the service, the port and the range', () => {
    const items = openAdminPorts([
      group([{ IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['0.0.0.0/0'] }]),
    ])
    expect(items).toEqual([
      {
        rule: 'open-port',
        id: 'sg-1:22',
        name: 'legacy',
        target: { kind: 'resource', section: 'security-groups', id: 'sg-1' },
        reason: { id: 'home.why.openPort', values: { service: 'SSH', port: 22, range: '0.0.0.0/0' } },
      },
    ])
  })

  it('finds a database port inside a range and open to ::/0', () => {
    const items = openAdminPorts([
      group([{ IpProtocol: 'tcp', FromPortRange: 5000, ToPortRange: 6000, IpRanges: ['::/0'] }]),
    ])
    expect(items.map((i) => i.id)).toEqual(['sg-1:5432'])
  })

  it('treats protocol -1 as every port', () => {
    const items = openAdminPorts([group([{ IpProtocol: '-1', IpRanges: ['0.0.0.0/0'] }])])
    expect(items.map((i) => i.id)).toEqual([
      'sg-1:22',
      'sg-1:3389',
      'sg-1:3306',
      'sg-1:5432',
      'sg-1:1433',
      'sg-1:6379',
      'sg-1:27017',
      'sg-1:9200',
    ])
  })

  it('leaves out web ports, office ranges, other groups as source, and UDP', () => {
    const items = openAdminPorts([
      group([
        { IpProtocol: 'tcp', FromPortRange: 443, ToPortRange: 443, IpRanges: ['0.0.0.0/0'] },
        { IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['192.0.2.0/24'] },
        {
          IpProtocol: 'tcp',
          FromPortRange: 5432,
          ToPortRange: 5432,
          SecurityGroupsMembers: [{ SecurityGroupId: 'sg-2' }],
        },
        { IpProtocol: 'udp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['0.0.0.0/0'] },
      ]),
    ])
    expect(items).toEqual([])
  })

  it('lists a port once per group even when two rules open it', () => {
    const open22 = { IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['0.0.0.0/0'] }
    expect(openAdminPorts([group([open22, { ...open22, IpRanges: ['::/0'] }])])).toHaveLength(1)
  })
})

describe('resources billed for nothing', () => {
  it('lists a volume available for more than a day with its monthly cost, not one in use or just created', () => {
    const items = idleVolumes(
      [
        { VolumeId: 'vol-old', State: 'available', Size: 100, VolumeType: 'gp2', CreationDate: ago(3 * DAY) },
        { VolumeId: 'vol-new', State: 'available', Size: 100, CreationDate: ago(2 * 3_600_000) },
        { VolumeId: 'vol-used', State: 'in-use', Size: 100, CreationDate: ago(30 * DAY) },
      ],
      NOW,
      catalog,
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      id: 'vol-old',
      target: { kind: 'section', section: 'volumes' },
      reason: { id: 'home.why.idleVolume', values: { size: 100, days: 3 } },
    })
    expect(items[0]?.monthlyCost).toBeCloseTo(11)
  })

  it('lists a public IP linked to nothing, billed per hour for 730 hours a month', () => {
    const items = idlePublicIps(
      [
        { PublicIpId: 'eipalloc-1', PublicIp: '198.51.100.1' },
        { PublicIpId: 'eipalloc-2', PublicIp: '198.51.100.2', VmId: 'i-1', LinkPublicIpId: 'eipassoc-1' },
      ],
      catalog,
    )
    expect(items.map((i) => i.id)).toEqual(['eipalloc-1'])
    expect(items[0]?.monthlyCost).toBeCloseTo(3.65)
    expect(items[0]?.target).toEqual({ kind: 'section', section: 'public-ips' })
  })

  it('gives no cost when the catalogue cannot be read', () => {
    expect(idlePublicIps([{ PublicIpId: 'eipalloc-1' }])[0]?.monthlyCost).toBeUndefined()
  })

  it('lists snapshots older than the chosen age only', () => {
    const snapshots = [
      { SnapshotId: 'snap-60', VolumeSize: 100, CreationDate: ago(60 * DAY) },
      { SnapshotId: 'snap-10', VolumeSize: 100, CreationDate: ago(10 * DAY) },
    ]
    expect(oldSnapshots(snapshots, NOW, 30, catalog).map((i) => i.id)).toEqual(['snap-60'])
    expect(oldSnapshots(snapshots, NOW, 7, catalog).map((i) => i.id)).toEqual(['snap-60', 'snap-10'])
    expect(oldSnapshots(snapshots, NOW, 90, catalog)).toEqual([])
    expect(oldSnapshots(snapshots, NOW, 30, catalog)[0]?.monthlyCost).toBeCloseTo(5)
  })
})

describe('critical quotas', () => {
  it('lists quotas at 95 % or more, not those at 80 %', () => {
    const types: QuotaTypes[] = [
      {
        QuotaType: 'global',
        Quotas: [
          { Name: 'ip_limit', ShortDescription: 'IP Limit', UsedValue: 5, MaxValue: 5 },
          { Name: 'vm_limit', ShortDescription: 'VM Limit', UsedValue: 40, MaxValue: 45 },
          { Name: 'core_limit', UsedValue: 96, MaxValue: 100 },
        ],
      },
    ]
    expect(criticalQuotas(types).map((i) => [i.name, i.reason.values?.percent])).toEqual([
      ['IP Limit', 100],
      ['core_limit', 96],
    ])
  })
})

describe('the order of the list', () => {
  it('puts what blocks or exposes before what only costs, and the dearest first within a rule', () => {
    const sorted = sortAttention([
      ...idlePublicIps([{ PublicIpId: 'eipalloc-1' }], catalog),
      ...idleVolumes(
        [
          { VolumeId: 'vol-a', State: 'available', Size: 20, CreationDate: ago(5 * DAY) },
          { VolumeId: 'vol-b', State: 'available', Size: 200, CreationDate: ago(5 * DAY) },
        ],
        NOW,
        catalog,
      ),
      ...openAdminPorts([
        {
          SecurityGroupId: 'sg-1',
          InboundRules: [{ IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['0.0.0.0/0'] }],
        },
      ]),
    ])
    expect(sorted.map((i) => i.id)).toEqual(['sg-1:22', 'eipalloc-1', 'vol-b', 'vol-a'])
  })
})
