// Storage behind one small interface so the same code runs on the embedded SQLite file and on PostgreSQL.
// SQL is written once in the portable subset (TEXT/INTEGER columns, $1 placeholders).

export interface Db {
  kind: 'sqlite' | 'postgres'
  query<T>(sql: string, params?: unknown[]): Promise<T[]>
  execute(sql: string, params?: unknown[]): Promise<{ rowCount: number }>
  close(): Promise<void>
}

export interface Migration {
  id: string
  sql: string
}

/** Internal extension used by the migration runner: one multi-statement script at once. */
export interface MigratableDb extends Db {
  exec(script: string): Promise<void>
  /** Runs fn while holding a lock that keeps two replicas from migrating at once. */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>
}
