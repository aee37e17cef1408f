// The whole scale-out story on this machine: the simulator, the development IdP and two console replicas on one
// PostgreSQL database and one Redis, behind a small front that sends each request to the replica the test names
// (as a load balancer would, one after the other). Replica A runs in its own process so that it can be killed.
// Skipped (and said so) when PostgreSQL (127.0.0.1:5432) or Redis (127.0.0.1:6379) does not answer.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { startSimulator } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.ts'
import { start, type RunningConsole } from '../src/server.ts'
import { Browser, CLIENT_SECRET, DEMO_BINDINGS, signIn, startTestIdp } from './auth-harness.ts'
import { startFaultFront, type FaultFront } from './fault-front.ts'
import { captureLogs, DEMO_EU } from './harness.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'
import { redisReachable, REDIS_URL } from './redis.ts'

const pgUrl = await findPostgres()
const redisUp = await redisReachable()
if (!pgUrl || !redisUp)
  console.warn(
    `${!pgUrl ? 'PostgreSQL (127.0.0.1:5432)' : 'Redis (127.0.0.1:6379)'} is not reachable: the two-replica test is skipped`,
  )

const PER_SECOND = 30
const LEASE = { heartbeatMs: 300, staleMs: 1500 }

type Sim = Awaited<ReturnType<typeof startSimulator>>
type Idp = Awaited<ReturnType<typeof startTestIdp>>
let sim: Sim
let upstream: FaultFront
let idp: Idp
let front: http.Server
let frontUrl: string
let a: ChildProcess | undefined
let aUrl: string
let b: RunningConsole
const schema = uniqueSchema()
const prefix = `osc-console-test-${randomBytes(4).toString('hex')}:`
const targets: Record<string, string> = {}
// What every replica of the test starts with (set once the simulator, the IdP and the front listen).
let config: Record<string, unknown>
let common: Record<string, unknown>

