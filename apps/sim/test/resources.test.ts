// Security groups, load balancers, volumes, snapshots, public IPs, Nets and tags behave as the API (keypairs: keypairs.test.ts).
import type { LoadBalancer, SecurityGroup, Snapshot, Vm, Volume } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { call, callUs, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

const vmByName = async (name: string) =>
  (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { Tags: [`Name=${name}`] } })).body.Vms[0]!

describe('security groups', () => {
  it('adds rules, refuses a duplicate rule with 409, deletes a rule', async () => {
    const created = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'CreateSecurityGroup', {
      SecurityGroupName: 'tmp',
      Description: 'temporary',
    })
    const id = created.body.SecurityGroup.SecurityGroupId
    const rule = {
      SecurityGroupId: id,
      Flow: 'Inbound',
      IpProtocol: 'tcp',
      FromPortRange: 443,
      ToPortRange: 443,
      IpRange: '10.0.0.0/8',
    }
    const added = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'CreateSecurityGroupRule', rule)
    expect(added.body.SecurityGroup.InboundRules?.[0]).toMatchObject({
      IpProtocol: 'tcp',
      FromPortRange: 443,
      IpRanges: ['10.0.0.0/8'],
    })
    const dup = await call(sim.url, 'CreateSecurityGroupRule', rule)
    expect(dup.status).toBe(409)
    expect(dup.body.Errors?.[0]?.Type).toBe('ResourceConflict')
    const removed = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'DeleteSecurityGroupRule', rule)
    expect(removed.body.SecurityGroup.InboundRules).toEqual([])
    expectOscError(
      await call(sim.url, 'CreateSecurityGroup', { SecurityGroupName: 'tmp', Description: 'again' }),
      409,
      '9028',
    )
  })

  it('refuses to delete a group a VM still uses, and deletes an unused one', async () => {
    const sgs = await call<{ SecurityGroups: SecurityGroup[] }>(sim.url, 'ReadSecurityGroups', {
      Filters: { SecurityGroupNames: ['web-prod'] },
    })
    const inUse = await call(sim.url, 'DeleteSecurityGroup', {
      SecurityGroupId: sgs.body.SecurityGroups[0]?.SecurityGroupId,
    })
    expect(inUse.status).toBe(409)
    expect(inUse.body.Errors?.[0]?.Details).toMatch(/still used by (i|eni)-/)
    const tmp = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'CreateSecurityGroup', {
      SecurityGroupName: 'unused',
      Description: 'x',
    })
    expect(
      (
        await call(sim.url, 'DeleteSecurityGroup', {
          SecurityGroupId: tmp.body.SecurityGroup.SecurityGroupId,
        })
      ).status,
    ).toBe(200)
  })

  it('frees a group once UpdateVm moves the VM (and its NIC) to another group', async () => {
    const groups = (
      await call<{ SecurityGroups: SecurityGroup[] }>(sim.url, 'ReadSecurityGroups', {
        Filters: { SecurityGroupNames: ['bastion', 'monitoring'] },
      })
    ).body.SecurityGroups
    const bastion = groups.find((g) => g.SecurityGroupName === 'bastion')?.SecurityGroupId
    const monitoring = groups.find((g) => g.SecurityGroupName === 'monitoring')?.SecurityGroupId
    const vm = await vmByName('bastion-1')
    await call(sim.url, 'UpdateVm', { VmId: vm.VmId, SecurityGroupIds: [monitoring] })
    expect((await vmByName('bastion-1')).Nics?.[0]?.SecurityGroups?.map((g) => g.SecurityGroupId)).toEqual([
      monitoring,
    ])
    // No VM nor NIC uses it any more; only the rules of other groups name it, which does not block.
    expect((await call(sim.url, 'DeleteSecurityGroup', { SecurityGroupId: bastion })).status).toBe(200)
  })

  it('filters groups by inbound rule port and by member group', async () => {
    const r = await call<{ SecurityGroups: SecurityGroup[] }>(sim.url, 'ReadSecurityGroups', {
      Filters: { InboundRuleFromPortRanges: [5432] },
    })
    expect(r.body.SecurityGroups.map((s) => s.SecurityGroupName).sort()).toEqual(['db-prod', 'db-staging'])
  })
})

