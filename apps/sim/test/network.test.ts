// Public IPs, Nets, route tables, NAT services and NICs as the network pages use them: states, validation, errors
// and quotas as the OUTSCALE documentation describes them.
import type { PublicIp, Vm } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

const vmByName = async (name: string) =>
  (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { Tags: [`Name=${name}`] } })).body.Vms[0]!
const publicIps = async () => (await call<{ PublicIps: PublicIp[] }>(sim.url, 'ReadPublicIps')).body.PublicIps

describe('public IPs', () => {
  it('when a second public IP is linked to a VM, the first goes idle and the VM shows the new address', async () => {
    const vm = await vmByName('bastion-1')
    const before = (await publicIps()).find((ip) => ip.VmId === vm.VmId)
    const idle = (await publicIps()).find((ip) => !ip.LinkPublicIpId)
    expect(before && idle).toBeTruthy()
    const linked = await call(sim.url, 'LinkPublicIp', { PublicIpId: idle?.PublicIpId, VmId: vm.VmId })
    expect(linked.status).toBe(200)
    const after = await publicIps()
    expect(after.find((ip) => ip.PublicIpId === before?.PublicIpId)?.LinkPublicIpId).toBeUndefined()
    expect(after.filter((ip) => ip.VmId === vm.VmId).map((ip) => ip.PublicIpId)).toEqual([idle?.PublicIpId])
    const vmNow = await vmByName('bastion-1')
    expect(vmNow.PublicIp).toBe(idle?.PublicIp)
    // A VM in a Net shows the address on its primary NIC too.
    if (vmNow.Nics?.length) expect(vmNow.Nics[0]?.LinkPublicIp?.PublicIp).toBe(idle?.PublicIp)
    // The one that went idle can be released now.
    expect((await call(sim.url, 'DeletePublicIp', { PublicIpId: before?.PublicIpId })).status).toBe(200)
  })

  it('refuses to release an attached address with its documented error', async () => {
    const linked = (await publicIps()).find((ip) => ip.LinkPublicIpId)
    expectOscError(await call(sim.url, 'DeletePublicIp', { PublicIpId: linked?.PublicIpId }), 409, '9000')
  })
})

type Ok<T> = { status: number; body: T }
const netWithSubnet = async () => {
  const net = (await call<{ Net: { NetId: string } }>(sim.url, 'CreateNet', { IpRange: '10.50.0.0/16' })).body
    .Net
  const subnet = (
    await call<{ Subnet: { SubnetId: string } }>(sim.url, 'CreateSubnet', {
      NetId: net.NetId,
      IpRange: '10.50.1.0/24',
    })
  ).body.Subnet
  const rtb = (
    await call<{ RouteTables: Array<{ RouteTableId: string }> }>(sim.url, 'ReadRouteTables', {
      Filters: { NetIds: [net.NetId] },
    })
  ).body.RouteTables[0]!
  return { net, subnet, rtb }
}
const routesOf = async (id: string) =>
  (
    await call<{
      RouteTables: Array<{
        Routes: Array<{
          DestinationIpRange: string
          State: string
          GatewayId?: string
          NatServiceId?: string
        }>
      }>
    }>(sim.url, 'ReadRouteTables', { Filters: { RouteTableIds: [id] } })
  ).body.RouteTables[0]!.Routes

