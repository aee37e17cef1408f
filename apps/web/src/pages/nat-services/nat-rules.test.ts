import { describe, expect, it } from 'vitest'
import { freeSubnets, idlePublicIps, natBulkActions, natCan, natFormProblems } from './nat-rules.ts'

describe('NAT service rules', () => {
  it('refuses to delete a NAT service already deleting or deleted, saying its state', () => {
    expect(natCan.delete({ NatServiceId: 'nat-1', State: 'available' }).allowed).toBe(true)
    expect(natCan.delete({ NatServiceId: 'nat-1', State: 'pending' }).allowed).toBe(true)
    expect(natCan.delete({ NatServiceId: 'nat-1', State: 'deleting' })).toMatchObject({
      allowed: false,
      reason: { values: { state: 'deleting' } },
    })
    expect(natBulkActions[0]?.params('nat-1', {})).toEqual({ NatServiceId: 'nat-1' })
  })

  it('offers only Subnets without a live NAT service, and only idle public IPs', () => {
    const subnets = [{ SubnetId: 'subnet-a' }, { SubnetId: 'subnet-b' }, { SubnetId: 'subnet-c' }]
    const nats = [
      { SubnetId: 'subnet-a', State: 'available' },
      { SubnetId: 'subnet-b', State: 'deleted' },
    ]
    expect(freeSubnets(subnets, nats).map((s) => s.SubnetId)).toEqual(['subnet-b', 'subnet-c'])
    const ips = [{ PublicIpId: 'eipalloc-1', LinkPublicIpId: 'eipassoc-1' }, { PublicIpId: 'eipalloc-2' }]
    expect(idlePublicIps(ips).map((ip) => ip.PublicIpId)).toEqual(['eipalloc-2'])
  })

  it('asks for a Subnet and a public IP before sending', () => {
    expect(natFormProblems({ name: '', subnetId: '', publicIpId: '' })).toMatchObject({
      subnetId: { id: 'nat.create.chooseSubnet' },
      publicIpId: { id: 'nat.create.chooseIp' },
    })
    expect(natFormProblems({ name: '', subnetId: 'subnet-a', publicIpId: 'eipalloc-2' })).toEqual({
      subnetId: undefined,
      publicIpId: undefined,
    })
  })
})
