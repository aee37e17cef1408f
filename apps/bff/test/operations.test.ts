import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from './harness.ts'
import { openDb } from '../src/storage/index.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

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
  account: string
  action: string
  status: 'running' | 'done'
  finishedAt?: string
  items: Array<{ resourceId: string; status: string; error?: ErrorJson['error']; requestId?: string }>
}

async function waitDone(id: string): Promise<Op> {
  for (let i = 0; i < 200; i += 1) {
    const op = await json<Op>(await h.get(`/api/operations/${id}`))
    if (op.status === 'done') return op
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`operation ${id} did not finish`)
}

async function createVolumes(n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i += 1) {
    const answer = await json<{ Volume: { VolumeId: string } }>(
      await h.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 1 }),
    )
    ids.push(answer.Volume.VolumeId)
  }
  return ids
}

describe('bulk operations', () => {
  it('run one action over many resources and record each item, also after a restart', async () => {
    const volumes = await createVolumes(4)
    const items = [...volumes, 'vol-00000bad'].map((id) => ({ resourceId: id, params: { VolumeId: id } }))
    const started = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVolume',
      items,
      concurrency: 2,
    })
    expect(started.status).toBe(202)
    const { id } = await json<{ id: string }>(started)
    const op = await waitDone(id)
    expect(op).toMatchObject({ account: 'demo-eu', action: 'DeleteVolume', status: 'done' })
    expect(op.finishedAt).toBeTruthy()
    expect(op.items.map((i) => i.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded',
      'failed',
    ])
    expect(op.items[0]?.requestId).toBeTruthy()
    expect(op.items[4]?.error).toMatchObject({ source: 'outscale' })
    expect(op.items[4]?.error?.outscale?.requestId).toBeTruthy()

    const left = await json<{ Volumes: Array<{ VolumeId: string }> }>(
      await h.call('demo-eu', 'ReadVolumes', {}),
    )
    for (const volume of volumes) expect(left.Volumes.map((v) => v.VolumeId)).not.toContain(volume)
    // Each item is an audited call of its own.
    const audit = await json<{ records: unknown[] }>(
      await h.get(`/api/audit?action=DeleteVolume&resourceId=${volumes[0]}`),
    )
    expect(audit.records).toHaveLength(1)

    await h.restart()
    const again = await json<Op>(await h.get(`/api/operations/${id}`))
    expect(again).toEqual(op)
    const list = await json<{ operations: Op[] }>(await h.get('/api/operations?account=demo-eu'))
    expect(list.operations[0]?.id).toBe(id)
  })

  it('never runs more items at once than the concurrency asked for', async () => {
    const volumes = await createVolumes(6)
    h.sim.setFaults({ latencyByAction: { DeleteVolume: 40 } })
    try {
      const items = volumes.map((id) => ({ resourceId: id, params: { VolumeId: id } }))
      const started = await h.post('/api/operations', {
        account: 'demo-eu',
        action: 'DeleteVolume',
        items,
        concurrency: 2,
      })
      const op = await waitDone((await json<{ id: string }>(started)).id)
      expect(op.items.every((i) => i.status === 'succeeded')).toBe(true)
      expect(h.front.peakInFlight('DeleteVolume')).toBe(2)
    } finally {
      h.sim.setFaults({})
    }
  })

  it('refuses an operation whose items are invalid before running any of them', async () => {
    const before = h.front.attempts.length
    const response = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVolume',
      items: [
        { resourceId: 'vol-1', params: { VolumeId: 'vol-1' } },
        { resourceId: 'vol-2', params: { VolumeIds: ['vol-2'] } },
      ],
    })
    expect(response.status).toBe(400)
    const { error } = await json<ErrorJson>(response)
    expect(error.issues?.[0]?.path).toMatch(/^items\.1\.params/)
    expect(h.front.attempts.length).toBe(before)
  })

  it('refuses a read, an unknown action and too much concurrency', async () => {
    const read = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'ReadVms',
      items: [{ resourceId: 'x', params: {} }],
    })
    expect(read.status).toBe(400)
    const unknown = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'Explode',
      items: [{ resourceId: 'x', params: {} }],
    })
    expect((await json<ErrorJson>(unknown)).error.kind).toBe('unknown-action')
    const greedy = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVolume',
      items: [{ resourceId: 'x', params: { VolumeId: 'x' } }],
      concurrency: 500,
    })
    expect((await json<ErrorJson>(greedy)).error.issues?.[0]?.path).toBe('concurrency')
  })

  it('on a graceful stop, finishes the item in flight and marks the ones not sent as failed', async () => {
    const volumes = await createVolumes(3)
    const gate = h.front.hold('DeleteVolume')
    const items = volumes.map((id) => ({ resourceId: id, params: { VolumeId: id } }))
    const started = await h.post('/api/operations', {
      account: 'demo-eu',
      action: 'DeleteVolume',
      items,
      concurrency: 1,
    })
    const { id } = await json<{ id: string }>(started)
    while (gate.waiting() < 1) await new Promise((resolve) => setTimeout(resolve, 10))
    const stopping = h.bff.close()
    gate.release()
    await stopping
    await h.restart()
    const op = await json<Op>(await h.get(`/api/operations/${id}`))
    expect(op.status).toBe('done')
    expect(op.items.map((i) => i.status)).toEqual(['succeeded', 'failed', 'failed'])
    expect(op.items[1]?.error?.message).toMatch(/before this item was sent/)
  })

  it('after a crash, marks the items left pending as unknown', async () => {
    await h.bff.close()
    // What a process killed mid-run leaves behind: a running operation with a pending item.
    const db = await openDb({ dataDir: h.dataDir })
    await db.execute(
      `INSERT INTO operations (id, account_id, action, person_issuer, person_subject, created_at, status)
       VALUES ('crashed-op', 'demo-eu', 'StopVms', 'local', 'local', $1, 'running')`,
      [new Date().toISOString()],
    )
    await db.execute(
      `INSERT INTO operation_items (operation_id, position, resource_id, params, status)
       VALUES ('crashed-op', 0, 'i-00000001', '{}', 'pending')`,
    )
    await db.close()
    await h.restart()
    const op = await json<Op>(await h.get('/api/operations/crashed-op'))
    expect(op.status).toBe('done')
    expect(op.items[0]).toMatchObject({ status: 'unknown', error: { kind: 'unknown-outcome' } })
  })

  it('answers 404 for an operation that does not exist', async () => {
    expect((await h.get('/api/operations/nope')).status).toBe(404)
  })
})