describe('routes', () => {
  it('refuses a route to an Internet service not linked to the table’s Net, then marks it blackhole once unlinked', async () => {
    const { net, rtb } = await netWithSubnet()
    const igw = (
      await call<{ InternetService: { InternetServiceId: string } }>(sim.url, 'CreateInternetService')
    ).body.InternetService.InternetServiceId
    const route = { RouteTableId: rtb.RouteTableId, DestinationIpRange: '0.0.0.0/0', GatewayId: igw }
    expectOscError(await call(sim.url, 'CreateRoute', route), 409, '9026')
    await call(sim.url, 'LinkInternetService', { InternetServiceId: igw, NetId: net.NetId })
    expect((await call(sim.url, 'CreateRoute', route)).status).toBe(200)
    expect((await routesOf(rtb.RouteTableId)).find((r) => r.GatewayId === igw)?.State).toBe('active')
    await call(sim.url, 'UnlinkInternetService', { InternetServiceId: igw, NetId: net.NetId })
    expect((await routesOf(rtb.RouteTableId)).find((r) => r.GatewayId === igw)?.State).toBe('blackhole')
  })

  it('UpdateRoute moves a route to another target and refuses to change the local route', async () => {
    const { net, rtb } = await netWithSubnet()
    const igw = (
      await call<{ InternetService: { InternetServiceId: string } }>(sim.url, 'CreateInternetService')
    ).body.InternetService.InternetServiceId
    await call(sim.url, 'LinkInternetService', { InternetServiceId: igw, NetId: net.NetId })
    const vm = await vmByName('bastion-1')
    await call(sim.url, 'CreateRoute', {
      RouteTableId: rtb.RouteTableId,
      DestinationIpRange: '192.168.0.0/16',
      VmId: vm.VmId,
    })
    const moved = await call(sim.url, 'UpdateRoute', {
      RouteTableId: rtb.RouteTableId,
      DestinationIpRange: '192.168.0.0/16',
      GatewayId: igw,
    })
    expect(moved.status).toBe(200)
    expect(
      (await routesOf(rtb.RouteTableId)).find((r) => r.DestinationIpRange === '192.168.0.0/16'),
    ).toMatchObject({
      GatewayId: igw,
      State: 'active',
    })
    expectOscError(
      await call(sim.url, 'UpdateRoute', {
        RouteTableId: rtb.RouteTableId,
        DestinationIpRange: '10.50.0.0/16',
        GatewayId: igw,
      }),
      400,
      '4047',
    )
    expectOscError(
      await call(sim.url, 'UpdateRoute', {
        RouteTableId: rtb.RouteTableId,
        DestinationIpRange: '172.16.0.0/12',
        GatewayId: igw,
      }),
      400,
      '5045',
    )
  })
})

describe('NAT services', () => {
  it('takes an idle public IP, is pending then available, counts against its quota, and gives the IP back once deleted', async () => {
    const { subnet, rtb } = await netWithSubnet()
    const idle = (await publicIps()).find((ip) => !ip.LinkPublicIpId)!
    const linked = (await publicIps()).find((ip) => ip.LinkPublicIpId)!
    expectOscError(
      await call(sim.url, 'CreateNatService', { SubnetId: subnet.SubnetId, PublicIpId: linked.PublicIpId }),
      409,
      '9000',
    )
    const created: Ok<{ NatService: { NatServiceId: string; State: string } }> = await call(
      sim.url,
      'CreateNatService',
      {
        SubnetId: subnet.SubnetId,
        PublicIpId: idle.PublicIpId,
        ClientToken: 'nat-once',
      },
    )
    const id = created.body.NatService.NatServiceId
    expect(created.body.NatService.State).toBe('pending')
    const again = await call<{ NatService: { NatServiceId: string } }>(sim.url, 'CreateNatService', {
      SubnetId: subnet.SubnetId,
      PublicIpId: idle.PublicIpId,
      ClientToken: 'nat-once',
    })
    expect(again.body.NatService.NatServiceId).toBe(id)
    // A Subnet takes one NAT service: another public IP there is refused, naming the one it holds.
    const otherIdle = (await publicIps()).find((ip) => !ip.LinkPublicIpId)!
    const second = await call(sim.url, 'CreateNatService', {
      SubnetId: subnet.SubnetId,
      PublicIpId: otherIdle.PublicIpId,
    })
    expectOscError(second, 409, '9000')
    expect(JSON.stringify(second.body)).toContain(id)
    expect((await publicIps()).find((ip) => ip.PublicIpId === idle.PublicIpId)?.LinkPublicIpId).toBeTruthy()
    sim.advance(31_000)
    const read = async () =>
      (
        await call<{ NatServices: Array<{ State: string }> }>(sim.url, 'ReadNatServices', {
          Filters: { NatServiceIds: [id] },
        })
      ).body.NatServices[0]
    expect((await read())?.State).toBe('available')
    await call(sim.url, 'CreateRoute', {
      RouteTableId: rtb.RouteTableId,
      DestinationIpRange: '0.0.0.0/0',
      NatServiceId: id,
    })
    const quotas = await call<{ QuotaTypes: Array<{ Quotas: Array<{ Name: string; UsedValue: number }> }> }>(
      sim.url,
      'ReadQuotas',
    )
    const used = quotas.body.QuotaTypes.flatMap((q) => q.Quotas).find((q) => q.Name === 'nat_gateway_limit')
    expect(used?.UsedValue).toBe(1)
    // The Subnet is held while the NAT service lives.
    expectOscError(await call(sim.url, 'DeleteSubnet', { SubnetId: subnet.SubnetId }), 409, '9059')

    expect((await call(sim.url, 'DeleteNatService', { NatServiceId: id })).status).toBe(200)
    expect((await read())?.State).toBe('deleting')
    expectOscError(await call(sim.url, 'DeleteNatService', { NatServiceId: id }), 409, '6003')
    sim.advance(31_000)
    expect((await read())?.State).toBe('deleted')
    expect(
      (await publicIps()).find((ip) => ip.PublicIpId === idle.PublicIpId)?.LinkPublicIpId,
    ).toBeUndefined()
    expect((await routesOf(rtb.RouteTableId)).find((r) => r.NatServiceId === id)?.State).toBe('blackhole')
  })
})

