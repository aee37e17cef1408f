// The quota sampler: two consoles over one database sample each account once per period between them (a lease),
// not once each; samples past the retention are pruned. On SQLite, and on PostgreSQL when it answers on
// 127.0.0.1:5432 (skipped, and said so, otherwise).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadQuotasResponse } from '@osc-console/osc-api'
import { startSimulator } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig, resolveAccounts, type Config } from '../src/config.ts'
import { createQuotaSampleStore, quotaRows, sampleQuotas } from '../src/quota-sampler.ts'
import { start, type RunningConsole } from '../src/server.ts'
import { openDb, type Db } from '../src/storage/index.ts'
import { createRateLimiter } from '../src/upstream/rate-limiter.ts'
import { createSignedClient } from '../src/upstream/signed-client.ts'
import { captureLogs, DEMO_EU, DEMO_US, type Sim } from './harness.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const pgUrl = await findPostgres()
if (!pgUrl)
  console.warn('PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL sampler test is skipped')

// The shortest period the configuration accepts.
const PERIOD_MS = 1000
let sim: Sim

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 'demo' })
})
afterAll(async () => {
  await sim?.close()
})

function configFor(dataDir: string, databaseUrl?: string): Config {
  return parseConfig({
    dataDir,
    ...(databaseUrl ? { storage: { databaseUrl } } : {}),
    accounts: [
      { id: 'demo-eu', region: 'eu-west-2', endpoint: sim.url, credentials: DEMO_EU },
      { id: 'demo-us', region: 'us-east-2', endpoint: sim.url, credentials: DEMO_US },
    ],
    quotas: { sampleMinutes: PERIOD_MS / 60_000, retentionDays: 1 },
  })
}

/** The distinct times each account was sampled at. */
async function sampleTimes(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ account_id: string; n: number | string }>(
    'SELECT account_id, COUNT(DISTINCT sampled_at) AS n FROM quota_samples GROUP BY account_id',
  )
  return Object.fromEntries(rows.map((r) => [r.account_id, Number(r.n)]))
}

async function twoConsolesSample(config: Config, schema?: string): Promise<Record<string, number>> {
  const { logger } = captureLogs()
  const consoles: RunningConsole[] = []
  for (const replica of ['replica-a', 'replica-b'])
    consoles.push(
      await start({
        config,
        port: 0,
        host: '127.0.0.1',
        logger,
        replica,
        ...(schema ? { databaseSchema: schema } : {}),
      }),
    )
  // Five periods: each console alone would sample five times, both together ten.
  await new Promise((resolve) => setTimeout(resolve, PERIOD_MS * 5 + 200))
  for (const c of consoles) await c.close()
  const db = await openDb({
    dataDir: config.dataDir,
    ...(config.storage.databaseUrl ? { databaseUrl: config.storage.databaseUrl } : {}),
    ...(schema ? { schema } : {}),
  })
  try {
    return await sampleTimes(db)
  } finally {
    await db.close()
  }
}

describe('the quota sampler', () => {
  it('samples every account once per period between two consoles sharing a SQLite file', async () => {
    const counts = await twoConsolesSample(configFor(mkdtempSync(join(tmpdir(), 'osc-console-quotas-'))))
    for (const account of ['demo-eu', 'demo-us']) {
      expect(counts[account]).toBeGreaterThanOrEqual(3)
      expect(counts[account]).toBeLessThanOrEqual(6)
    }
  })

  it.skipIf(!pgUrl)('samples every account once per period between two consoles on PostgreSQL', async () => {
    const schema = uniqueSchema()
    try {
      const counts = await twoConsolesSample(configFor(':memory:', pgUrl), schema)
      for (const account of ['demo-eu', 'demo-us']) {
        expect(counts[account]).toBeGreaterThanOrEqual(3)
        expect(counts[account]).toBeLessThanOrEqual(6)
      }
    } finally {
      await dropSchema(pgUrl!, schema)
    }
  })

  it('keeps what OUTSCALE answers for each quota, and prunes the samples past the retention', async () => {
    const config = configFor(mkdtempSync(join(tmpdir(), 'osc-console-quotas-')))
    const db = await openDb({ dataDir: config.dataDir })
    const client = createSignedClient()
    try {
      const store = createQuotaSampleStore(db)
      const now = Date.parse('2026-06-10T12:00:00Z')
      // Two days old with a one-day retention: gone at the next sample; twelve hours old: kept.
      await store.record('demo-eu', now - 2 * 86_400_000, [
        { quotaType: 'global', name: 'ip_limit', used: 1, max: 20 },
      ])
      await store.record('demo-eu', now - 12 * 3_600_000, [
        { quotaType: 'global', name: 'ip_limit', used: 2, max: 20 },
      ])
      const { logger } = captureLogs()
      const result = await sampleQuotas({
        db,
        store,
        config,
        accounts: resolveAccounts(config),
        client,
        logger,
        holder: 'test',
        now: () => now,
      })
      expect(result.sampled.sort()).toEqual(['demo-eu', 'demo-us'])
      expect(result.pruned).toBe(1)
      const series = await store.read('demo-eu')
      const ip = series.find((s) => s.name === 'ip_limit')
      expect(ip?.samples.map((s) => s.at)).toEqual([now - 12 * 3_600_000, now])
      // The sample taken now is what ReadQuotas says when asked again.
      const again = await client.send(resolveAccounts(config)[0]!, 'ReadQuotas', '{}', 5000)
      const answer = JSON.parse(again.kind === 'response' ? again.text : '{}') as ReadQuotasResponse
      const expected = quotaRows(answer.QuotaTypes ?? []).find((r) => r.name === 'ip_limit')
      expect(ip?.samples.at(-1)).toEqual({ at: now, used: expected?.used, max: expected?.max })
      expect(series.length).toBe(quotaRows(answer.QuotaTypes ?? []).length)
    } finally {
      client.close()
      await db.close()
    }
  })

  it('counts its calls in the account’s rate limit, and skips an account whose budget is spent until the next period', async () => {
    const config = configFor(mkdtempSync(join(tmpdir(), 'osc-console-quotas-')))
    const db = await openDb({ dataDir: config.dataDir })
    const client = createSignedClient()
    try {
      const limiter = createRateLimiter({ perSecond: 1, burst: 1, maxQueueMs: 0 })
      // People have just spent the US account's budget for this second.
      await limiter.acquire('demo-us')
      const { logs, logger } = captureLogs()
      const store = createQuotaSampleStore(db)
      const result = await sampleQuotas({
        db,
        store,
        config,
        accounts: resolveAccounts(config),
        client,
        limiter,
        logger,
        holder: 'test',
      })
      expect(result.sampled).toEqual(['demo-eu'])
      expect(await store.read('demo-us')).toEqual([])
      expect(logs.join('')).toContain('the console is already sending many calls to it')
    } finally {
      client.close()
      await db.close()
    }
  })
})