describe('load balancers', () => {
  it('reports backend health from the VMs: running is InService, stopped or failing checks is OutOfService', async () => {
    const api = await call<{ BackendVmHealth: Array<{ VmId: string; State: string }> }>(
      sim.url,
      'ReadVmsHealth',
      { LoadBalancerName: 'api-prod-lb' },
    )
    const states = api.body.BackendVmHealth.map((h) => h.State)
    expect(states.filter((s) => s === 'InService')).toHaveLength(4)
    expect(states.filter((s) => s === 'OutOfService')).toHaveLength(1)
    const staging = await call<{ BackendVmHealth: Array<{ State: string }> }>(sim.url, 'ReadVmsHealth', {
      LoadBalancerName: 'web-staging-lb',
    })
    expect(staging.body.BackendVmHealth.filter((h) => h.State === 'OutOfService')).toHaveLength(1)
    // Stopping a healthy backend makes it OutOfService once its checks failed UnhealthyThreshold times (2 × 15 s).
    const web1 = await vmByName('web-prod-1')
    await call(sim.url, 'StopVms', { VmIds: [web1.VmId] })
    sim.advance(30_000)
    const web = await call<{ BackendVmHealth: Array<{ VmId: string; State: string }> }>(
      sim.url,
      'ReadVmsHealth',
      { LoadBalancerName: 'web-prod-lb' },
    )
    expect(web.body.BackendVmHealth.find((h) => h.VmId === web1.VmId)?.State).toBe('OutOfService')
  })

  it('creates one with a DNS name, adds a listener, refuses a duplicate port, registers and deregisters VMs', async () => {
    const created = await call<{ LoadBalancer: LoadBalancer }>(sim.url, 'CreateLoadBalancer', {
      LoadBalancerName: 'shop',
      Listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'HTTP', BackendPort: 8080 }],
      SubregionNames: ['eu-west-2a'],
    })
    expect(created.body.LoadBalancer.DnsName).toMatch(/^shop-[0-9a-f]+\.eu-west-2\.lbu\.outscale\.com$/)
    expectOscError(
      await call(sim.url, 'CreateLoadBalancer', {
        LoadBalancerName: 'shop',
        Listeners: [{ LoadBalancerPort: 81, LoadBalancerProtocol: 'TCP', BackendPort: 81 }],
      }),
      409,
      '9013',
    )
    await call(sim.url, 'CreateLoadBalancerListeners', {
      LoadBalancerName: 'shop',
      Listeners: [{ LoadBalancerPort: 8443, LoadBalancerProtocol: 'TCP', BackendPort: 8443 }],
    })
    expectOscError(
      await call(sim.url, 'CreateLoadBalancerListeners', {
        LoadBalancerName: 'shop',
        Listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'TCP', BackendPort: 1 }],
      }),
      409,
      '9012',
    )
    const vm = await vmByName('legacy-app-1')
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [vm.VmId] })
    let lb = (
      await call<{ LoadBalancers: LoadBalancer[] }>(sim.url, 'ReadLoadBalancers', {
        Filters: { LoadBalancerNames: ['shop'] },
      })
    ).body.LoadBalancers[0]
    expect(lb?.BackendVmIds).toEqual([vm.VmId])
    expect(lb?.Listeners).toHaveLength(2)
    await call(sim.url, 'UpdateLoadBalancer', {
      LoadBalancerName: 'shop',
      HealthCheck: {
        CheckInterval: 10,
        HealthyThreshold: 2,
        UnhealthyThreshold: 3,
        Timeout: 4,
        Port: 8080,
        Protocol: 'HTTP',
        Path: '/up',
      },
    })
    await call(sim.url, 'DeregisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [vm.VmId] })
    lb = (
      await call<{ LoadBalancers: LoadBalancer[] }>(sim.url, 'ReadLoadBalancers', {
        Filters: { LoadBalancerNames: ['shop'] },
      })
    ).body.LoadBalancers[0]
    expect(lb?.BackendVmIds).toEqual([])
    expect(lb?.HealthCheck).toMatchObject({ Path: '/up', Protocol: 'HTTP' })
  })
})

