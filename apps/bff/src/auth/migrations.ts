// Tables of the sign-in module. One statement per migration so that any driver can run them; the SQL is the
// common subset of SQLite and PostgreSQL (TEXT, BIGINT epoch milliseconds, no engine-specific defaults).
export const authMigrations: { id: string; sql: string }[] = [
  {
    // A session row is keyed by the SHA-256 of the cookie value, so a copy of the database cannot be replayed as
    // a live cookie. The ID token is kept only as the hint for RP-initiated logout and never leaves the server.
    id: 'auth-001-sessions',
    sql: `CREATE TABLE IF NOT EXISTS auth_sessions (
  id_hash TEXT PRIMARY KEY,
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  email TEXT,
  name TEXT,
  groups_json TEXT NOT NULL,
  auth_mode TEXT NOT NULL,
  id_token_hint TEXT,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
)`,
  },
  {
    id: 'auth-002-sessions-expiry-index',
    sql: 'CREATE INDEX IF NOT EXISTS auth_sessions_expires_at ON auth_sessions (expires_at)',
  },
  {
    // A sign-in in progress: PKCE verifier, nonce and where to go back to, keyed by the OAuth state. Kept in the
    // database rather than in memory so the callback may land on another replica or after a restart.
    id: 'auth-003-login-flows',
    sql: `CREATE TABLE IF NOT EXISTS auth_login_flows (
  state TEXT PRIMARY KEY,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_to TEXT NOT NULL,
  created_at BIGINT NOT NULL
)`,
  },
  {
    // What a person chose in the console (their language), kept with the person so it follows them to another
    // browser: the sign-in sets the language cookie from it.
    id: 'auth-004-person-preferences',
    sql: `CREATE TABLE IF NOT EXISTS auth_person_preferences (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  locale TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (issuer, subject)
)`,
  },
  {
    // The refresh token lets the console read a person's groups again during a session, so a person removed from
    // a group loses its role within minutes rather than at the end of the session. It is usable only with the
    // console's client secret, which the database does not hold.
    id: 'auth-005-session-refresh-token',
    sql: 'ALTER TABLE auth_sessions ADD COLUMN refresh_token TEXT',
  },
  {
    id: 'auth-006-session-groups-read-at',
    sql: 'ALTER TABLE auth_sessions ADD COLUMN groups_read_at BIGINT',
  },
  {
    // Where and in which browser a session was signed in, shown on the team page so a person recognises theirs.
    id: 'auth-007-session-address',
    sql: 'ALTER TABLE auth_sessions ADD COLUMN address TEXT',
  },
  {
    id: 'auth-008-session-browser',
    sql: 'ALTER TABLE auth_sessions ADD COLUMN user_agent TEXT',
  },
  {
    // Everyone who signed in, with the groups of their last sign-in or refresh: the team page's people, whose
    // roles are computed from the bindings in force, not stored.
    id: 'auth-009-people',
    sql: `CREATE TABLE IF NOT EXISTS auth_people (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  name TEXT,
  email TEXT,
  groups_json TEXT NOT NULL,
  last_sign_in_at BIGINT NOT NULL,
  PRIMARY KEY (issuer, subject)
)`,
  },
  {
    // A session someone ended from the team page stays, marked, until its expiry: its browser is told who ended it
    // and must enter its password again, rather than being signed straight back in by the IdP's own session.
    id: 'auth-010-session-ended-by',
    sql: 'ALTER TABLE auth_sessions ADD COLUMN ended_by TEXT',
  },
]
