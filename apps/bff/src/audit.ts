// The audit log: every mutating call, refusal and sign-in event, in the database and as one JSON log line each.
import type { AuditFacts, AuditRecord } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Db } from './storage/index.ts'
import type { Logger } from './logger.ts'
import { timeOrderedId } from './ids.ts'

/** One event to record: the facts plus who did it (flattened into `person` when stored). */
export interface AuditEntry extends AuditFacts {
  identity?: Identity
}

export interface Audit {
  record(entry: AuditEntry): Promise<void>
}

export type { AuditRecord }

export interface AuditQuery {
  account?: string
  action?: string
  resourceId?: string
  /** Matches subject, email or name. */
  person?: string
  result?: string
  from?: string
  to?: string
  limit?: number
  cursor?: string
  requestIds?: string[]
}

/** Which records a person may read: every one, or those of some accounts plus their own account-less events. */
export type AuditScope =
  { all: true } | { all: false; accounts: string[]; person: { issuer: string; subject: string } }

interface AuditRow {
  id: string
  time: string
  kind: AuditEntry['kind']
  person_issuer: string | null
  person_subject: string | null
  person_email: string | null
  person_name: string | null
  role: string | null
  account_id: string | null
  region: string | null
  action: string | null
  resource_ids: string
  params_digest: string | null
  result: AuditEntry['result']
  request_id: string | null
  http_status: number | null
  error_code: string | null
  error_type: string | null
  attempts: number | null
  duration_ms: number | null
  detail: string | null
}

function toRecord(row: AuditRow): AuditRecord {
  const record: AuditRecord = {
    id: row.id,
    time: row.time,
    kind: row.kind,
    result: row.result,
    person: {},
    resourceIds: JSON.parse(row.resource_ids) as string[],
  }
  const person: AuditRecord['person'] = {}
  if (row.person_issuer !== null) person.issuer = row.person_issuer
  if (row.person_subject !== null) person.subject = row.person_subject
  if (row.person_email !== null) person.email = row.person_email
  if (row.person_name !== null) person.name = row.person_name
  record.person = person
  if (row.role !== null) record.role = row.role
  if (row.account_id !== null) record.accountId = row.account_id
  if (row.region !== null) record.region = row.region
  if (row.action !== null) record.action = row.action
  if (row.params_digest !== null) record.paramsDigest = row.params_digest
  if (row.request_id !== null) record.requestId = row.request_id
  if (row.http_status !== null) record.httpStatus = Number(row.http_status)
  if (row.error_code !== null) record.errorCode = row.error_code
  if (row.error_type !== null) record.errorType = row.error_type
  if (row.attempts !== null) record.attempts = Number(row.attempts)
  if (row.duration_ms !== null) record.durationMs = Number(row.duration_ms)
  if (row.detail !== null) record.detail = row.detail
  return record
}

export interface AuditLog extends Audit {
  list(query: AuditQuery, scope?: AuditScope): Promise<{ records: AuditRecord[]; nextCursor?: string }>
}

/** What one record keeps at most: a request can name anything, the log must stay small and readable. */
export const AUDIT_LIMITS = { resourceIds: 100, idLength: 100, detailLength: 1000 } as const

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function bounded(entry: AuditEntry): AuditEntry {
  const out: AuditEntry = { ...entry }
  if (entry.resourceIds)
    out.resourceIds = entry.resourceIds
      .slice(0, AUDIT_LIMITS.resourceIds)
      .map((id) => clip(id, AUDIT_LIMITS.idLength))
  if (entry.detail !== undefined) out.detail = clip(entry.detail, AUDIT_LIMITS.detailLength)
  if (entry.errorCode !== undefined) out.errorCode = clip(entry.errorCode, AUDIT_LIMITS.idLength)
  if (entry.errorType !== undefined) out.errorType = clip(entry.errorType, AUDIT_LIMITS.idLength)
  return out
}

export function createAudit(db: Db, logger: Logger): AuditLog {
  return {
    async record(unbounded) {
      const entry = bounded(unbounded)
      const id = timeOrderedId()
      const time = new Date().toISOString()
      const who = entry.identity
      await db.execute(
        `INSERT INTO audit_records (id, time, kind, person_issuer, person_subject, person_email, person_name, role,
           account_id, region, action, resource_ids, params_digest, result, request_id, http_status, error_code,
           error_type, attempts, duration_ms, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
        [
          id,
          time,
          entry.kind,
          who?.issuer ?? null,
          who?.subject ?? null,
          who?.email ?? null,
          who?.name ?? null,
          entry.role ?? null,
          entry.accountId ?? null,
          entry.region ?? null,
          entry.action ?? null,
          JSON.stringify(entry.resourceIds ?? []),
          entry.paramsDigest ?? null,
          entry.result,
          entry.requestId ?? null,
          entry.httpStatus ?? null,
          entry.errorCode ?? null,
          entry.errorType ?? null,
          entry.attempts ?? null,
          entry.durationMs === undefined ? null : Math.round(entry.durationMs),
          entry.detail ?? null,
        ],
      )
      const { identity: _identity, ...rest } = entry
      logger.info(
        {
          audit: {
            id,
            time,
            ...rest,
            person: who
              ? { issuer: who.issuer, subject: who.subject, email: who.email, name: who.name }
              : undefined,
          },
        },
        'audit',
      )
    },

    async list(query, scope = { all: true }) {
      const where: string[] = []
      const params: unknown[] = []
      const add = (clause: (n: string) => string, value: unknown) => {
        params.push(value)
        where.push(clause(`$${params.length}`))
      }
      if (query.account) add((p) => `account_id = ${p}`, query.account)
      if (query.action) add((p) => `action = ${p}`, query.action)
      if (query.result) add((p) => `result = ${p}`, query.result)
      if (query.from) add((p) => `time >= ${p}`, query.from)
      if (query.to) add((p) => `time < ${p}`, query.to)
      if (query.cursor) add((p) => `id < ${p}`, query.cursor)
      if (query.resourceId) add((p) => `resource_ids LIKE ${p}`, `%${JSON.stringify(query.resourceId)}%`)
      if (query.requestIds?.length) {
        const ids = query.requestIds.map((id) => {
          params.push(id)
          return `$${params.length}`
        })
        where.push(`request_id IN (${ids.join(', ')})`)
      }
      if (query.person) {
        params.push(query.person)
        const p = `$${params.length}`
        where.push(`(person_subject = ${p} OR person_email = ${p} OR person_name = ${p})`)
      }
      if (!scope.all) {
        const accounts = scope.accounts.map((id) => {
          params.push(id)
          return `$${params.length}`
        })
        params.push(scope.person.issuer, scope.person.subject)
        const own = `(account_id IS NULL AND person_issuer = $${params.length - 1} AND person_subject = $${params.length})`
        where.push(accounts.length ? `(account_id IN (${accounts.join(', ')}) OR ${own})` : own)
      }
      const limit = Math.min(Math.max(query.limit ?? 50, 1), 500)
      params.push(limit + 1)
      const rows = await db.query<AuditRow>(
        `SELECT * FROM audit_records ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY id DESC LIMIT $${params.length}`,
        params,
      )
      const records = rows.slice(0, limit).map(toRecord)
      const last = records.at(-1)
      return rows.length > limit && last ? { records, nextCursor: last.id } : { records }
    },
  }
}
