// PostgreSQL for the storage tests: 127.0.0.1:5432 with trust auth, database `test`, user postgres or root.
// Each run works in its own schema and drops it afterwards.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

const CANDIDATES = ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test']

export async function findPostgres(): Promise<string | undefined> {
  for (const url of CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
    try {
      await client.connect()
      await client.query('SELECT 1')
      return url
    } catch {
      // try the next user
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  return undefined
}

export function uniqueSchema(): string {
  return `bff_test_${process.pid}_${randomBytes(4).toString('hex')}`
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
