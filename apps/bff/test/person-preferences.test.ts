// The person's language is stored the same way on SQLite and PostgreSQL (migration auth-004).
import { afterAll, describe, expect, it } from 'vitest'
import { openDb, type Db } from '../src/storage/index.ts'
import { PersonPreferences } from '../src/auth/preferences.ts'
import { dropSchema, findPostgres, uniqueSchema } from './pg.ts'

const pgUrl = await findPostgres()
const schema = uniqueSchema()
afterAll(async () => {
  if (pgUrl) await dropSchema(pgUrl, schema)
})

const engines: [string, () => Promise<Db>][] = [['sqlite', () => openDb({ dataDir: ':memory:' })]]
if (pgUrl) engines.push(['postgres', () => openDb({ dataDir: ':memory:', databaseUrl: pgUrl, schema })])

describe.each(engines)('person preferences on %s', (_name, open) => {
  it('keep one language per person, replaced when they choose again', async () => {
    const db = await open()
    try {
      const preferences = new PersonPreferences(db, () => 1_000)
      const ada = { issuer: 'https://idp.example', subject: 'ada', groups: [] }
      const sameSubjectElsewhere = { ...ada, issuer: 'https://other.example' }
      expect(await preferences.localeOf(ada)).toBeUndefined()
      await preferences.setLocale(ada, 'fr')
      expect(await preferences.localeOf(ada)).toBe('fr')
      await preferences.setLocale(ada, 'en')
      expect(await preferences.localeOf(ada)).toBe('en')
      expect(await preferences.localeOf(sameSubjectElsewhere)).toBeUndefined()
    } finally {
      await db.close()
    }
  })
})

it('runs on PostgreSQL here', () => {
  expect(
    pgUrl,
    'PostgreSQL on 127.0.0.1:5432 (database test, user postgres or root) is required',
  ).toBeDefined()
})