/** The load balancer: `x-test-replica: a|b` names the replica; otherwise one after the other. */
async function startFront(): Promise<void> {
  let turn = 0
  front = http.createServer((req, res) => {
    const named = req.headers['x-test-replica']
    const target = new URL(
      targets[typeof named === 'string' ? named : turn++ % 2 ? 'b' : 'a'] ?? targets.b ?? '',
    )
    const out = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    out.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(out)
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`
}

async function startReplicaProcess(spec: unknown): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./replica-process.ts', import.meta.url)),
      JSON.stringify(spec),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const lines = createInterface({ input: child.stdout! })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`replica A exited with ${code}`)))
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) resolve((JSON.parse(line) as { url: string }).url)
    })
  })
  return { child, url }
}

describe.skipIf(!pgUrl || !redisUp)('two console replicas on PostgreSQL and Redis', () => {
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 'demo' })
    upstream = await startFaultFront(sim.url)
    idp = await startTestIdp()
    await startFront()
    config = {
      publicUrl: frontUrl,
      listen: { host: '127.0.0.1', port: 0 },
      dataDir: mkdtempSync(join(tmpdir(), 'osc-console-replicas-')),
      storage: { databaseUrl: pgUrl, redisUrl: REDIS_URL },
      auth: {
        mode: 'oidc',
        signInAttemptsPerMinute: 1000,
        oidc: { issuer: idp.url, clientId: 'osc-console', clientSecret: { value: CLIENT_SECRET } },
      },
      bindings: DEMO_BINDINGS,
      accounts: [{ id: 'demo-eu', region: 'eu-west-2', endpoint: upstream.url, credentials: DEMO_EU }],
      proxy: {
        rateLimit: { perSecond: PER_SECOND, burst: PER_SECOND, maxQueueMs: 10_000 },
        operationConcurrency: 4,
      },
    }
    common = {
      port: 0,
      host: '127.0.0.1',
      databaseSchema: schema,
      redisPrefix: prefix,
      staticDir: '/nonexistent',
      operationLease: LEASE,
    }
    const started = await startReplicaProcess({ ...common, config, replica: 'replica-a' })
    a = started.child
    aUrl = started.url
    targets.a = aUrl
    b = await start({
      ...common,
      config: parseConfig(config),
      replica: 'replica-b',
      logger: captureLogs().logger,
    })
    targets.b = b.url
  }, 60_000)

  afterAll(async () => {
    a?.kill('SIGKILL')
    await b?.close()
    await new Promise((resolve) => front?.close(resolve))
    await upstream?.close()
    await idp?.close()
    await sim?.close()
    if (pgUrl) await dropSchema(pgUrl, schema)
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
  })

  const browser = new Browser()
  const on = (replica: 'a' | 'b' | 'c', path: string, body?: unknown) =>
    browser.fetch(`${frontUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        'x-test-replica': replica,
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'x-requested-with': 'osc-console', origin: frontUrl }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await res).json() as Promise<T>
  type Vm = { VmId: string; State: string }

  it('keeps a session signed in through the front (the sign-in starts on A, comes back on B) valid on both', async () => {
    const ends = await signIn(browser, { url: frontUrl }, 'alice')
    expect(ends.url.startsWith(frontUrl)).toBe(true)
    for (const replica of ['a', 'b'] as const) {
      const me = await on(replica, '/api/me')
      expect(me.status).toBe(200)
      expect(await me.json()).toMatchObject({ user: { name: 'Alice Martin' } })
    }
  })

  it('shows a VM stopped through A as stopped through B after one refresh', async () => {
    const { Vms } = await json<{ Vms: Vm[] }>(on('b', '/api/osc/demo-eu/ReadVms', {}))
    const vm = Vms.find((v) => v.State === 'running')!
    expect(vm).toBeDefined()
    expect((await on('a', '/api/osc/demo-eu/StopVms', { VmIds: [vm.VmId] })).status).toBe(200)
    await fetch(`${sim.url}/_sim/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 120 }) })
    const after = await json<{ Vms: Vm[] }>(
      on('b', '/api/osc/demo-eu/ReadVms', { Filters: { VmIds: [vm.VmId] } }),
    )
    expect(after.Vms[0]?.State).toBe('stopped')
  })

  it('lets 50 people polling one read through A and B together cost OUTSCALE what one person costs', async () => {
    const ROUNDS = 10
    const upstreamCalls = async (people: number): Promise<number> => {
      const before = sim.stats().byAction.ReadVolumes ?? 0
      for (let round = 0; round < ROUNDS; round++) {
        // Each round is a refresh of a read nobody has cached yet (its own filter): every person asks at once,
        // half of them through each replica.
        const body = { Filters: { VolumeSizes: [5000 + people * ROUNDS + round] } }
        const answers = await Promise.all(
          Array.from({ length: people }, (_, i) =>
            on(i % 2 ? 'a' : 'b', '/api/osc/demo-eu/ReadVolumes', body),
          ),
        )
        expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([])
      }
      return (sim.stats().byAction.ReadVolumes ?? 0) - before
    }
    const one = await upstreamCalls(1)
    const fifty = await upstreamCalls(50)
    console.info(`${ROUNDS} refreshes: one person ${one} upstream calls, 50 people on two replicas ${fifty}`)
    expect(one).toBe(ROUNDS)
    expect(fifty / one).toBeLessThanOrEqual(1.05)
  })

  it('holds the per-account limit for both replicas together', async () => {
    const before = sim.stats().total
    const samples: Array<[number, number]> = []
    const started = performance.now()
    const sampler = setInterval(
      () => samples.push([performance.now() - started, sim.stats().total - before]),
      50,
    )
    const answers = await Promise.all(
      Array.from({ length: 3 * PER_SECOND }, (_, i) =>
        on(i % 2 ? 'a' : 'b', '/api/osc/demo-eu/ReadVolumes', { Filters: { VolumeSizes: [1000 + i] } }),
      ),
    )
    clearInterval(sampler)
    const elapsed = performance.now() - started
    expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([])
    expect(sim.stats().total - before).toBe(3 * PER_SECOND)
    // The calls sent in any second (sampled every 50 ms): one replica's budget, not two.
    let most = 0
    for (const [t, n] of samples) {
      const later = samples.filter(([u]) => u <= t + 1000).at(-1)
      if (later) most = Math.max(most, later[1] - n)
    }
    console.info(
      `two replicas, ${3 * PER_SECOND} reads: ${Math.round(elapsed)} ms, at most ${most} upstream calls in a second (limit ${PER_SECOND})`,
    )
    // Three windows of PER_SECOND calls cross two second boundaries: more than one second, wherever in its second the
    // first call falls (with a budget per replica, two windows: within one second).
    expect(elapsed).toBeGreaterThan(1000)
    // Windows are fixed seconds: the end of one and the start of the next can fall within one sliding second, and a
    // call let through at a window's very end may reach OUTSCALE a few milliseconds into the next one.
    expect(most).toBeLessThanOrEqual(2 * PER_SECOND + PER_SECOND / 10)
  })

  it('lets B take over a 200-item operation from A killed mid-run, sending no item twice', async () => {
    await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ latencyByAction: { StopVms: 60 } }),
    })
    const ids = Array.from({ length: 200 }, (_, i) => `i-${(0xa0000000 + i).toString(16)}`)
    const created = await on('a', '/api/operations', {
      account: 'demo-eu',
      action: 'StopVms',
      items: ids.map((id) => ({ resourceId: id, params: { VmIds: [id] } })),
    })
    expect(created.status).toBe(202)
    const { id } = (await created.json()) as { id: string }
    const sentTo = () =>
      upstream.attemptsOf('StopVms').map((t) => (JSON.parse(t.body) as { VmIds: string[] }).VmIds[0])
    while (sentTo().filter((v) => ids.includes(v!)).length < 40) await new Promise((r) => setTimeout(r, 20))
    a!.kill('SIGKILL')
    targets.a = b.url
    const killedAt = sentTo().filter((v) => ids.includes(v!)).length
    type Op = { status: string; items: Array<{ resourceId: string; status: string }> }
    let op: Op
    const deadline = Date.now() + 40_000
    do {
      await new Promise((r) => setTimeout(r, 200))
      op = await json<Op>(on('b', `/api/operations/${id}`))
    } while (op.status !== 'done' && Date.now() < deadline)
    expect(op.status).toBe('done')
    const sent = sentTo().filter((v) => ids.includes(v!))
    const counts = new Map<string, number>()
    for (const v of sent) counts.set(v!, (counts.get(v!) ?? 0) + 1)
    expect([...counts.values()].filter((n) => n > 1)).toEqual([])
    const byStatus = (s: string) => op.items.filter((i) => i.status === s).length
    console.info(
      `A killed after ${killedAt} items sent; B finished: ${byStatus('failed')} answered, ${byStatus('unknown')} unknown, ${sent.length} sent in all`,
    )
    expect(byStatus('pending')).toBe(0)
    // What A had claimed without an answer is unknown (at most its concurrency; it may have died before sending
    // it); every answered item was sent exactly once.
    expect(byStatus('unknown')).toBeGreaterThan(0)
    expect(byStatus('unknown')).toBeLessThanOrEqual(4)
    for (const item of op.items.filter((i) => i.status !== 'unknown'))
      expect(counts.get(item.resourceId)).toBe(1)
    // B's sends are in the audit log beside A's.
    const audit = await json<{ records: Array<{ action?: string }> }>(
      on('b', '/api/audit?action=StopVms&limit=500'),
    )
    expect(audit.records.length).toBeGreaterThanOrEqual(200 - byStatus('unknown'))
  }, 60_000)

  /**
   * C deletes `vms` VMs one at a time (and a keypair after them, with `keypair`), then (stage 1) the security group
   * the VMs are in, and is killed after OUTSCALE answered `answered` of the deletions and, if `inFlight`, while the
   * next one is on its way (OUTSCALE applies it; the answer is lost with C). B takes the operation over, sends what
   * C had not, and sends the group only once every VM deleted, by C or by itself, answered or not, has terminated.
   */
  async function stagedTakeover(shape: {
    vms: number
    answered: number
    inFlight: boolean
    keypair?: boolean
  }) {
    const c = await startReplicaProcess({ ...common, config, replica: 'replica-c' })
    targets.c = c.url
    try {
      const { SecurityGroup } = await json<{ SecurityGroup: { SecurityGroupId: string } }>(
        on('b', '/api/osc/demo-eu/CreateSecurityGroup', {
          SecurityGroupName: `staged-${randomBytes(3).toString('hex')}`,
          Description: 'staged',
        }),
      )
      const groupId = SecurityGroup.SecurityGroupId
      const { Images } = await json<{ Images: Array<{ ImageId: string }> }>(
        on('b', '/api/osc/demo-eu/ReadImages', { Filters: { States: ['available'] } }),
      )
      const { Vms } = await json<{ Vms: Vm[] }>(
        on('b', '/api/osc/demo-eu/CreateVms', {
          ImageId: Images[0]!.ImageId,
          VmType: 'tinav5.c1r1p2',
          SecurityGroupIds: [groupId],
          MinVmsCount: shape.vms,
          MaxVmsCount: shape.vms,
        }),
      )
      const vmIds = Vms.map((vm) => vm.VmId!)
      const keypair = `staged-${randomBytes(3).toString('hex')}`
      if (shape.keypair) await json(on('b', '/api/osc/demo-eu/CreateKeypair', { KeypairName: keypair }))
      await fetch(`${sim.url}/_sim/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 60 }) })
      const until = async (test: () => boolean | Promise<boolean>) => {
        while (!(await test())) await new Promise((r) => setTimeout(r, 20))
      }
      // Every deletion C sends waits at the front until the test lets it through.
      let held = upstream.hold('DeleteVms')
      const created = await on('c', '/api/operations', {
        account: 'demo-eu',
        action: 'DeleteVms',
        concurrency: 1,
        items: [
          ...vmIds.map((vmId) => ({ resourceId: vmId, params: { VmIds: [vmId] } })),
          ...(shape.keypair
            ? [{ resourceId: keypair, action: 'DeleteKeypair', params: { KeypairName: keypair } }]
            : []),
          {
            resourceId: groupId,
            action: 'DeleteSecurityGroup',
            stage: 1,
            params: { SecurityGroupId: groupId },
          },
        ],
      })
      expect(created.status).toBe(202)
      const { id } = (await created.json()) as { id: string }
      type Op = { status: string; items: Array<{ resourceId: string; status: string }> }
      const read = () => json<Op>(on('b', `/api/operations/${id}`))
      for (let i = 0; i < shape.answered; i += 1) {
        await until(() => held.waiting() === 1)
        held.release()
        held = upstream.hold('DeleteVms')
        await until(async () => (await read()).items[i]?.status === 'succeeded')
      }
      if (shape.inFlight) await until(() => held.waiting() === 1)
      c.child.kill('SIGKILL')
      held.release()
      // B takes the operation over; while a VM is still shutting down, the group is not sent.
      const deadline = Date.now() + 20_000
      let polls = 0
      for (;;) {
        polls += 1
        await new Promise((r) => setTimeout(r, 200))
        const op = await read()
        expect(op.items.at(-1)?.status).toBe('pending')
        if (polls >= 20 || Date.now() > deadline) break
      }
      expect(upstream.attemptsOf('DeleteSecurityGroup').filter((a) => a.body.includes(groupId))).toEqual([])
      await fetch(`${sim.url}/_sim/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 60 }) })
      let op: Op
      do {
        await new Promise((r) => setTimeout(r, 200))
        op = await read()
      } while (op.status !== 'done' && Date.now() < deadline + 20_000)
      const lost = shape.inFlight ? shape.answered : -1
      expect(op.items.map((i) => i.status)).toEqual([
        ...vmIds.map((_, i) => (i === lost ? 'unknown' : 'succeeded')),
        ...(shape.keypair ? ['succeeded'] : []),
        'succeeded',
      ])
    } finally {
      c.child.kill('SIGKILL')
    }
  }

  it('lets B take over a staged clean-up from a killed replica in order: the group goes only once its VM has terminated', async () => {
    await stagedTakeover({ vms: 1, answered: 1, inFlight: false })
  }, 60_000)

  it('lets B wait the same way for a VM whose deletion reached OUTSCALE while its answer was lost with the killed replica', async () => {
    await stagedTakeover({ vms: 1, answered: 0, inFlight: true })
  }, 60_000)

  it('lets B, taking over in the middle of a stage, wait for the VMs the killed replica deleted in it, not only for what it sent itself', async () => {
    // B's own item of the stage (the keypair) leaves nothing to wait for: the VMs C deleted do.
    await stagedTakeover({ vms: 2, answered: 1, inFlight: true, keypair: true })
  }, 60_000)
})
