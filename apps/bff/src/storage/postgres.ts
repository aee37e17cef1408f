import pg from 'pg'
import type { MigratableDb } from './db.ts'

export interface PostgresOptions {
  url: string
  /** Schema used for every table (tests use a unique one per run); created when missing. */
  schema?: string
  max?: number
}

const MIGRATION_LOCK_KEY = 7_405_118_233

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export async function openPostgres(options: PostgresOptions): Promise<MigratableDb> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  // A connection error while idle must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`)
  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      const result = await pool.query(sql, params)
      return result.rows as T[]
    },
    async execute(sql, params) {
      const result = await pool.query(sql, params)
      return { rowCount: result.rowCount ?? 0 }
    },
    async exec(script) {
      await pool.query(script)
    },
    async withMigrationLock(fn) {
      const client = await pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
        return await fn()
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
        client.release()
      }
    },
    async close() {
      await pool.end()
    },
  }
}
