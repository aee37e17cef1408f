import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAudit } from '../src/audit.ts'
import { createLogger } from '../src/logger.ts'
import { openDb, type Db } from '../src/storage/index.ts'
import { toSqlite } from '../src/storage/sqlite.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const pgUrl = await findPostgres()

function captureLogger() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  return { lines, logger: createLogger({ destination }) }
}

const person = {
  issuer: 'https://idp',
  subject: 'u-1',
  email: 'ada@example.com',
  name: 'Ada',
  groups: ['ops'],
}

type Engine = { name: string; open: () => Promise<Db>; cleanup: () => Promise<void> }
const engines: Engine[] = [
  {
    name: 'SQLite',
    open: () => openDb({ dataDir: mkdtempSync(join(tmpdir(), 'osc-console-db-')) }),
    cleanup: async () => undefined,
  },
]
const schema = uniqueSchema()
if (pgUrl) {
  engines.push({
    name: 'PostgreSQL',
    open: () => openDb({ dataDir: 'unused', databaseUrl: pgUrl, schema }),
    cleanup: () => dropSchema(pgUrl, schema),
  })
}

describe('placeholders', () => {
  it('rewrites $n placeholders for SQLite, repeating values used twice', () => {
    expect(toSqlite('SELECT $2, $1, $2', ['a', 'b'])).toEqual({
      sql: 'SELECT ?, ?, ?',
      values: ['b', 'a', 'b'],
    })
  })
})

it('finds the PostgreSQL server the storage tests need', () => {
  expect(
    pgUrl,
    'PostgreSQL on 127.0.0.1:5432 (database test, user postgres or root) is required',
  ).toBeDefined()
})

describe.each(engines)('storage on $name', (engine) => {
  let db: Db
  beforeAll(async () => {
    db = await engine.open()
  })
  afterAll(async () => {
    await db?.close()
    await engine.cleanup()
  })

  it('runs the core and sign-in migrations once, and again without error at the next start', async () => {
    const ids = (await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map(
      (r) => r.id,
    )
    expect(ids).toContain('core-001-audit')
    expect(ids).toContain('core-002-operations')
    expect(ids).toContain('auth-001-sessions')
    const again = await engine.open()
    const count = await again.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM schema_migrations')
    expect(Number(count[0]?.n)).toBe(ids.length)
    await again.close()
  })

  it('reports affected rows and returns typed rows', async () => {
    await db.execute('CREATE TABLE t_rows (k TEXT PRIMARY KEY, v INTEGER)')
    expect(
      (await db.execute('INSERT INTO t_rows (k, v) VALUES ($1, $2), ($3, $4)', ['a', 1, 'b', 2])).rowCount,
    ).toBe(2)
    expect(
      await db.query<{ k: string; v: number }>('SELECT k, v FROM t_rows WHERE v > $1 ORDER BY k', [0]),
    ).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ])
    expect((await db.execute('DELETE FROM t_rows WHERE k = $1', ['a'])).rowCount).toBe(1)
  })

  it('records audit entries and finds them by person, action, account, resource, result and time, page by page', async () => {
    const { lines, logger } = captureLogger()
    const audit = createAudit(db, logger)
    const before = new Date().toISOString()
    for (let i = 0; i < 5; i += 1) {
      await audit.record({
        kind: 'call',
        identity: person,
        role: 'operator',
        accountId: i < 4 ? 'prod' : 'dev',
        region: 'eu-west-2',
        action: i % 2 ? 'StopVms' : 'DeleteVolume',
        resourceIds: [`i-0000000${i}`],
        paramsDigest: '{}',
        result: i === 3 ? 'unknown' : 'success',
        requestId: `req-${i}`,
        httpStatus: 200,
        attempts: 1,
        durationMs: 12.6,
      })
    }
    expect(lines.filter((l) => l.includes('"audit"'))).toHaveLength(5)
    const logged = JSON.parse(lines[0] ?? '{}') as { audit: { action: string; person: { email: string } } }
    expect(logged.audit.action).toBe('DeleteVolume')
    expect(logged.audit.person.email).toBe('ada@example.com')

    const all = await audit.list({ account: 'prod' })
    expect(all.records).toHaveLength(4)
    expect(all.records[0]?.resourceIds).toEqual(['i-00000003'])
    expect(all.records[0]?.person).toEqual({
      issuer: 'https://idp',
      subject: 'u-1',
      email: 'ada@example.com',
      name: 'Ada',
    })
    expect(all.records[0]?.durationMs).toBe(13)
    expect((await audit.list({ action: 'StopVms' })).records.map((r) => r.requestId)).toEqual([
      'req-3',
      'req-1',
    ])
    expect((await audit.list({ resourceId: 'i-00000002' })).records).toHaveLength(1)
    expect((await audit.list({ person: 'ada@example.com', result: 'unknown' })).records).toHaveLength(1)
    expect((await audit.list({ person: 'someone-else' })).records).toHaveLength(0)
    expect((await audit.list({ from: before })).records).toHaveLength(5)
    expect((await audit.list({ to: before })).records).toHaveLength(0)

    const first = await audit.list({ limit: 2 })
    expect(first.records).toHaveLength(2)
    expect(first.nextCursor).toBeDefined()
    const second = await audit.list({ limit: 2, cursor: first.nextCursor })
    const third = await audit.list({ limit: 2, cursor: second.nextCursor })
    expect(third.nextCursor).toBeUndefined()
    const ids = [...first.records, ...second.records, ...third.records].map((r) => r.requestId)
    expect(ids).toEqual(['req-4', 'req-3', 'req-2', 'req-1', 'req-0'])
  })
})