const pgUrl = await findPostgres()

describe.skipIf(!pgUrl)('bulk operations on PostgreSQL', () => {
  const schema = uniqueSchema()
  let pgh: Harness
  beforeAll(async () => {
    pgh = await startHarness({ postgres: { url: pgUrl as string, schema } })
  })
  afterAll(async () => {
    await pgh?.close()
    await dropSchema(pgUrl as string, schema)
  })

  it('records each item in PostgreSQL and finds them again after a restart, with the audit records', async () => {
    const created = await pgh.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 1 })
    const volumeId = ((await created.json()) as { Volume: { VolumeId: string } }).Volume.VolumeId
    const items = [volumeId, 'vol-00000bad'].map((id) => ({ resourceId: id, params: { VolumeId: id } }))
    const started = await pgh.post('/api/operations', { account: 'demo-eu', action: 'DeleteVolume', items })
    const { id } = (await started.json()) as { id: string }
    let op: Op | undefined
    for (let i = 0; i < 200 && op?.status !== 'done'; i += 1) {
      if (i) await new Promise((resolve) => setTimeout(resolve, 20))
      op = (await (await pgh.get(`/api/operations/${id}`)).json()) as Op
    }
    expect(op?.items.map((i) => i.status)).toEqual(['succeeded', 'failed'])
    await pgh.restart()
    expect(await (await pgh.get(`/api/operations/${id}`)).json()).toEqual(op)
    const audit = (await (await pgh.get(`/api/audit?resourceId=${volumeId}`)).json()) as {
      records: Array<{ action: string }>
    }
    expect(audit.records.map((r) => r.action)).toEqual(['DeleteVolume', 'CreateVolume'])
  })
})