describe('volumes and snapshots', () => {
  it('creates a volume (creating → available), links it (attaching → attached, in-use), unlinks it', async () => {
    const v = (
      await call<{ Volume: Volume }>(sim.url, 'CreateVolume', {
        SubregionName: 'eu-west-2a',
        Size: 20,
        VolumeType: 'gp2',
      })
    ).body.Volume
    expect(v.State).toBe('creating')
    const vm = await vmByName('bastion-1')
    expectOscError(
      await call(sim.url, 'LinkVolume', { VolumeId: v.VolumeId, VmId: vm.VmId, DeviceName: '/dev/sdc' }),
      409,
      '6007',
    )
    sim.advance(5_000)
    expect(
      (await call(sim.url, 'LinkVolume', { VolumeId: v.VolumeId, VmId: vm.VmId, DeviceName: '/dev/sdc' }))
        .status,
    ).toBe(200)
    const read = async () =>
      (await call<{ Volumes: Volume[] }>(sim.url, 'ReadVolumes', { Filters: { VolumeIds: [v.VolumeId] } }))
        .body.Volumes[0]
    expect((await read())?.LinkedVolumes?.[0]?.State).toBe('attaching')
    sim.advance(2_000)
    expect(await read()).toMatchObject({
      State: 'in-use',
      LinkedVolumes: [{ State: 'attached', VmId: vm.VmId, DeviceName: '/dev/sdc' }],
    })
    expectOscError(await call(sim.url, 'DeleteVolume', { VolumeId: v.VolumeId }), 409, '6007')
    await call(sim.url, 'UnlinkVolume', { VolumeId: v.VolumeId })
    sim.advance(2_000)
    expect((await read())?.State).toBe('available')
    expect((await call(sim.url, 'DeleteVolume', { VolumeId: v.VolumeId })).status).toBe(200)
  })

  it('snapshots a volume: pending then completed, idempotent on ClientToken', async () => {
    const vols = await call<{ Volumes: Volume[] }>(sim.url, 'ReadVolumes', {
      Filters: { VolumeStates: ['available'] },
    })
    const volumeId = vols.body.Volumes[0]?.VolumeId
    const s = (
      await call<{ Snapshot: Snapshot }>(sim.url, 'CreateSnapshot', {
        VolumeId: volumeId,
        ClientToken: 'snap-1',
      })
    ).body.Snapshot
    expect(s.State).toBe('pending')
    const again = (
      await call<{ Snapshot: Snapshot }>(sim.url, 'CreateSnapshot', {
        VolumeId: volumeId,
        ClientToken: 'snap-1',
      })
    ).body.Snapshot
    expect(again.SnapshotId).toBe(s.SnapshotId)
    sim.advance(20_000)
    const done = await call<{ Snapshots: Snapshot[] }>(sim.url, 'ReadSnapshots', {
      Filters: { SnapshotIds: [s.SnapshotId] },
    })
    expect(done.body.Snapshots[0]).toMatchObject({ State: 'completed', Progress: 100 })
  })
})