describe('NAT service billing', () => {
  it('bills a NAT service by the hour from its creation until it is deleted', async () => {
    const { subnet } = await netWithSubnet()
    const idle = (await publicIps()).find((ip) => !ip.LinkPublicIpId)!
    const created = await call<{ NatService: { NatServiceId: string } }>(sim.url, 'CreateNatService', {
      SubnetId: subnet.SubnetId,
      PublicIpId: idle.PublicIpId,
    })
    const id = created.body.NatService.NatServiceId
    const day = new Date(sim.now()).toISOString().slice(0, 10)
    const after = new Date(Date.parse(day) + 3 * 86_400_000).toISOString().slice(0, 10)
    const hours = async () =>
      (
        await call<{ ConsumptionEntries: Array<{ ResourceId?: string; Type?: string; Value?: number }> }>(
          sim.url,
          'ReadConsumptionAccount',
          { FromDate: day, ToDate: after, ShowResourceDetails: true },
        )
      ).body.ConsumptionEntries.find((e) => e.ResourceId === id && e.Type === 'NatGatewayUsage')?.Value ?? 0
    sim.advance(3_600_000)
    expect(await hours()).toBeCloseTo(1, 3)
    await call(sim.url, 'DeleteNatService', { NatServiceId: id })
    sim.advance(3_600_000)
    const billed = await hours()
    expect(billed).toBeLessThan(1.01)
    sim.advance(3_600_000)
    expect(await hours()).toBe(billed)
  })
})

