// /api/team over real HTTP against the development IdP: access and why, roles counted from the role model, people
// and sessions by who administers what, and ending a session now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS, type DemoUser } from '@osc-console/idp'
import type { TeamView } from '@osc-console/osc-api'
import { Browser, DEMO_BINDINGS, signIn, startAuthApp, startTestIdp } from './auth-harness.ts'
import type { AuthApp } from './auth-harness.ts'

type Idp = Awaited<ReturnType<typeof startTestIdp>>
const people: DemoUser[] = [
  ...DEMO_USERS.map((u) => ({ ...u, groups: [...u.groups] })),
  { ...DEMO_USERS[0]!, username: 'eve', name: 'Eve Europe', groups: ['eu-admins'] },
  { ...DEMO_USERS[0]!, username: 'uma', name: 'Uma States', groups: ['us-viewers'] },
]
let idp: Idp
let app: AuthApp

beforeAll(async () => {
  idp = await startTestIdp(people)
  app = await startAuthApp({
    idpUrl: idp.url,
    bindings: [
      ...DEMO_BINDINGS,
      { group: 'eu-admins', role: 'admin', accounts: ['demo-eu'] },
      { group: 'us-viewers', role: 'viewer', accounts: ['demo-us'] },
    ],
  })
})
afterAll(async () => {
  await app?.close()
  await idp?.close()
})

async function signedIn(username: string): Promise<Browser> {
  const browser = new Browser()
  await signIn(browser, app, username)
  return browser
}

async function team(browser: Browser): Promise<TeamView> {
  const res = await browser.api(app, '/api/team')
  expect(res.status).toBe(200)
  return (await res.json()) as TeamView
}

const endSession = (browser: Browser, id: string) =>
  browser.fetch(`${app.url}/api/team/sessions/${id}`, {
    method: 'DELETE',
    headers: { 'x-requested-with': 'osc-console', 'sec-fetch-site': 'same-origin' },
  })

describe('the team page', () => {
  it('tells vera her role on each account comes from the console-viewers binding, and lists only her sessions', async () => {
    const vera = await signedIn('vera')
    const view = await team(vera)
    expect(view.groups).toEqual(['console-viewers'])
    expect(view.access.map((a) => [a.accountId, a.role, a.bindings.map((b) => b.group)])).toEqual([
      ['demo-eu', 'viewer', ['console-viewers']],
      ['demo-us', 'viewer', ['console-viewers']],
    ])
    expect(view.groupsRefresh).toEqual({ kind: 'refresh', everyMinutes: 15 })
    expect(view.people).toBeNull()
    expect(view.sessions.length).toBeGreaterThan(0)
    expect(view.sessions.every((s) => s.subject === 'vera')).toBe(true)
    expect(view.sessions.filter((s) => s.current)).toHaveLength(1)
    expect(view.sessions[0]?.address).toBe('127.0.0.1')
  })

  it('counts what each role allows from the role model', async () => {
    const view = await team(await signedIn('vera'))
    const role = (name: string) => view.roles.find((r) => r.name === name)!
    expect(role('viewer').changes.allowed).toBe(0)
    expect(role('viewer').readsSecrets).toBe(false)
    expect(role('admin').changes.allowed).toBe(role('admin').changes.total)
    expect(role('operator').changesFamilies).toContain('vms')
    expect(role('operator').changesFamilies).not.toContain('access-keys')
    expect(role('billing').reads.allowed).toBeLessThan(role('viewer').reads.allowed)
  })

  it('lets alice, admin of every account, see oscar signed in and end his session: his next request is refused, audited', async () => {
    const oscar = await signedIn('oscar')
    const alice = await signedIn('alice')
    const view = await team(alice)
    expect(view.people?.map((p) => p.subject)).toEqual(expect.arrayContaining(['oscar', 'alice', 'vera']))
    const his = view.sessions.find((s) => s.subject === 'oscar')
    expect(his).toBeDefined()
    expect((await oscar.api(app, '/api/me')).status).toBe(200)
    expect((await endSession(alice, his!.id)).status).toBe(204)
    const after = await oscar.api(app, '/api/me')
    expect(after.status).toBe(401)
    const refusal = ((await after.json()) as { error: { kind: string; message: string; login: string } })
      .error
    expect(refusal.kind).toBe('session-expired')
    expect(refusal.message).toContain('Alice Martin ended your session')
    // The IdP still has oscar's own session: the console asks it for the password again.
    expect(refusal.login).toMatch(/&prompt=login$/)
    // A reload right after a background request met that refusal is told the same: the password is still asked.
    const again = await oscar.api(app, '/api/me')
    expect(((await again.json()) as { error: { login: string } }).error.login).toMatch(/&prompt=login$/)
    const login = await oscar.fetch(`${app.url}${refusal.login}`)
    expect(new URL(login.headers.get('location') ?? '').searchParams.get('prompt')).toBe('login')
    const records = await app.audited('sign-out')
    expect(
      records.some(
        (r) => r.person.subject === 'alice' && /ended the session of .*\(oscar\)/.test(r.detail ?? ''),
      ),
    ).toBe(true)
  })

  it('refuses an operator ending someone else’s session as if it did not exist', async () => {
    const alice = await signedIn('alice')
    const oscar = await signedIn('oscar')
    const aliceSession = (await team(alice)).sessions.find((s) => s.current)!
    expect((await endSession(oscar, aliceSession.id)).status).toBe(404)
    expect((await alice.api(app, '/api/me')).status).toBe(200)
  })

  it('shows eve, admin of demo-eu only, the people whose roles touch demo-eu and not those of demo-us alone', async () => {
    await signedIn('uma')
    const view = await team(await signedIn('eve'))
    const subjects = view.people?.map((p) => p.subject) ?? []
    expect(subjects).toEqual(expect.arrayContaining(['eve', 'vera']))
    expect(subjects).not.toContain('uma')
    expect(view.sessions.some((s) => s.subject === 'uma')).toBe(false)
  })

  it('ends all of a person’s other sessions and keeps the one asking', async () => {
    const here = await signedIn('bill')
    const there = await signedIn('bill')
    const res = await here.fetch(`${app.url}/api/team/sessions/end-others`, {
      method: 'POST',
      headers: {
        'x-requested-with': 'osc-console',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: '{}',
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { ended: number }).ended).toBeGreaterThanOrEqual(1)
    expect((await there.api(app, '/api/me')).status).toBe(401)
    expect((await here.api(app, '/api/me')).status).toBe(200)
  })
})