describe('public IPs, nets, tags', () => {
  it('refuses a public IP over the quota seeded at its limit, then allows one after a release', async () => {
    expectOscError(await call(sim.url, 'CreatePublicIp'), 400, '10011')
    const ips = await call<{
      PublicIps: Array<{ PublicIpId: string; LinkPublicIpId?: string; PublicIp: string }>
    }>(sim.url, 'ReadPublicIps')
    const idle = ips.body.PublicIps.find((i) => !i.LinkPublicIpId)
    const linked = ips.body.PublicIps.find((i) => i.LinkPublicIpId)
    expectOscError(await call(sim.url, 'DeletePublicIp', { PublicIpId: linked?.PublicIpId }), 409, '9000')
    expect((await call(sim.url, 'DeletePublicIp', { PublicIpId: idle?.PublicIpId })).status).toBe(200)
    const fresh = await call<{ PublicIp: { PublicIp: string } }>(sim.url, 'CreatePublicIp')
    expect(fresh.status).toBe(200)
    const vm = await vmByName('monitoring-1')
    const linkedNow = await call<{ LinkPublicIpId: string }>(sim.url, 'LinkPublicIp', {
      PublicIp: fresh.body.PublicIp.PublicIp,
      VmId: vm.VmId,
    })
    expect(linkedNow.body.LinkPublicIpId).toMatch(/^eipassoc-/)
  })

  it('returns a linked public IP to the pool when its VM terminates', async () => {
    const vm = await vmByName('bastion-1')
    const linked = async () =>
      (
        await call<{ PublicIps: Array<{ VmId?: string }> }>(sim.url, 'ReadPublicIps', {
          Filters: { VmIds: [vm.VmId] },
        })
      ).body.PublicIps
    expect(await linked()).toHaveLength(1)
    await call(sim.url, 'DeleteVms', { VmIds: [vm.VmId] })
    sim.advance(5_000)
    expect(await linked()).toHaveLength(0)
    expect((await call<{ PublicIps: unknown[] }>(sim.url, 'ReadPublicIps')).body.PublicIps).toHaveLength(5)
  })

  it('creates a Net and Subnet, refuses an overlapping Subnet, and refuses deleting a Net still holding one', async () => {
    const net = (await call<{ Net: { NetId: string } }>(sim.url, 'CreateNet', { IpRange: '192.168.0.0/16' }))
      .body.Net
    const sub = await call(sim.url, 'CreateSubnet', {
      NetId: net.NetId,
      IpRange: '192.168.1.0/24',
      SubregionName: 'eu-west-2a',
    })
    expect(sub.status).toBe(200)
    expectOscError(
      await call(sim.url, 'CreateSubnet', { NetId: net.NetId, IpRange: '192.168.1.128/25' }),
      409,
      '9058',
    )
    expectOscError(await call(sim.url, 'DeleteNet', { NetId: net.NetId }), 409, '9066')
  })

  it('links a NIC to a VM and unlinks it; a NAT service retry with the same ClientToken answers the same', async () => {
    const vm = await vmByName('api-prod-1')
    const nic = (await call<{ Nic: { NicId: string } }>(sim.url, 'CreateNic', { SubnetId: vm.SubnetId })).body
      .Nic
    const link = await call<{ LinkNicId: string }>(sim.url, 'LinkNic', {
      NicId: nic.NicId,
      VmId: vm.VmId,
      DeviceNumber: 1,
    })
    expect(link.status).toBe(200)
    expectOscError(await call(sim.url, 'DeleteNic', { NicId: nic.NicId }), 409, '9004')
    expect((await vmByName('api-prod-1')).Nics?.map((n) => n.NicId)).toContain(nic.NicId)
    await call(sim.url, 'UnlinkNic', { LinkNicId: link.body.LinkNicId })
    expect((await call(sim.url, 'DeleteNic', { NicId: nic.NicId })).status).toBe(200)
    // A NAT service takes an idle address: OUTSCALE refuses one that is attached to something else.
    const ip = (
      await call<{ PublicIps: Array<{ PublicIpId: string; LinkPublicIpId?: string }> }>(
        sim.url,
        'ReadPublicIps',
      )
    ).body.PublicIps.find((i) => !i.LinkPublicIpId)
    const nat = { SubnetId: vm.SubnetId, PublicIpId: ip?.PublicIpId, ClientToken: 'nat-1' }
    const first = await call<{ NatService: { NatServiceId: string } }>(sim.url, 'CreateNatService', nat)
    const again = await call<{ NatService: { NatServiceId: string } }>(sim.url, 'CreateNatService', nat)
    expect(first.body.NatService.NatServiceId).toMatch(/^nat-[0-9a-f]{8}$/)
    expect(again.body.NatService.NatServiceId).toBe(first.body.NatService.NatServiceId)
    expect(
      (await call(sim.url, 'DeleteNatService', { NatServiceId: first.body.NatService.NatServiceId })).status,
    ).toBe(200)
  })

  it('tags any resource, lists tags, filters reads on them, and deletes them', async () => {
    const vm = await vmByName('batch-1')
    await call(sim.url, 'CreateTags', {
      ResourceIds: [vm.VmId],
      Tags: [{ Key: 'cost-center', Value: 'cc-7' }],
    })
    const tags = await call<{ Tags: Array<{ ResourceId: string; ResourceType: string }> }>(
      sim.url,
      'ReadTags',
      { Filters: { Keys: ['cost-center'] } },
    )
    expect(tags.body.Tags).toEqual([
      { ResourceId: vm.VmId, ResourceType: 'vm', Key: 'cost-center', Value: 'cc-7' },
    ])
    const vms = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { Tags: ['cost-center=cc-7'] } })
    expect(vms.body.Vms.map((v) => v.VmId)).toEqual([vm.VmId])
    await call(sim.url, 'DeleteTags', { ResourceIds: [vm.VmId], Tags: [{ Key: 'cost-center', Value: '' }] })
    expect(
      (await call<{ Tags: unknown[] }>(sim.url, 'ReadTags', { Filters: { Keys: ['cost-center'] } })).body
        .Tags,
    ).toEqual([])
    expectOscError(
      await call(sim.url, 'CreateTags', { ResourceIds: ['i-0badc0de'], Tags: [{ Key: 'a', Value: 'b' }] }),
      400,
      '5044',
    )
  })

  it('keeps accounts apart: the US account sees only its own VMs', async () => {
    const us = await callUs<{ Vms: Vm[] }>(sim.url, 'ReadVms')
    expect(us.body.Vms).toHaveLength(4)
    expect(us.body.Vms.every((v) => v.Placement?.SubregionName?.startsWith('us-east-2'))).toBe(true)
  })
})

