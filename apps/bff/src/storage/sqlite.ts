import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { MigratableDb } from './db.ts'

/** Rewrites $1, $2 … into positional ? and reorders the values, since SQLite binds by position. */
export function toSqlite(sql: string, params: unknown[] = []): { sql: string; values: unknown[] } {
  const values: unknown[] = []
  const text = sql.replace(/\$(\d+)/g, (_match, n: string) => {
    values.push(normalise(params[Number(n) - 1]))
    return '?'
  })
  return { sql: text, values }
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.toISOString()
  return value
}

export function openSqlite(file: string): MigratableDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  return {
    kind: 'sqlite',
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      const { sql: text, values } = toSqlite(sql, params)
      const statement = db.prepare(text)
      if (!statement.reader) {
        statement.run(...values)
        return []
      }
      return statement.all(...values) as T[]
    },
    async execute(sql, params) {
      const { sql: text, values } = toSqlite(sql, params)
      const statement = db.prepare(text)
      if (statement.reader) return { rowCount: statement.all(...values).length }
      return { rowCount: statement.run(...values).changes }
    },
    async exec(script) {
      db.exec(script)
    },
    async withMigrationLock(fn) {
      // One process owns a SQLite file; WAL plus busy_timeout covers a second reader.
      return fn()
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
