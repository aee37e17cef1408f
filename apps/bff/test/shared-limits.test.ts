// Two replicas sharing one Redis share one budget of calls per OUTSCALE account and one count of sign-in attempts
// per address: N replicas together stay under the limit one replica keeps. Skipped (and said so) when no Redis
// listens on 127.0.0.1:6379.
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
if (!available)
  console.warn('Redis is not reachable on 127.0.0.1:6379: the shared rate-limit tests are skipped')
type Sim = Awaited<ReturnType<typeof startSimulator>>
let sim: Sim
let a: RunningConsole
let b: RunningConsole
let replicas: TwoReplicas | undefined

describe.skipIf(!available)('rate limits shared through Redis', () => {
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 'demo' })
    const config = parseConfig({
      dataDir: mkdtempSync(join(tmpdir(), 'osc-console-limits-')),
      storage: { redisUrl: REDIS_URL },
      auth: { mode: 'none', signInAttemptsPerMinute: 2 },
      accounts: [{ id: 'demo-eu', region: 'eu-west-2', endpoint: sim.url, credentials: DEMO_EU }],
      proxy: { cacheTtlMs: { default: 0 }, rateLimit: { perSecond: 5, burst: 5, maxQueueMs: 0 } },
    })
    replicas = await startTwoReplicas(config)
    a = replicas.a
    b = replicas.b
  })
  afterAll(async () => {
    await replicas?.close()
    await sim?.close()
  })

  const call = (bff: RunningConsole, size: number) =>
    fetch(`${bff.url}/api/osc/demo-eu/ReadVolumes`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'osc-console',
        Origin: 'http://localhost:8080',
      },
      body: JSON.stringify({ Filters: { VolumeSizes: [size] } }),
    })

  it('lets both replicas together send no more calls to an account than one replica may', async () => {
    const before = sim.stats().byAction.ReadVolumes ?? 0
    // Ten different reads at once, five through each replica, with no queueing allowed: one budget of five.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call(i % 2 ? a : b, i + 1)))
    const statuses = answers.map((r) => r.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429])
    const refused = answers.find((r) => r.status === 429)!
    expect(await refused.json()).toMatchObject({
      error: { source: 'console', kind: 'throttled', retryable: true },
    })
    expect((sim.stats().byAction.ReadVolumes ?? 0) - before).toBe(5)
  })

  it('counts the sign-in attempts from one address on every replica together', async () => {
    const login = (bff: RunningConsole) =>
      fetch(`${bff.url}/auth/login?returnTo=/`, { redirect: 'manual' }).then((r) => r.status)
    expect([await login(a), await login(b)]).toEqual([302, 302])
    expect(await login(a)).toBe(429)
    expect(await login(b)).toBe(429)
  })
})
