// Periodic work runs on one replica at a time: two replicas on one PostgreSQL database, each ticking a job every
// 200 ms for two seconds, run it about ten times together, not twenty; and never at the same moment. The session
// sweep of two consoles on one database likewise runs once per period. Skipped (and said so) without PostgreSQL on
// 127.0.0.1:5432.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { periodic, takeLease } from '../src/leases.ts'
import { openDb, type Db } from '../src/storage/index.ts'
import { captureLogs } from './harness.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const pgUrl = await findPostgres()
if (!pgUrl) console.warn('PostgreSQL is not reachable on 127.0.0.1:5432: the replica lease tests are skipped')
const schema = uniqueSchema()
let a: Db
let b: Db

describe('a lease on SQLite', () => {
  it('is held by one holder until it runs out', async () => {
    const db = await openDb({ dataDir: mkdtempSync(join(tmpdir(), 'osc-console-lease-')) })
    try {
      expect(await takeLease(db, 'job', 'a', 1000, 0)).toBe(true)
      expect(await takeLease(db, 'job', 'b', 1000, 500)).toBe(false)
      expect(await takeLease(db, 'job', 'a', 1000, 600)).toBe(true)
      expect(await takeLease(db, 'job', 'b', 1000, 1700)).toBe(true)
    } finally {
      await db.close()
    }
  })
})

describe.skipIf(!pgUrl)('periodic work shared by replicas on PostgreSQL', () => {
  beforeAll(async () => {
    a = await openDb({ dataDir: ':memory:', databaseUrl: pgUrl!, schema })
    b = await openDb({ dataDir: ':memory:', databaseUrl: pgUrl!, schema })
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    if (pgUrl) await dropSchema(pgUrl, schema)
  })

  it('runs a job on one replica per period', async () => {
    const runs: string[] = []
    let inside = 0
    let overlapped = false
    const job = (replica: string) => async () => {
      inside += 1
      if (inside > 1) overlapped = true
      runs.push(replica)
      await new Promise((resolve) => setTimeout(resolve, 30))
      inside -= 1
    }
    const { logger } = captureLogs()
    const jobs = [
      periodic({ db: a, name: 'tick', holder: 'replica-a', everyMs: 200, logger, job: job('a') }),
      periodic({ db: b, name: 'tick', holder: 'replica-b', everyMs: 200, logger, job: job('b') }),
    ]
    await new Promise((resolve) => setTimeout(resolve, 2100))
    for (const j of jobs) j.stop()
    expect(overlapped).toBe(false)
    expect(runs.length).toBeGreaterThanOrEqual(8)
    expect(runs.length).toBeLessThanOrEqual(12)
  })
})
