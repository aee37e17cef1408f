// Several replicas sharing one Redis: reads are shared across replicas and a change through one replica is
// seen at once through the others. Skipped (and said so) when no Redis listens on 127.0.0.1:6379.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.ts'
import type { RunningConsole } from '../src/server.ts'
import { DEMO_EU } from './harness.ts'
import { redisReachable, REDIS_URL, startTwoReplicas, type TwoReplicas } from './redis.ts'

const available = await redisReachable()
if (!available) console.warn('Redis is not reachable on 127.0.0.1:6379: the shared-cache tests are skipped')
type Sim = Awaited<ReturnType<typeof startSimulator>>
let sim: Sim
let a: RunningConsole
let b: RunningConsole
let replicas: TwoReplicas | undefined

describe.skipIf(!available)('the read cache shared through Redis', () => {
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 'demo' })
    const config = parseConfig({
      dataDir: mkdtempSync(join(tmpdir(), 'osc-console-redis-')),
      storage: { redisUrl: REDIS_URL },
      accounts: [{ id: 'demo-eu', region: 'eu-west-2', endpoint: sim.url, credentials: DEMO_EU }],
      // Small answers are shared; the whole volume list of the demo account (more than 2 KB) is not kept.
      proxy: { cacheTtlMs: { default: 60_000 }, cacheMaxBytes: '2kb' },
    })
    replicas = await startTwoReplicas(config)
    a = replicas.a
    b = replicas.b
  })
  afterAll(async () => {
    await replicas?.close()
    await sim?.close()
  })

  const call = (bff: RunningConsole, action: string, body: unknown) =>
    fetch(`${bff.url}/api/osc/demo-eu/${action}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'osc-console',
        Origin: 'http://localhost:8080',
      },
      body: JSON.stringify(body),
    })
  const upstream = () => sim.stats().byAction.ReadVolumes ?? 0

  it('answers a read on one replica from what another replica fetched', async () => {
    const before = upstream()
    expect((await call(a, 'ReadVolumes', { Filters: { VolumeSizes: [7] } })).headers.get('x-cache')).toBe(
      'miss',
    )
    const other = await call(b, 'ReadVolumes', { Filters: { VolumeSizes: [7] } })
    expect(other.headers.get('x-cache')).toBe('hit')
    expect(other.headers.get('x-fetched-at')).toBeTruthy()
    expect(upstream() - before).toBe(1)
  })

  it('makes one upstream call for 50 identical reads spread over two replicas', async () => {
    const before = upstream()
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(i % 2 ? a : b, 'ReadVolumes', { Filters: { VolumeSizes: [8] } }),
      ),
    )
    expect(answers.every((r) => r.status === 200)).toBe(true)
    expect(upstream() - before).toBe(1)
  })

  it('drops the cached reads of every replica when one replica changes the account', async () => {
    const volumes = async (bff: RunningConsole) =>
      ((await (await call(bff, 'ReadVolumes', {})).json()) as { Volumes: unknown[] }).Volumes.length
    const before = await volumes(a)
    await volumes(b)
    expect((await call(b, 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 3 })).status).toBe(200)
    expect(await volumes(a)).toBe(before + 1)
  })

  it('does not keep in Redis an answer longer than proxy.cacheMaxBytes', async () => {
    const before = upstream()
    for (const bff of [a, b, a]) {
      const answer = await call(bff, 'ReadVolumes', { Filters: { VolumeTypes: ['standard', 'gp2', 'io1'] } })
      expect((await answer.text()).length).toBeGreaterThan(2048)
      expect(answer.headers.get('x-cache')).toBe('miss')
    }
    expect(upstream() - before).toBe(3)
  })

  it('reports Redis in the readiness check', async () => {
    expect(await (await fetch(`${a.url}/readyz`)).json()).toMatchObject({ status: 'ready', redis: 'ok' })
  })
})
