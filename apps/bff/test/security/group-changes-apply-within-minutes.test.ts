// A signed-in person's groups are read again from the IdP (refresh token) every `groupsRefreshMinutes`: a change of
// group takes effect within minutes, not at the end of a 12-hour session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS, type DemoUser } from '@osc-console/idp'
import { Browser, signIn, startAuthApp, startTestIdp } from '../auth-harness.ts'
import type { AuthApp, Me } from '../auth-harness.ts'

type Idp = Awaited<ReturnType<typeof startTestIdp>>
// The IdP's people, changed by the tests as an administrator would change them in a directory.
const people: DemoUser[] = DEMO_USERS.map((u) => ({ ...u, groups: [...u.groups] }))
const person = (username: string) => people.find((u) => u.username === username)!
let idp: Idp

beforeAll(async () => {
  idp = await startTestIdp(people)
})
afterAll(async () => {
  await idp?.close()
})

async function withApp(run: (app: AuthApp, clock: { now: number }) => Promise<void>) {
  const clock = { now: Date.now() }
  const app = await startAuthApp({ idpUrl: idp.url, clock })
  try {
    await run(app, clock)
  } finally {
    await app.close()
  }
}

async function rolesOn(browser: Browser, app: AuthApp): Promise<string[] | number> {
  const res = await browser.api(app, '/api/me')
  if (res.status !== 200) return res.status
  const me = (await res.json()) as Me
  return me.accounts.find((a) => a.id === 'demo-eu')?.roles ?? []
}

describe('groups read again during a session', () => {
  it('gives a person moved from operators to viewers the viewer role within the refresh interval, audited', async () => {
    person('oscar').groups = ['console-operators']
    await withApp(async (app, clock) => {
      const browser = new Browser()
      await signIn(browser, app, 'oscar')
      expect(await rolesOn(browser, app)).toEqual(['operator'])
      person('oscar').groups = ['console-viewers']
      clock.now += 14 * 60_000
      expect(await rolesOn(browser, app)).toEqual(['operator']) // not yet due
      clock.now += 2 * 60_000
      expect(await rolesOn(browser, app)).toEqual(['viewer'])
      const changes = await app.audited('sign-in')
      expect(changes.map((r) => r.detail)).toContain(
        'groups read again from the identity provider: console-viewers (were console-operators)',
      )
      // The new groups are kept: the next request does not ask the IdP again.
      person('oscar').groups = ['console-admins']
      clock.now += 60_000
      expect(await rolesOn(browser, app)).toEqual(['viewer'])
    })
  })

  it('refuses a person whose groups no longer give any role, and ends their session', async () => {
    person('vera').groups = ['console-viewers']
    await withApp(async (app, clock) => {
      const browser = new Browser()
      await signIn(browser, app, 'vera')
      expect(await rolesOn(browser, app)).toEqual(['viewer'])
      person('vera').groups = ['marketing']
      clock.now += 16 * 60_000
      const refused = await browser.api(app, '/api/me')
      expect(refused.status).toBe(403)
      const body = (await refused.json()) as { error: { kind: string; message: string } }
      expect(body.error.kind).toBe('not-allowed')
      expect(body.error.message).toContain('marketing')
      expect(await rolesOn(browser, app)).toBe(401)
    })
  })

  it('signs out a person the identity provider no longer knows', async () => {
    people.push({ ...person('vera'), username: 'leaver', groups: ['console-viewers'] })
    await withApp(async (app, clock) => {
      const browser = new Browser()
      await signIn(browser, app, 'leaver')
      expect(await rolesOn(browser, app)).toEqual(['viewer'])
      people.splice(people.indexOf(person('leaver')), 1)
      clock.now += 16 * 60_000
      const ended = await browser.api(app, '/api/me')
      expect(ended.status).toBe(401)
      const body = (await ended.json()) as { error: { kind: string; message: string; login: string } }
      expect(body.error.kind).toBe('session-expired')
      expect(body.error.message).toContain('no longer confirms your sign-in')
      expect(body.error.login).toMatch(/^\/auth\/login/)
      const expired = await app.audited('session-expired')
      expect(
        expired.some((r) => r.person.subject === 'leaver' && /refused to renew/.test(r.detail ?? '')),
      ).toBe(true)
    })
  })
})