describe('Nets and NICs', () => {
  it('UpdateNet changes the DHCP options set, refusing an id that is not one', async () => {
    const { net } = await netWithSubnet()
    expectOscError(
      await call(sim.url, 'UpdateNet', { NetId: net.NetId, DhcpOptionsSetId: 'vpc-123' }),
      400,
      '4104',
    )
    expectOscError(
      await call(sim.url, 'UpdateNet', { NetId: net.NetId, DhcpOptionsSetId: 'dopt-12345678' }),
      400,
      '5044',
    )
    const dhcp = await call<{ DhcpOptionsSet: { DhcpOptionsSetId: string } }>(sim.url, 'CreateDhcpOptions', {
      DomainName: 'corp.example',
    })
    const id = dhcp.body.DhcpOptionsSet.DhcpOptionsSetId
    const updated = await call<{ Net: { DhcpOptionsSetId: string } }>(sim.url, 'UpdateNet', {
      NetId: net.NetId,
      DhcpOptionsSetId: id,
    })
    expect(updated.body.Net.DhcpOptionsSetId).toBe(id)
  })

  it('gives a new NIC its Net’s default group, and refuses to attach it to a VM of another Net', async () => {
    const { net, subnet } = await netWithSubnet()
    const nic = (
      await call<{ Nic: { NicId: string; SecurityGroups: Array<{ SecurityGroupName: string }> } }>(
        sim.url,
        'CreateNic',
        { SubnetId: subnet.SubnetId },
      )
    ).body.Nic
    expect(nic.SecurityGroups.map((g) => g.SecurityGroupName)).toEqual(['default'])
    expect(net.NetId).toMatch(/^vpc-/)
    const vm = await vmByName('web-prod-1')
    expectOscError(
      await call(sim.url, 'LinkNic', { NicId: nic.NicId, VmId: vm.VmId, DeviceNumber: 1 }),
      400,
      '4047',
    )
  })

  it('adds and removes secondary private IPs in the Subnet’s range, keeping the primary, and changes a NIC’s groups', async () => {
    const { subnet } = await netWithSubnet()
    const nic = (await call<{ Nic: { NicId: string } }>(sim.url, 'CreateNic', { SubnetId: subnet.SubnetId }))
      .body.Nic
    const ips = async () =>
      (
        await call<{
          Nics: Array<{
            PrivateIps: Array<{ PrivateIp: string; IsPrimary: boolean }>
            SecurityGroups: Array<{ SecurityGroupId: string }>
          }>
        }>(sim.url, 'ReadNics', { Filters: { NicIds: [nic.NicId] } })
      ).body.Nics[0]!
    expectOscError(
      await call(sim.url, 'LinkPrivateIps', { NicId: nic.NicId, PrivateIps: ['10.99.0.9'] }),
      400,
      '4030',
    )
    expect(
      (await call(sim.url, 'LinkPrivateIps', { NicId: nic.NicId, PrivateIps: ['10.50.1.200'] })).status,
    ).toBe(200)
    expect(
      (await call(sim.url, 'LinkPrivateIps', { NicId: nic.NicId, SecondaryPrivateIpCount: 2 })).status,
    ).toBe(200)
    const after = await ips()
    expect(after.PrivateIps).toHaveLength(4)
    expect(after.PrivateIps.filter((p) => p.IsPrimary)).toHaveLength(1)
    const primary = after.PrivateIps.find((p) => p.IsPrimary)!.PrivateIp
    expectOscError(
      await call(sim.url, 'UnlinkPrivateIps', { NicId: nic.NicId, PrivateIps: [primary] }),
      400,
      '4047',
    )
    expect(
      (await call(sim.url, 'UnlinkPrivateIps', { NicId: nic.NicId, PrivateIps: ['10.50.1.200'] })).status,
    ).toBe(200)
    expect((await ips()).PrivateIps.map((p) => p.PrivateIp)).not.toContain('10.50.1.200')

    const group = await call<{ SecurityGroup: { SecurityGroupId: string } }>(sim.url, 'CreateSecurityGroup', {
      SecurityGroupName: 'nic-group',
      Description: 'for a NIC',
      NetId: (
        await call<{ Nics: Array<{ NetId: string }> }>(sim.url, 'ReadNics', {
          Filters: { NicIds: [nic.NicId] },
        })
      ).body.Nics[0]!.NetId,
    })
    const id = group.body.SecurityGroup.SecurityGroupId
    expect((await call(sim.url, 'UpdateNic', { NicId: nic.NicId, SecurityGroupIds: [id] })).status).toBe(200)
    expect((await ips()).SecurityGroups.map((g) => g.SecurityGroupId)).toEqual([id])
  })
})
