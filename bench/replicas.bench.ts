// Two console replicas on one PostgreSQL database and one Redis against one replica (on the same database and Redis),
// each in its own process: the upstream calls 50 people polling one read cost when they are spread over both
// replicas (the cache and its coalescing are shared through Redis), and the proxy's throughput with the load spread
// over two replicas ÷ one. On a 2-core machine the second figure shows what shared state costs, not a speed-up: the
// load client, the simulator and both replicas share the same cores. Needs PostgreSQL (127.0.0.1:5432, database
// `test`) and Redis (127.0.0.1:6379), as the two-replica test does.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { startSimulator } from '@osc-console/sim'
import {
  ACTION,
  agent,
  CONCURRENCY,
  consoleTarget,
  demoAccount,
  loadInterleaved,
  LOAD_SECONDS,
  pollUpstream,
  POLL_SECONDS,
  spawnServer,
  type Target,
} from './proxy-load.ts'
import type { BenchRow } from './types.ts'
import { dropSchema, findPostgres } from '../apps/bff/test/pg.ts'

const here = import.meta.dirname
const REDIS_URL = 'redis://127.0.0.1:6379'
async function postgresUrl(): Promise<string> {
  const url = await findPostgres()
  if (!url)
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432 (database test): start it to measure replicas',
    )
  return url
}

/** Spreads the calls over `targets`, one after the other. */
function roundRobin(name: string, targets: Target[]): Target {
  return { name, request: (i) => targets[i % targets.length]!.request(i) }
}

export default async function (): Promise<BenchRow[]> {
  const databaseUrl = await postgresUrl()
  const schema = `bench_replicas_${randomBytes(4).toString('hex')}`
  const prefix = `osc-console-bench-${randomBytes(4).toString('hex')}:`
  const sim = await startSimulator({ port: 0, seed: 'demo' })
  sim.setFaults({ throttling: false })
  const replica = (name: string, proxy: Record<string, unknown>) =>
    spawnServer(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, '../apps/bff/test/replica-process.ts'),
        JSON.stringify({
          port: 0,
          host: '127.0.0.1',
          replica: name,
          databaseSchema: schema,
          redisPrefix: prefix,
          staticDir: '/nonexistent',
          config: {
            listen: { host: '127.0.0.1', port: 0 },
            storage: { databaseUrl, redisUrl: REDIS_URL },
            accounts: [demoAccount(sim.url)],
            proxy,
          },
        }),
      ],
      { LOG_LEVEL: 'warn' },
    )
  // Throughput: every call goes upstream (no cache), under a rate limit too high to wait, still counted in Redis.
  const unlimited = { cacheTtlMs: { default: 0 }, rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } }
  const [a, b] = await Promise.all([replica('bench-a', unlimited), replica('bench-b', unlimited)])
  try {
    const one = consoleTarget('one replica', a.url)
    const two = roundRobin('two replicas', [one, consoleTarget('b', b.url)])
    await loadInterleaved([one, two], 1.5, CONCURRENCY, 1)
    const [single, pair] = await loadInterleaved([one, two], LOAD_SECONDS, CONCURRENCY)
    if (single!.errors || pair!.errors) throw new Error('calls failed under load')
    await Promise.all([a.close(), b.close()])

    // Polling with the default cache: 50 people over two replicas against one person on one.
    const [pa, pb] = await Promise.all([replica('poll-a', {}), replica('poll-b', {})])
    const upstream = () => sim.stats().byAction[ACTION] ?? 0
    const alone = await pollUpstream(1, [pa.url], upstream)
    const fifty = await pollUpstream(50, [pa.url, pb.url], upstream)
    await Promise.all([pa.close(), pb.close()])
    return [
      {
        name: `upstream calls/s, 50 people polling one read over two replicas (${POLL_SECONDS} s)`,
        value: fifty,
        unit: 'calls/s',
        baseline: alone,
        baselineName: '1 person on one replica',
        target: '≤ 1.05×',
      },
      {
        name: 'proxy throughput, load spread over two replicas',
        value: pair!.rps,
        unit: 'req/s',
        baseline: single!.rps,
        baselineName: 'one replica',
        target: 'report (2 cores: the cost of shared state)',
      },
    ]
  } finally {
    await Promise.allSettled([a.close(), b.close()])
    await sim.close()
    agent.destroy()
    await dropSchema(databaseUrl, schema)
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
  }
}
