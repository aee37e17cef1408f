import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { MigratableDb, Migration } from './db.ts'

// Core tables. Times are ISO-8601 strings (sortable as text on both engines); ids are time-ordered strings.
export const coreMigrations: Migration[] = [
  {
    id: 'core-001-audit',
    sql: `
      CREATE TABLE audit_records (
        id TEXT PRIMARY KEY,
        time TEXT NOT NULL,
        kind TEXT NOT NULL,
        person_issuer TEXT,
        person_subject TEXT,
        person_email TEXT,
        person_name TEXT,
        role TEXT,
        account_id TEXT,
        region TEXT,
        action TEXT,
        resource_ids TEXT NOT NULL DEFAULT '[]',
        params_digest TEXT,
        result TEXT NOT NULL,
        request_id TEXT,
        http_status INTEGER,
        error_code TEXT,
        attempts INTEGER,
        duration_ms INTEGER,
        detail TEXT
      );
      CREATE INDEX audit_records_time ON audit_records (time);
      CREATE INDEX audit_records_account_action ON audit_records (account_id, action);
      CREATE INDEX audit_records_person ON audit_records (person_subject);
    `,
  },
  {
    id: 'core-002-operations',
    sql: `
      CREATE TABLE operations (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        action TEXT NOT NULL,
        person_issuer TEXT NOT NULL,
        person_subject TEXT NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL
      );
      CREATE INDEX operations_person ON operations (person_issuer, person_subject, created_at);
      CREATE TABLE operation_items (
        operation_id TEXT NOT NULL REFERENCES operations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        resource_id TEXT NOT NULL,
        params TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        request_id TEXT,
        PRIMARY KEY (operation_id, position)
      );
    `,
  },
  {
    // OUTSCALE's error type (InvalidResource, …) beside its code: the code alone means nothing to a reader.
    id: 'core-003-audit-error-type',
    sql: 'ALTER TABLE audit_records ADD COLUMN error_type TEXT',
  },
  {
    // Closed days of consumption, shared by every replica: a day's answer never changes once the day is settled.
    // The account key names the account and where it is read (id, region, endpoint); the variant is what the
    // request asks besides its dates (prices, resource details).
    id: 'core-004-consumption-days',
    sql: `
      CREATE TABLE consumption_days (
        account_key TEXT NOT NULL,
        variant TEXT NOT NULL,
        day TEXT NOT NULL,
        answer TEXT NOT NULL,
        kept_at TEXT NOT NULL,
        PRIMARY KEY (account_key, variant, day)
      );
    `,
  },
  {
    // Replicas sharing one database: a lease per job that one replica at a time runs, and an owner with a
    // heartbeat per running bulk operation (times in epoch ms), so a replica takes over only the operations whose
    // owner stopped.
    id: 'core-005-replicas',
    sql: `
      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at BIGINT NOT NULL);
      ALTER TABLE operations ADD COLUMN owner TEXT;
      ALTER TABLE operations ADD COLUMN heartbeat_at BIGINT;
      ALTER TABLE operations ADD COLUMN identity TEXT;
    `,
  },
  {
    // The audit page matches OUTSCALE's own API log with the console's records by RequestId.
    id: 'core-006-audit-request-id',
    sql: 'CREATE INDEX audit_records_request_id ON audit_records (request_id)',
  },
  {
    // Staged bulk operations (clean up an account): an item may run its own action, and stages run in order.
    id: 'core-007-operation-stages',
    sql: `
      ALTER TABLE operation_items ADD COLUMN action TEXT;
      ALTER TABLE operation_items ADD COLUMN stage INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    // The quotas of each account sampled at a fixed interval (times in epoch ms), pruned past their retention:
    // what the Quotas page draws as a trend and extrapolates to the day a limit is reached.
    id: 'core-008-quota-samples',
    sql: `
      CREATE TABLE quota_samples (
        account_id TEXT NOT NULL,
        sampled_at BIGINT NOT NULL,
        quota_type TEXT NOT NULL,
        name TEXT NOT NULL,
        used_value DOUBLE PRECISION NOT NULL,
        max_value DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (account_id, quota_type, name, sampled_at)
      );
      CREATE INDEX quota_samples_time ON quota_samples (sampled_at);
    `,
  },
]

/** The access-control work ships its own list; it runs after the core one when present. */
async function loadAuthMigrations(): Promise<Migration[]> {
  const url = new URL('../auth/migrations.ts', import.meta.url)
  if (!existsSync(fileURLToPath(url))) return []
  const module = (await import(url.href)) as { authMigrations?: Migration[] }
  return module.authMigrations ?? []
}

export async function runMigrations(db: MigratableDb, extra?: Migration[]): Promise<string[]> {
  const list = [...coreMigrations, ...(extra ?? (await loadAuthMigrations()))]
  return db.withMigrationLock(async () => {
    await db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
    )
    const done = new Set(
      (await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((row) => row.id),
    )
    const applied: string[] = []
    for (const migration of list) {
      if (done.has(migration.id)) continue
      await db.exec(`BEGIN;\n${migration.sql}\n;COMMIT;`).catch(async (error: unknown) => {
        await db.exec('ROLLBACK').catch(() => undefined)
        throw new Error(`Database migration ${migration.id} failed: ${(error as Error).message}`, {
          cause: error,
        })
      })
      await db.execute('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [
        migration.id,
        new Date().toISOString(),
      ])
      applied.push(migration.id)
    }
    return applied
  })
}
