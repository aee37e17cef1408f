import { resolve } from 'node:path'
import type { Db, MigratableDb, Migration } from './db.ts'
import { runMigrations } from './migrations.ts'
import { openPostgres } from './postgres.ts'
import { openSqlite } from './sqlite.ts'

export type { Db, Migration } from './db.ts'
export { coreMigrations, runMigrations } from './migrations.ts'

export interface OpenDbOptions {
  /** PostgreSQL URL; SQLite in dataDir when absent. */
  databaseUrl?: string
  dataDir: string
  /** PostgreSQL schema (tests isolate each run in one). */
  schema?: string
  /** Replaces the auth migrations found on disk (tests). */
  extraMigrations?: Migration[]
}

/** Opens the database and brings its schema up to date. */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  const db: MigratableDb = options.databaseUrl
    ? await openPostgres({ url: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) })
    : openSqlite(options.dataDir === ':memory:' ? ':memory:' : resolve(options.dataDir, 'osc-console.sqlite'))
  try {
    await runMigrations(db, options.extraMigrations)
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}
