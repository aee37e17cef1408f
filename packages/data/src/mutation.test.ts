import { describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import {
  applyMutationResult,
  familiesChangedBy,
  humanAction,
  invalidateAfter,
  resourceShape,
  sensitiveMutationOptions,
} from './mutation.ts'
import { detailParams } from './osc.ts'
import { permission, type Me } from './console.ts'

describe('applyMutationResult', () => {
  it('shows the new state of stopped VMs in every cached VM list at once', () => {
    const client = new QueryClient()
    const list = ['demo-eu', 'ReadVms', {}]
    const detail = ['demo-eu', 'ReadVms', detailParams('Vm', 'i-1')]
    client.setQueryData(list, {
      Vms: [
        { VmId: 'i-1', State: 'running' },
        { VmId: 'i-2', State: 'running' },
      ],
    })
    client.setQueryData(detail, { Vms: [{ VmId: 'i-1', State: 'running' }] })
    client.setQueryData(['demo-us', 'ReadVms', {}], { Vms: [{ VmId: 'i-1', State: 'running' }] })
    applyMutationResult(client, 'demo-eu', 'StopVms', {
      Vms: [{ VmId: 'i-1', CurrentState: 'stopping', PreviousState: 'running' }],
    })
    expect(client.getQueryData(list)).toEqual({
      Vms: [
        { VmId: 'i-1', State: 'stopping' },
        { VmId: 'i-2', State: 'running' },
      ],
    })
    expect(client.getQueryData(detail)).toEqual({ Vms: [{ VmId: 'i-1', State: 'stopping' }] })
    expect(client.getQueryData(['demo-us', 'ReadVms', {}])).toEqual({
      Vms: [{ VmId: 'i-1', State: 'running' }],
    })
  })

  it('seeds the detail of a created VM under the key its detail page reads', () => {
    const client = new QueryClient()
    applyMutationResult(client, 'demo-eu', 'CreateVms', { Vms: [{ VmId: 'i-9', State: 'pending' }] })
    expect(client.getQueryData(['demo-eu', 'ReadVms', { Filters: { VmIds: ['i-9'] } }])).toEqual({
      Vms: [{ VmId: 'i-9', State: 'pending' }],
    })
  })

  it('never puts a sensitive answer such as a private key into the cache', () => {
    const client = new QueryClient()
    applyMutationResult(client, 'demo-eu', 'CreateKeypair', {
      Keypair: { KeypairId: 'key-1', KeypairName: 'k', PrivateKey: '-----BEGIN RSA PRIVATE KEY-----' },
    })
    expect(client.getQueryCache().getAll()).toHaveLength(0)
  })

  it('seeds the detail of an updated VM from the singular response member', () => {
    const client = new QueryClient()
    applyMutationResult(client, 'demo-eu', 'UpdateVm', { Vm: { VmId: 'i-3', VmType: 'tinav6.c2r4p2' } })
    expect(client.getQueryData(['demo-eu', 'ReadVms', detailParams('Vm', 'i-3')])).toEqual({
      Vms: [{ VmId: 'i-3', VmType: 'tinav6.c2r4p2' }],
    })
  })
})

describe('what a mutation invalidates', () => {
  it('covers the action family, and quotas for creations and deletions', () => {
    expect(familiesChangedBy('StopVms')).toEqual(['vms'])
    expect(familiesChangedBy('CreateVms', ['volumes']).sort()).toEqual(['quotas', 'vms', 'volumes'])
    expect(familiesChangedBy('DeleteVms')).toContain('quotas')
  })

  it('refreshes the read that shows a part with no read of its own: a rule its group, a listener its load balancer', async () => {
    const client = new QueryClient()
    const groups = ['demo-eu', 'ReadSecurityGroups', {}]
    const balancers = ['demo-eu', 'ReadLoadBalancers', {}]
    const vms = ['demo-eu', 'ReadVms', {}]
    for (const key of [groups, balancers, vms]) client.setQueryData(key, {})
    await invalidateAfter(client, 'demo-eu', 'CreateSecurityGroupRule')
    expect(client.getQueryState(groups)?.isInvalidated).toBe(true)
    expect(client.getQueryState(balancers)?.isInvalidated).toBe(false)
    await invalidateAfter(client, 'demo-eu', 'CreateLoadBalancerListeners')
    await invalidateAfter(client, 'demo-eu', 'DeleteLoadBalancerPolicy')
    expect(client.getQueryState(balancers)?.isInvalidated).toBe(true)
    expect(client.getQueryState(vms)?.isInvalidated).toBe(false)
  })

  it('refreshes every read of the account after a tag change, since tags show on every resource', async () => {
    const client = new QueryClient()
    client.setQueryData(['demo-eu', 'ReadVms', {}], { Vms: [] })
    client.setQueryData(['demo-eu', 'ReadVolumes', {}], { Volumes: [] })
    client.setQueryData(['demo-us', 'ReadVms', {}], { Vms: [] })
    await invalidateAfter(client, 'demo-eu', 'CreateTags')
    expect(client.getQueryState(['demo-eu', 'ReadVms', {}])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['demo-eu', 'ReadVolumes', {}])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['demo-us', 'ReadVms', {}])?.isInvalidated).toBe(false)
  })

  it('maps response members to their read action', () => {
    expect(resourceShape('Vms')).toMatchObject({ readAction: 'ReadVms', idField: 'VmId', singular: 'Vm' })
    expect(resourceShape('Volume')).toMatchObject({ readAction: 'ReadVolumes', idField: 'VolumeId' })
    expect(resourceShape('ResponseContext')).toBeUndefined()
  })

  it('words actions for people', () => {
    expect(humanAction('StopVms')).toBe('Stop VMs')
    expect(humanAction('UpdateVm')).toBe('Update VM')
  })
})

describe('permission', () => {
  const me: Me = {
    user: { name: 'Ana', email: null, subject: 's', issuer: 'i', groups: [] },
    authMode: 'oidc',
    locale: null,
    accounts: [
      {
        id: 'demo-eu',
        name: 'Demo (Europe)',
        region: 'eu-west-2',
        role: 'viewer',
        roles: ['viewer'],
        allowedActions: ['ReadVms'],
        deniedReason: 'Your role on Demo (Europe) is viewer, which does not allow this.',
      },
    ],
  }
  it('allows what /api/me lists and explains what it refuses', () => {
    expect(permission(me, 'demo-eu', 'ReadVms')).toEqual({ allowed: true })
    expect(permission(me, 'demo-eu', 'StopVms')).toEqual({
      allowed: false,
      reason: 'Your role (viewer) on Demo (Europe) does not allow StopVms.',
    })
    expect(permission(me, 'other', 'ReadVms').allowed).toBe(false)
  })
})

describe('a sensitive mutation', () => {
  it('leaves no copy of its answer (a private key) in the cache once nobody watches it', async () => {
    const client = new QueryClient()
    const run = (action: 'CreateKeypair' | 'CreateTags') =>
      client
        .getMutationCache()
        .build(client, {
          ...sensitiveMutationOptions(action),
          mutationFn: () => Promise.resolve({ action, Keypair: { PrivateKey: 'SECRET' } }),
        })
        .execute(undefined)
    await run('CreateKeypair')
    await run('CreateTags')
    await new Promise((resolve) => setTimeout(resolve, 10))
    const kept = client.getMutationCache().getAll()
    expect(kept).toHaveLength(1) // CreateTags keeps its answer for the usual time: the check can tell them apart
    expect(kept[0]?.state.data).toMatchObject({ action: 'CreateTags' })
  })
})
