// Server-side sessions and sign-ins in progress, in the BFF's database (SQLite or PostgreSQL), so they survive a
// restart and are shared by replicas. The browser holds only a random session id; the row is keyed by its hash.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../storage/index.ts'
import type { Identity } from './identity.ts'

export interface SessionLimits {
  idleMs: number
  absoluteMs: number
}

export interface Session {
  idHash: string
  identity: Identity
  authMode: string
  idTokenHint?: string
  createdAt: number
  lastSeenAt: number
  expiresAt: number
  /** When the person's groups were last read from the IdP (the sign-in, then each refresh). */
  groupsReadAt: number
  refreshToken?: string
  address?: string
  browser?: string
}

export type SessionLookup =
  | { status: 'valid'; session: Session }
  | { status: 'expired'; session: Session; reason: 'idle' | 'absolute' }
  | { status: 'ended'; session: Session; by: string }
  | { status: 'missing' }

interface SessionRow {
  id_hash: string
  issuer: string
  subject: string
  email: string | null
  name: string | null
  groups_json: string
  auth_mode: string
  id_token_hint: string | null
  created_at: number | string
  last_seen_at: number | string
  expires_at: number | string
  refresh_token: string | null
  groups_read_at: number | string | null
  address: string | null
  user_agent: string | null
  ended_by: string | null
}

export interface LoginFlow {
  state: string
  nonce: string
  codeVerifier: string
  returnTo: string
  createdAt: number
}

// A sign-in must come back from the IdP within this time.
export const LOGIN_FLOW_TTL_MS = 10 * 60_000
// Idle time is written at most this often (or a tenth of the idle limit when shorter), so a busy page does not
// turn every read into a database write.
const TOUCH_EVERY_MS = 60_000

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex')
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url')
}

// PostgreSQL returns BIGINT as text.
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v))

