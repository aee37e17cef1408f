// The session store on both engines: SQLite always, PostgreSQL when one answers on 127.0.0.1:5432.
import { afterAll, describe, expect, it } from 'vitest'
import { SessionStore, hashSessionId } from '../src/auth/sessions.ts'
import { openDb } from '../src/storage/index.ts'
import type { Db } from '../src/storage/index.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const pgUrl = await findPostgres()
const schema = uniqueSchema()
afterAll(async () => {
  if (pgUrl) await dropSchema(pgUrl, schema)
})

const engines: [string, () => Promise<Db>][] = [['sqlite', () => openDb({ dataDir: ':memory:' })]]
if (pgUrl) engines.push(['postgres', () => openDb({ dataDir: ':memory:', databaseUrl: pgUrl, schema })])

describe.each(engines)('sessions on %s', (_name, open) => {
  const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }

  it('stores a session under the hash of its id and finds it again with the same identity', async () => {
    const db = await open()
    const clock = { now: 1_700_000_000_000 }
    const store = new SessionStore(db, limits, () => clock.now)
    try {
      const identity = {
        issuer: 'https://idp',
        subject: 's1',
        email: 'a@b.c',
        name: 'A',
        groups: ['g1', 'g2'],
      }
      const { id } = await store.create(identity, 'oidc', { idTokenHint: 'id-token-hint' })
      const rows = await db.query<{ id_hash: string }>(
        'SELECT id_hash FROM auth_sessions WHERE subject = $1',
        ['s1'],
      )
      expect(rows.map((r) => r.id_hash)).toEqual([hashSessionId(id)])
      clock.now += 5 * 60_000
      const found = await store.lookup(id)
      expect(found.status).toBe('valid')
      if (found.status === 'valid') {
        expect(found.session.identity).toMatchObject(identity)
        expect(found.session.idTokenHint).toBe('id-token-hint')
        expect(found.session.lastSeenAt).toBe(clock.now)
        expect(found.session.expiresAt).toBe(1_700_000_000_000 + limits.absoluteMs)
      }
      clock.now += 31 * 60_000
      expect(await store.lookup(id)).toMatchObject({ status: 'expired', reason: 'idle' })
      expect(await store.lookup(id)).toEqual({ status: 'missing' })
    } finally {
      await db.close()
    }
  })

  it('hands out a sign-in in progress once, and not after ten minutes', async () => {
    const db = await open()
    const clock = { now: 1_700_000_000_000 }
    const store = new SessionStore(db, limits, () => clock.now)
    try {
      await store.saveLoginFlow({ state: 'st-a', nonce: 'n', codeVerifier: 'v', returnTo: '/vms' })
      expect(await store.takeLoginFlow('st-a')).toMatchObject({
        nonce: 'n',
        codeVerifier: 'v',
        returnTo: '/vms',
      })
      expect(await store.takeLoginFlow('st-a')).toBeUndefined()
      await store.saveLoginFlow({ state: 'st-b', nonce: 'n', codeVerifier: 'v', returnTo: '/' })
      clock.now += 11 * 60_000
      expect(await store.takeLoginFlow('st-b')).toBeUndefined()
    } finally {
      await db.close()
    }
  })

  it('keeps an active session alive under a short idle limit (end-to-end tests use a few seconds)', async () => {
    const db = await open()
    const clock = { now: 1_700_000_000_000 }
    const store = new SessionStore(db, { idleMs: 3_000, absoluteMs: 3_600_000 }, () => clock.now)
    try {
      const { id } = await store.create({ issuer: 'i', subject: 'busy', groups: [] }, 'oidc')
      for (let i = 0; i < 5; i++) {
        clock.now += 2_000
        expect((await store.lookup(id)).status).toBe('valid')
      }
      clock.now += 3_000
      expect(await store.lookup(id)).toMatchObject({ status: 'expired', reason: 'idle' })
    } finally {
      await db.close()
    }
  })

  it('sweeps sessions past either limit', async () => {
    const db = await open()
    const clock = { now: 1_700_000_000_000 }
    const store = new SessionStore(db, limits, () => clock.now)
    try {
      await store.create({ issuer: 'i', subject: 'old', groups: [] }, 'oidc')
      clock.now += 40 * 60_000
      const { id } = await store.create({ issuer: 'i', subject: 'new', groups: [] }, 'oidc')
      expect(await store.sweep()).toBe(1)
      expect((await store.lookup(id)).status).toBe('valid')
    } finally {
      await db.close()
    }
  })

  it('lets one request at a time read the groups again, and keeps what the identity provider says', async () => {
    const db = await open()
    const clock = { now: 1_700_000_000_000 }
    const store = new SessionStore(db, limits, () => clock.now)
    try {
      const identity = { issuer: 'i', subject: 'moved', groups: ['console-operators'] }
      const { id } = await store.create(identity, 'oidc', { refreshToken: 'rt-1' })
      clock.now += 11 * 60_000
      const [a, b] = await Promise.all([store.lookup(id), store.lookup(id)])
      if (a.status !== 'valid' || b.status !== 'valid') throw new Error('the session should be valid')
      expect(a.session.refreshToken).toBe('rt-1')
      const claims = await Promise.all([
        store.claimGroupsRefresh(a.session),
        store.claimGroupsRefresh(b.session),
      ])
      expect(claims.filter(Boolean)).toHaveLength(1)
      await store.updateIdentity(a.session, { ...identity, groups: ['console-viewers'] }, 'rt-2')
      const again = await store.lookup(id)
      expect(again).toMatchObject({
        status: 'valid',
        session: { identity: { groups: ['console-viewers'] }, refreshToken: 'rt-2', groupsReadAt: clock.now },
      })
    } finally {
      await db.close()
    }
  })
})
