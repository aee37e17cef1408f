import { describe, expect, it } from 'vitest'
import type { Keypair, LoadBalancer, Vm } from '@osc-console/osc-api'
import {
  findResource,
  keypairResource,
  readersChangedBy,
  resourceOfId,
  resourcePath,
  vmResource,
} from './registry.ts'
import { detailParamsOf } from './queries.ts'

describe('the resource registry', () => {
  it('derives the read, the id and the name from the family plural, as OUTSCALE names them', () => {
    expect(vmResource.read).toBe('ReadVms')
    expect(vmResource.listKey).toBe('Vms')
    expect(detailParamsOf(vmResource, 'i-1')).toEqual({ Filters: { VmIds: ['i-1'] } })
    const vm: Vm = { VmId: 'i-1', Tags: [{ Key: 'Name', Value: 'web-1' }], State: 'running' }
    expect(vmResource.nameOf(vm)).toBe('web-1')
    expect(vmResource.stateOf(vm)).toBe('running')
    const kp: Keypair = { KeypairId: 'key-1', KeypairName: 'ops', KeypairFingerprint: 'aa:bb' }
    expect(keypairResource.read).toBe('ReadKeypairs')
    expect(keypairResource.nameOf(kp)).toBe('ops')
    expect(keypairResource.searchText(kp)).toContain('aa:bb')
  })

  it('keys load balancers by name, since they have no id, and reads one by LoadBalancerNames', () => {
    const lbs = findResource('load-balancers')!
    const lb: LoadBalancer = { LoadBalancerName: 'front', DnsName: 'front.lbu.example' }
    expect(lbs.idOf(lb)).toBe('front')
    expect(detailParamsOf(lbs, 'front')).toEqual({ Filters: { LoadBalancerNames: ['front'] } })
  })

  it('tags most families with CreateTags by id, and load balancers with their own calls by name', () => {
    const tags = [{ Key: 'env', Value: 'prod' }]
    expect(vmResource.tagCalls.create).toBe('CreateTags')
    expect(vmResource.tagCalls.params('i-1', tags, true)).toEqual({ ResourceIds: ['i-1'], Tags: tags })
    const lbs = findResource('load-balancers')!
    expect([lbs.tagCalls.create, lbs.tagCalls.remove]).toEqual([
      'CreateLoadBalancerTags',
      'DeleteLoadBalancerTags',
    ])
    expect(lbs.tagCalls.params('front', tags, false)).toEqual({ LoadBalancerNames: ['front'], Tags: tags })
    // DeleteLoadBalancerTags takes the keys only; the strict schema refuses a Value.
    expect(lbs.tagCalls.params('front', tags, true)).toEqual({
      LoadBalancerNames: ['front'],
      Tags: [{ Key: 'env' }],
    })
  })

  it('links an id to its family by prefix, and only to pages the console has', () => {
    expect(resourceOfId('i-0a1b2c3d')?.section).toBe('vms')
    expect(resourceOfId('sg-12345678')?.section).toBe('security-groups')
    expect(resourceOfId('i-')).toBeUndefined()
    expect(resourceOfId('front')).toBeUndefined()
    expect(resourcePath('demo-eu', 'key-1234')).toEqual({
      to: '/$account/$section/$id',
      params: { account: 'demo-eu', section: 'keypairs', id: 'key-1234' },
    })
    expect(resourcePath('demo-eu', 'vol-1234')).toBeUndefined()
  })

  it('names the reads a call changes besides its own family: linking a volume refreshes the VMs', () => {
    expect(readersChangedBy('LinkVolume')).toContain('vms')
    expect(readersChangedBy('CreateKeypair')).toEqual([])
  })
})
