import { describe, expect, it } from 'vitest'
import { cleanupFamilies, inDeletionOrder, picks, type CleanupFamily } from './families.ts'
import { criterionOf } from './families.ts'

const byKey = (key: string): CleanupFamily => cleanupFamilies.find((f) => f.key === key)!
const stageOf = (key: string) => byKey(key).stage
const before = (first: string, then: string) => expect(stageOf(first)).toBeLessThan(stageOf(then))

describe('the order clean-up deletes in', () => {
  it('deletes VMs before their volumes, public IPs and security groups', () => {
    for (const then of ['volumes', 'public-ips', 'security-groups', 'nics']) before('vms', then)
  })

  it('deletes load balancers, NICs, NAT services and links before subnets, and all of them before nets', () => {
    for (const first of [
      'load-balancers',
      'nics',
      'nat-services',
      'internet-service-links',
      'route-table-links',
      'route-tables',
    ])
      before(first, 'subnets')
    for (const first of ['subnets', 'internet-services', 'security-groups', 'nat-services'])
      before(first, 'nets')
  })

  it('deletes NAT services before public IPs and subnets, peerings and access points before nets and route tables', () => {
    for (const then of ['public-ips', 'subnets', 'nets']) before('nat-services', then)
    for (const then of ['nets', 'route-tables']) {
      before('net-peerings', then)
      before('net-access-points', then)
    }
  })

  it('offers live NAT services, access points and peerings only, each with the call that deletes it', () => {
    const entries = (key: string, items: object[]) =>
      items.flatMap((item) => byKey(key).entriesOf(item)).map((e) => [e.action, e.params])
    expect(
      entries('nat-services', [
        { NatServiceId: 'nat-1', State: 'available' },
        { NatServiceId: 'nat-2', State: 'deleting' },
      ]),
    ).toEqual([['DeleteNatService', { NatServiceId: 'nat-1' }]])
    expect(
      entries('net-access-points', [
        { NetAccessPointId: 'vpce-1', State: 'pending' },
        { NetAccessPointId: 'vpce-2', State: 'deleted' },
      ]),
    ).toEqual([['DeleteNetAccessPoint', { NetAccessPointId: 'vpce-1' }]])
    expect(
      entries('net-peerings', [
        { NetPeeringId: 'pcx-1', State: { Name: 'active' } },
        { NetPeeringId: 'pcx-2', State: { Name: 'pending-acceptance' } },
        { NetPeeringId: 'pcx-3', State: { Name: 'rejected' } },
        { NetPeeringId: 'pcx-4', State: { Name: 'deleted' } },
      ]),
    ).toEqual([
      ['DeleteNetPeering', { NetPeeringId: 'pcx-1' }],
      ['DeleteNetPeering', { NetPeeringId: 'pcx-2' }],
    ])
  })

  it('deletes images before their snapshots, NAT services before their public IPs, links before what they link', () => {
    before('images', 'snapshots')
    before('nat-services', 'public-ips')
    before('internet-service-links', 'internet-services')
    before('route-table-links', 'route-tables')
  })

  it('lists the families in the order their stages run', () => {
    const stages = inDeletionOrder().map((f) => f.stage)
    expect(stages).toEqual([...stages].sort((a, b) => a - b))
    expect(inDeletionOrder()[0]?.key).toBe('vms')
    expect(inDeletionOrder().at(-1)?.key).toBe('nets')
  })
})

describe('what clean-up offers', () => {
  const since = { since: '2026-11-30T10:00:00.000Z' }
  const vm = (id: string, CreationDate: string, State = 'running') => ({
    VmId: id,
    CreationDate,
    State,
    Tags: [],
  })

  it('offers VMs created at or after the moment, and none created before or already terminating', () => {
    const vms = byKey('vms')
    const offered = [
      vm('i-old', '2026-11-30T09:59:59.000Z'),
      vm('i-new', '2026-11-30T10:00:00.000Z'),
      vm('i-gone', '2026-11-30T10:30:00.000Z', 'shutting-down'),
    ]
      .flatMap((item) => vms.entriesOf(item))
      .filter((entry) => picks(vms, entry, since, new Set()))
    expect(offered.map((e) => e.id)).toEqual(['i-new'])
    expect(offered[0]).toMatchObject({ action: 'DeleteVms', stage: 0, params: { VmIds: ['i-new'] } })
  })

  it('offers a net only when the audit log saw it created since the moment, since OUTSCALE gives it no date', () => {
    const nets = byKey('nets')
    const [seeded, created] = [{ NetId: 'vpc-seed' }, { NetId: 'vpc-new' }].map((n) => nets.entriesOf(n)[0]!)
    const createdIds = new Set(['vpc-new'])
    expect(picks(nets, created!, since, createdIds)).toBe(true)
    expect(picks(nets, seeded!, since, createdIds)).toBe(false)
  })

  it('by tag, offers what carries the key (and the value when one is given), whatever its date', () => {
    const volumes = byKey('volumes')
    const tagged = volumes.entriesOf({
      VolumeId: 'vol-1',
      CreationDate: '2020-01-01T00:00:00.000Z',
      Tags: [{ Key: 'env', Value: 'test' }],
    })[0]!
    expect(picks(volumes, tagged, { tagKey: 'env', tagValue: '' }, new Set())).toBe(true)
    expect(picks(volumes, tagged, { tagKey: 'env', tagValue: 'test' }, new Set())).toBe(true)
    expect(picks(volumes, tagged, { tagKey: 'env', tagValue: 'prod' }, new Set())).toBe(false)
  })

  it('leaves out what goes with something else: a boot volume, the default group, a main route table', () => {
    expect(
      byKey('volumes').entriesOf({ VolumeId: 'vol-boot', LinkedVolumes: [{ DeleteOnVmDeletion: true }] }),
    ).toEqual([])
    expect(
      byKey('security-groups').entriesOf({ SecurityGroupId: 'sg-1', SecurityGroupName: 'default' }),
    ).toEqual([])
    expect(
      byKey('route-tables').entriesOf({ RouteTableId: 'rtb-1', LinkRouteTables: [{ Main: true }] }),
    ).toEqual([])
  })

  it('looks an hour back unless told otherwise', () => {
    const now = Date.parse('2026-11-30T12:00:00.000Z')
    expect(criterionOf({}, now)).toEqual({ since: '2026-11-30T11:00:00.000Z' })
    expect(criterionOf({ tagKey: 'env' }, now)).toEqual({ tagKey: 'env', tagValue: '' })
  })
})