describe('operations answered by the generic store', () => {
  it('creates, reads, updates and deletes a resource of a family without its own module (DHCP options)', async () => {
    const created = await call<{ DhcpOptionsSet: { DhcpOptionsSetId: string; DomainName: string } }>(
      sim.url,
      'CreateDhcpOptions',
      { DomainName: 'corp.example' },
    )
    const id = created.body.DhcpOptionsSet.DhcpOptionsSetId
    expect(id).toMatch(/^dopt-[0-9a-f]{8}$/)
    const read = await call<{ DhcpOptionsSets: Array<{ DhcpOptionsSetId: string }> }>(
      sim.url,
      'ReadDhcpOptions',
      { Filters: { DhcpOptionsSetIds: [id] } },
    )
    expect(read.body.DhcpOptionsSets.map((d) => d.DhcpOptionsSetId)).toEqual([id])
    await call(sim.url, 'CreateTags', { ResourceIds: [id], Tags: [{ Key: 'env', Value: 'lab' }] })
    expect(
      (
        await call<{ DhcpOptionsSets: unknown[] }>(sim.url, 'ReadDhcpOptions', {
          Filters: { Tags: ['env=lab'] },
        })
      ).body.DhcpOptionsSets,
    ).toHaveLength(1)
    expect((await call(sim.url, 'DeleteDhcpOptions', { DhcpOptionsSetId: id })).status).toBe(200)
    expectOscError(await call(sim.url, 'DeleteDhcpOptions', { DhcpOptionsSetId: id }), 400, '5044')
  })

  it('pages FirstItem-style reads (policies) with HasMoreItems', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await call(sim.url, 'CreatePolicy', { PolicyName: `p${i}`, Document: '{"Statement":[]}' })
      expect(r.status).toBe(200)
    }
    const page = await call<{ Policies: unknown[]; HasMoreItems: boolean }>(sim.url, 'ReadPolicies', {
      FirstItem: 0,
      ResultsPerPage: 2,
    })
    expect(page.body.Policies).toHaveLength(2)
    expect(page.body.HasMoreItems).toBe(true)
    const last = await call<{ Policies: unknown[]; HasMoreItems: boolean }>(sim.url, 'ReadPolicies', {
      FirstItem: 2,
      ResultsPerPage: 2,
    })
    expect(last.body.Policies).toHaveLength(1)
    expect(last.body.HasMoreItems).toBe(false)
  })
})
