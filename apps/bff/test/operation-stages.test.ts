import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

interface Op {
  id: string
  status: 'running' | 'done'
  items: Array<{ resourceId: string; status: string; action?: string; stage?: number }>
}

const read = async (id: string) => json<Op>(await h.get(`/api/operations/${id}`))

async function until(id: string, test: (op: Op) => boolean): Promise<Op> {
  for (let i = 0; i < 300; i += 1) {
    const op = await read(id)
    if (test(op)) return op
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`operation ${id} never reached the expected state: ${JSON.stringify(await read(id))}`)
}

/** A running VM in a security group of its own, created now. */
async function vmInItsOwnGroup(): Promise<{ vmId: string; groupId: string }> {
  const { SecurityGroup } = await json<{ SecurityGroup: { SecurityGroupId: string } }>(
    await h.call('demo-eu', 'CreateSecurityGroup', {
      SecurityGroupName: `stages-${Date.now()}`,
      Description: 'stages',
    }),
  )
  const { Images } = await json<{ Images: Array<{ ImageId: string }> }>(
    await h.call('demo-eu', 'ReadImages', { Filters: { States: ['available'] } }),
  )
  const { Vms } = await json<{ Vms: Array<{ VmId: string }> }>(
    await h.call('demo-eu', 'CreateVms', {
      ImageId: Images[0]!.ImageId,
      VmType: 'tinav5.c1r1p2',
      SecurityGroupIds: [SecurityGroup.SecurityGroupId],
    }),
  )
  h.sim.advance(11_000)
  return { vmId: Vms[0]!.VmId, groupId: SecurityGroup.SecurityGroupId }
}

/** Deletes the VM, then (stage 1) its security group. */
const deleteVmThenGroup = (vmId: string, groupId: string) =>
  h.post('/api/operations', {
    account: 'demo-eu',
    action: 'DeleteVms',
    items: [
      { resourceId: vmId, params: { VmIds: [vmId] } },
      { resourceId: groupId, action: 'DeleteSecurityGroup', stage: 1, params: { SecurityGroupId: groupId } },
    ],
  })

describe('staged bulk operations', () => {
  it('delete a VM, then only once it has terminated its security group, which OUTSCALE refuses before', async () => {
    const { vmId, groupId } = await vmInItsOwnGroup()
    const started = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVms',
      items: [
        {
          resourceId: groupId,
          action: 'DeleteSecurityGroup',
          stage: 1,
          params: { SecurityGroupId: groupId },
        },
        { resourceId: vmId, params: { VmIds: [vmId] } },
      ],
    })
    expect(started.status).toBe(202)
    const { id } = await json<{ id: string }>(started)

    // The VM is shutting down: its group is still in use, so the second stage waits and sends nothing.
    const waiting = await until(id, (op) => op.items[1]?.status === 'succeeded')
    expect(waiting.status).toBe('running')
    expect(waiting.items[0]).toMatchObject({ status: 'pending', action: 'DeleteSecurityGroup', stage: 1 })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(h.front.attemptsOf('DeleteSecurityGroup')).toHaveLength(0)
    expect((await read(id)).items[0]?.status).toBe('pending')

    h.sim.advance(6_000)
    const done = await until(id, (op) => op.status === 'done')
    expect(done.items.map((i) => i.status)).toEqual(['succeeded', 'succeeded'])
    const groups = await json<{ SecurityGroups: unknown[] }>(
      await h.call('demo-eu', 'ReadSecurityGroups', { Filters: { SecurityGroupIds: [groupId] } }),
    )
    expect(groups.SecurityGroups).toHaveLength(0)
  })

  it('waits the same way for a VM whose deletion OUTSCALE applied but whose answer was lost', async () => {
    const { vmId, groupId } = await vmInItsOwnGroup()
    h.front.plan('DeleteVms', [{ status: 500, code: '0', type: 'InternalError', afterForward: true }])
    const started = await deleteVmThenGroup(vmId, groupId)
    const { id } = await json<{ id: string }>(started)

    // Nobody knows whether the VM went: the read says it is shutting down, so the group waits for it.
    const waiting = await until(id, (op) => op.items[0]?.status === 'unknown')
    expect(waiting.status).toBe('running')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(h.front.attemptsOf('DeleteSecurityGroup').filter((a) => a.body.includes(groupId))).toEqual([])
    expect((await read(id)).items[1]?.status).toBe('pending')

    h.sim.advance(6_000)
    const done = await until(id, (op) => op.status === 'done')
    expect(done.items.map((i) => i.status)).toEqual(['unknown', 'succeeded'])
  })

  it('does not wait for a VM whose deletion never reached OUTSCALE: the group is refused at once', async () => {
    const { vmId, groupId } = await vmInItsOwnGroup()
    h.front.plan('DeleteVms', [{ status: 0, drop: true }])
    const started = await deleteVmThenGroup(vmId, groupId)
    // The VM still runs as it did: waiting for it would last the whole settling time for nothing.
    const done = await until((await json<{ id: string }>(started)).id, (op) => op.status === 'done')
    expect(done.items.map((i) => i.status)).toEqual(['unknown', 'failed'])
  })

  it('in one stage, the same deletion of a group still in use is refused by OUTSCALE', async () => {
    const { vmId, groupId } = await vmInItsOwnGroup()
    const started = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVms',
      concurrency: 1,
      items: [
        { resourceId: vmId, params: { VmIds: [vmId] } },
        { resourceId: groupId, action: 'DeleteSecurityGroup', params: { SecurityGroupId: groupId } },
      ],
    })
    const done = await until((await json<{ id: string }>(started)).id, (op) => op.status === 'done')
    expect(done.items.map((i) => i.status)).toEqual(['succeeded', 'failed'])
  })

  it('checks every item against its own action: a viewer may not delete, and a read is no item', async () => {
    const readItem = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVolume',
      items: [{ resourceId: 'x', action: 'ReadVms', params: {} }],
    })
    expect(readItem.status).toBe(400)
    const badParams = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVms',
      items: [{ resourceId: 'sg-1', action: 'DeleteSecurityGroup', params: { VmIds: ['i-1'] } }],
    })
    expect(badParams.status).toBe(400)
    const unknown = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVms',
      items: [{ resourceId: 'x', action: 'DeleteEverything', params: {} }],
    })
    expect(unknown.status).toBe(404)
  })
})