function toSession(row: SessionRow): Session {
  const identity: Identity = {
    issuer: row.issuer,
    subject: row.subject,
    groups: JSON.parse(row.groups_json) as string[],
    sessionId: row.id_hash.slice(0, 16),
  }
  if (row.email) identity.email = row.email
  if (row.name) identity.name = row.name
  return {
    idHash: row.id_hash,
    identity,
    authMode: row.auth_mode,
    ...(row.id_token_hint ? { idTokenHint: row.id_token_hint } : {}),
    createdAt: num(row.created_at),
    lastSeenAt: num(row.last_seen_at),
    expiresAt: num(row.expires_at),
    groupsReadAt: num(row.groups_read_at ?? row.created_at),
    ...(row.refresh_token ? { refreshToken: row.refresh_token } : {}),
    ...(row.address ? { address: row.address } : {}),
    ...(row.user_agent ? { browser: row.user_agent } : {}),
  }
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly limits: SessionLimits,
    private readonly now: () => number,
  ) {}

  /** Creates a session and returns the cookie value (never stored as such). */
  async create(
    identity: Identity,
    authMode: string,
    tokens: { idTokenHint?: string; refreshToken?: string; address?: string; browser?: string } = {},
  ): Promise<{ id: string; session: Session }> {
    const id = newSessionId()
    const idHash = hashSessionId(id)
    const now = this.now()
    await this.db.execute(
      `INSERT INTO auth_sessions (id_hash, issuer, subject, email, name, groups_json, auth_mode, id_token_hint, created_at, last_seen_at, expires_at, refresh_token, groups_read_at, address, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        idHash,
        identity.issuer,
        identity.subject,
        identity.email ?? null,
        identity.name ?? null,
        JSON.stringify(identity.groups),
        authMode,
        tokens.idTokenHint ?? null,
        now,
        now,
        now + this.limits.absoluteMs,
        tokens.refreshToken ?? null,
        now,
        tokens.address ?? null,
        tokens.browser?.slice(0, 300) ?? null,
      ],
    )
    const rows = await this.db.query<SessionRow>('SELECT * FROM auth_sessions WHERE id_hash = $1', [idHash])
    if (!rows[0]) throw new Error('the new session was not stored')
    return { id, session: toSession(rows[0]) }
  }

  /** Finds the session for a cookie value, ends it when a limit has passed, and records activity. */
  async lookup(id: string): Promise<SessionLookup> {
    const idHash = hashSessionId(id)
    const rows = await this.db.query<SessionRow>('SELECT * FROM auth_sessions WHERE id_hash = $1', [idHash])
    const row = rows[0]
    if (!row) return { status: 'missing' }
    const session = toSession(row)
    if (row.ended_by !== null) return { status: 'ended', session, by: row.ended_by }
    const now = this.now()
    const reason =
      now >= session.expiresAt
        ? 'absolute'
        : now - session.lastSeenAt >= this.limits.idleMs
          ? 'idle'
          : undefined
    if (reason) {
      await this.db.execute('DELETE FROM auth_sessions WHERE id_hash = $1', [idHash])
      return { status: 'expired', session, reason }
    }
    if (now - session.lastSeenAt >= Math.min(TOUCH_EVERY_MS, this.limits.idleMs / 10)) {
      await this.db.execute('UPDATE auth_sessions SET last_seen_at = $1 WHERE id_hash = $2', [now, idHash])
      session.lastSeenAt = now
    }
    return { status: 'valid', session }
  }

  /**
   * Takes the turn to read a session's groups again: true for one caller only, across replicas, so two requests
   * never spend the same refresh token (IdPs that rotate them would revoke the whole grant).
   */
  async claimGroupsRefresh(session: Session): Promise<boolean> {
    const now = this.now()
    const { rowCount } = await this.db.execute(
      'UPDATE auth_sessions SET groups_read_at = $1 WHERE id_hash = $2 AND (groups_read_at = $3 OR groups_read_at IS NULL)',
      [now, session.idHash, session.groupsReadAt],
    )
    if (rowCount === 1) session.groupsReadAt = now
    return rowCount === 1
  }

  /** Keeps what the IdP says now: groups, name, email, and the refresh token it may have rotated. */
  async updateIdentity(
    session: Session,
    identity: Identity,
    refreshToken: string | undefined,
  ): Promise<void> {
    await this.db.execute(
      'UPDATE auth_sessions SET email = $1, name = $2, groups_json = $3, refresh_token = $4 WHERE id_hash = $5',
      [
        identity.email ?? null,
        identity.name ?? null,
        JSON.stringify(identity.groups),
        refreshToken ?? null,
        session.idHash,
      ],
    )
  }

  /** Sessions still within both limits, most recently active first. */
  async listActive(): Promise<Session[]> {
    const now = this.now()
    const rows = await this.db.query<SessionRow>(
      'SELECT * FROM auth_sessions WHERE expires_at > $1 AND last_seen_at > $2 AND ended_by IS NULL ORDER BY last_seen_at DESC',
      [now, now - this.limits.idleMs],
    )
    return rows.map(toSession)
  }

  /** Ends a session from the team page: kept, marked with who ended it, until the sweep removes it at expiry. */
  async endBy(session: Session, by: string): Promise<void> {
    await this.db.execute('UPDATE auth_sessions SET ended_by = $1 WHERE id_hash = $2', [by, session.idHash])
  }

  /** Ends a session by its row (the IdP refused to vouch for the person any longer). */
  async end(session: Session): Promise<void> {
    await this.db.execute('DELETE FROM auth_sessions WHERE id_hash = $1', [session.idHash])
  }

  async destroy(id: string): Promise<Session | undefined> {
    const idHash = hashSessionId(id)
    const rows = await this.db.query<SessionRow>('SELECT * FROM auth_sessions WHERE id_hash = $1', [idHash])
    await this.db.execute('DELETE FROM auth_sessions WHERE id_hash = $1', [idHash])
    return rows[0] ? toSession(rows[0]) : undefined
  }

  /** Removes sessions past either limit and abandoned sign-ins; returns how many sessions went. */
  async sweep(): Promise<number> {
    const now = this.now()
    const { rowCount } = await this.db.execute(
      'DELETE FROM auth_sessions WHERE expires_at <= $1 OR last_seen_at <= $2',
      [now, now - this.limits.idleMs],
    )
    await this.db.execute('DELETE FROM auth_login_flows WHERE created_at <= $1', [now - LOGIN_FLOW_TTL_MS])
    return rowCount
  }

  async saveLoginFlow(flow: Omit<LoginFlow, 'createdAt'>): Promise<void> {
    await this.db.execute(
      'INSERT INTO auth_login_flows (state, nonce, code_verifier, return_to, created_at) VALUES ($1, $2, $3, $4, $5)',
      [flow.state, flow.nonce, flow.codeVerifier, flow.returnTo, this.now()],
    )
  }

  /** Takes a sign-in in progress out of the store: each state is usable once, and only for ten minutes. */
  async takeLoginFlow(state: string): Promise<LoginFlow | undefined> {
    const rows = await this.db.query<{
      state: string
      nonce: string
      code_verifier: string
      return_to: string
      created_at: number | string
    }>('SELECT * FROM auth_login_flows WHERE state = $1', [state])
    const row = rows[0]
    if (!row) return undefined
    const { rowCount } = await this.db.execute('DELETE FROM auth_login_flows WHERE state = $1', [state])
    if (rowCount === 0) return undefined // another request took it first
    const createdAt = num(row.created_at)
    if (this.now() - createdAt > LOGIN_FLOW_TTL_MS) return undefined
    return {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
      returnTo: row.return_to,
      createdAt,
    }
  }
}
