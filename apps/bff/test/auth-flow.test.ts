// Sign-in through the development IdP over real HTTP: code flow, /api/me per person, role checks, sessions.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, signIn, startAuthApp, startTestIdp } from './auth-harness.ts'
import type { AuthApp, Me } from './auth-harness.ts'

type Idp = Awaited<ReturnType<typeof startTestIdp>>
let idp: Idp
let app: AuthApp

beforeAll(async () => {
  idp = await startTestIdp()
  app = await startAuthApp({ idpUrl: idp.url })
})
afterAll(async () => {
  await app?.close()
  await idp?.close()
})

async function me(browser: Browser, target: AuthApp = app): Promise<Response> {
  return browser.api(target, '/api/me')
}

async function signedIn(username: string): Promise<Browser> {
  const browser = new Browser()
  const done = await signIn(browser, app, username)
  expect(done.res.status).toBe(302)
  return browser
}

describe('sign-in through the OpenID provider', () => {
  it('runs the code flow with PKCE, state and nonce and comes back to the page asked for', async () => {
    const browser = new Browser()
    const login = await browser.fetch(
      `${app.url}/auth/login?returnTo=${encodeURIComponent('/vms?account=demo-eu#x')}`,
    )
    expect(login.status).toBe(302)
    const authorize = new URL(login.headers.get('location') ?? '')
    expect(authorize.origin).toBe(idp.url)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(authorize.searchParams.get('state')).toBeTruthy()
    expect(authorize.searchParams.get('nonce')).toBeTruthy()
    expect(authorize.searchParams.get('scope')).toBe('openid profile email groups')
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${app.url}/auth/callback`)

    const done = await signIn(browser, app, 'alice', '/vms?account=demo-eu#x')
    expect(done.url).toBe(`${app.url}/vms?account=demo-eu#x`)
    const setCookie = browser.setCookies.find((c) => c.startsWith('osc-console='))
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Secure/) // plain http on loopback: the plain cookie name, not Secure
    const res = await me(browser)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Me
    expect(body.user).toEqual({
      name: 'Alice Martin',
      email: 'alice.martin@example.com',
      subject: 'alice',
      issuer: idp.url,
      groups: ['console-admins'],
    })
    expect(body.authMode).toBe('oidc')
    const audited = await app.audited('sign-in')
    expect(
      audited.some((r) => r.person.subject === 'alice' && r.person.email === 'alice.martin@example.com'),
    ).toBe(true)
  })

  it('gives the browser only an opaque session cookie, no IdP token', async () => {
    const browser = new Browser()
    await signIn(browser, app, 'oscar')
    const ours = browser.setCookies.filter((c) => !c.startsWith('_')) // oidc-provider's own cookies start with _
    expect(ours.filter((c) => c.startsWith('osc-console=')).length).toBe(1)
    // Besides the session, only the sign-in's binding to this browser (its OAuth state), gone after the callback.
    expect(ours.every((c) => /^osc-console(-sign-in)?=/.test(c))).toBe(true)
    expect(browser.cookie(app.url, 'osc-console-sign-in')).toBeUndefined()
    const value = browser.cookie(app.url, 'osc-console') ?? ''
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const text = await (await me(browser)).text()
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]+\./) // no JWT anywhere
    const rows = await app.db.query<{ id_hash: string }>('SELECT id_hash FROM auth_sessions')
    expect(rows.some((r) => r.id_hash === value)).toBe(false) // only the hash is stored
  })

  it.each([
    ['alice', 'admin', 'Alice Martin', ['console-admins']],
    ['oscar', 'operator', 'Oscar Lefèvre', ['console-operators']],
    ['vera', 'viewer', 'Vera Nowak', ['console-viewers']],
    ['bill', 'billing', 'Bill Okafor', ['finance']],
  ])('tells the SPA who %s is and their role %s on each account', async (username, role, name, groups) => {
    const browser = await signedIn(username)
    const body = (await (await me(browser)).json()) as Me
    expect(body.user.name).toBe(name)
    expect(body.user.groups).toEqual(groups)
    expect(body.accounts.map((a) => [a.id, a.name, a.region, a.role])).toEqual([
      ['demo-eu', 'Demo (Europe)', 'eu-west-2', role],
      ['demo-us', 'Demo (US)', 'us-east-2', role],
    ])
    const allowed = new Set<string>(body.accounts[0]?.allowedActions)
    const expectations: Record<string, [string, boolean][]> = {
      admin: [
        ['StopVms', true],
        ['CreateAccessKey', true],
        ['ReadAdminPassword', true],
      ],
      operator: [
        ['StopVms', true],
        ['CreateVms', true],
        ['CreateAccessKey', false],
        ['CreateUser', false],
      ],
      viewer: [
        ['ReadVms', true],
        ['StopVms', false],
        ['ReadAdminPassword', false],
      ],
      billing: [
        ['ReadConsumptionAccount', true],
        ['ReadQuotas', true],
        ['ReadVms', false],
      ],
    }
    for (const [action, yes] of expectations[role] ?? [])
      expect([action, allowed.has(action)]).toEqual([action, yes])
    expect(body.accounts[0]?.deniedReason).toContain(role)
  })

  it('refuses nobody, who is in no bound group, with a page that says why and whom to ask', async () => {
    const browser = new Browser()
    const done = await signIn(browser, app, 'nobody')
    expect(done.res.status).toBe(403)
    const html = await done.res.text()
    expect(html).toContain('none of your groups (none) is bound to a role')
    expect(html).toContain('Ask the administrator of this console')
    expect(html).toContain('Sign in as someone else')
    expect(browser.cookie(app.url, 'osc-console')).toBeUndefined()
    expect((await me(browser)).status).toBe(401)
    const refused = await app.audited('sign-in-refused')
    expect(refused.some((r) => r.person.subject === 'nobody' && r.result === 'refused')).toBe(true)
  })

  it('regenerates the session id at sign-in, dropping any id the browser had before', async () => {
    const browser = new Browser()
    browser.set(app.url, 'osc-console', 'planted-by-someone-else')
    await signIn(browser, app, 'vera')
    const first = browser.cookie(app.url, 'osc-console')
    expect(first).toBeDefined()
    expect(first).not.toBe('planted-by-someone-else')
    await signIn(browser, app, 'vera')
    const second = browser.cookie(app.url, 'osc-console')
    expect(second).not.toBe(first)
    const stale = new Browser()
    stale.set(app.url, 'osc-console', first ?? '')
    expect((await me(stale)).status).toBe(401)
    expect((await me(browser)).status).toBe(200)
  })

  it('answers 401 session-expired with a login URL when there is no session', async () => {
    const res = await fetch(`${app.url}/api/me`, { headers: { referer: `${app.url}/volumes?x=1` } })
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: Record<string, unknown> }
    expect(body.error).toMatchObject({
      source: 'console',
      kind: 'session-expired',
      status: 401,
      retryable: false,
      login: `/auth/login?returnTo=${encodeURIComponent('/volumes?x=1')}`,
    })
  })

  it('refuses a returnTo that leaves the console', async () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await fetch(`${app.url}/auth/login?returnTo=${encodeURIComponent(bad)}`, {
        redirect: 'manual',
      })
      expect([bad, res.status]).toEqual([bad, 400])
      expect(((await res.json()) as { error: { kind: string } }).error.kind).toBe('invalid-request')
    }
  })

  it('signs out: ends the session, audits it and hands back the IdP end-session URL', async () => {
    const browser = await signedIn('oscar')
    const res = await browser.api(app, '/auth/logout', {})
    expect(res.status).toBe(200)
    const { redirect } = (await res.json()) as { redirect: string }
    const end = new URL(redirect)
    expect(end.origin + end.pathname).toBe(`${idp.url}/session/end`)
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${app.url}/`)
    expect(end.searchParams.get('id_token_hint')).toBeTruthy()
    expect((await me(browser)).status).toBe(401)
    const page = await browser.fetch(redirect)
    expect(page.status).toBe(200) // the IdP's sign-out step
    const out = await app.audited('sign-out')
    expect(out.some((r) => r.person.subject === 'oscar')).toBe(true)
  })

  it('refuses a state-changing request without the custom header or from another site', async () => {
    const browser = await signedIn('alice')
    const post = (headers: Record<string, string>) =>
      browser.fetch(`${app.url}/api/osc/demo-eu/ReadVms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      })
    const noHeader = await post({ 'sec-fetch-site': 'same-origin' })
    expect(noHeader.status).toBe(403)
    expect(((await noHeader.json()) as { error: { message: string } }).error.message).toContain(
      'X-Requested-With',
    )
    expect((await post({ 'x-requested-with': 'osc-console', origin: 'https://evil.example' })).status).toBe(
      403,
    )
    expect((await post({ 'x-requested-with': 'osc-console', 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    )
    expect((await post({ 'x-requested-with': 'osc-console' })).status).toBe(403) // neither Origin nor Sec-Fetch-Site
    expect((await post({ 'x-requested-with': 'osc-console', origin: app.url })).status).toBe(200)
    const logout = await browser.fetch(`${app.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: app.url },
    })
    expect(logout.status).toBe(403)
    expect((await me(browser)).status).toBe(200) // still signed in
  })
})

describe('roles enforced on calls', () => {
  const call = (browser: Browser, action: string, account = 'demo-eu') =>
    browser.api(app, `/api/osc/${account}/${action}`, {})

  it('refuses vera StopVms with a 403 naming the right, audited, and allows ReadVms', async () => {
    const vera = await signedIn('vera')
    const refused = await call(vera, 'StopVms')
    expect(refused.status).toBe(403)
    const body = (await refused.json()) as { error: { kind: string; message: string } }
    expect(body.error.kind).toBe('not-allowed')
    expect(body.error.message).toContain('StopVms needs a role that allows it')
    expect(body.error.message).toContain('viewer')
    const refusals = await app.audited('refusal')
    expect(
      refusals.some(
        (r) =>
          r.person.subject === 'vera' &&
          r.person.email === 'vera.nowak@example.com' &&
          r.action === 'StopVms' &&
          r.role === 'viewer' &&
          r.result === 'refused',
      ),
    ).toBe(true)
    expect((await call(vera, 'ReadVms')).status).toBe(200)
  })

  it('allows oscar StopVms and refuses CreateAccessKey', async () => {
    const oscar = await signedIn('oscar')
    expect((await call(oscar, 'StopVms')).status).toBe(200)
    expect((await call(oscar, 'CreateAccessKey')).status).toBe(403)
  })

  it('allows alice both', async () => {
    const alice = await signedIn('alice')
    expect((await call(alice, 'StopVms')).status).toBe(200)
    expect((await call(alice, 'CreateAccessKey')).status).toBe(200)
  })

  it('allows bill ReadConsumptionAccount and refuses ReadVms', async () => {
    const bill = await signedIn('bill')
    expect((await call(bill, 'ReadConsumptionAccount')).status).toBe(200)
    expect((await call(bill, 'ReadVms')).status).toBe(403)
  })
})

describe('session lifetime', () => {
  it('ends a session idle longer than the limit with a 401 the SPA understands, audited', async () => {
    const clock = { now: Date.now() }
    const timed = await startAuthApp({ idpUrl: idp.url, clock })
    try {
      const browser = new Browser()
      await signIn(browser, timed, 'vera')
      clock.now += 29 * 60_000
      expect((await me(browser, timed)).status).toBe(200) // activity resets the idle timer
      clock.now += 29 * 60_000
      expect((await me(browser, timed)).status).toBe(200)
      clock.now += 31 * 60_000
      const res = await me(browser, timed)
      expect(res.status).toBe(401)
      const body = (await res.json()) as { error: { kind: string; message: string; login: string } }
      expect(body.error.kind).toBe('session-expired')
      expect(body.error.message).toContain('30 minutes without activity')
      expect(body.error.login).toMatch(/^\/auth\/login\?returnTo=/)
      const expired = await timed.audited('session-expired')
      expect(expired.some((r) => r.person.subject === 'vera' && r.detail === 'idle timeout')).toBe(true)
      expect((await me(browser, timed)).status).toBe(401) // the row is gone
    } finally {
      await timed.close()
    }
  })

  it('ends a session at its absolute lifetime even when it is used all along', async () => {
    const clock = { now: Date.now() }
    const timed = await startAuthApp({
      idpUrl: idp.url,
      clock,
      auth: { session: { idleMinutes: 30, absoluteHours: 1 } },
    })
    try {
      const browser = new Browser()
      await signIn(browser, timed, 'alice')
      for (let i = 0; i < 2; i++) {
        clock.now += 25 * 60_000
        expect((await me(browser, timed)).status).toBe(200)
      }
      clock.now += 11 * 60_000
      const res = await me(browser, timed)
      expect(res.status).toBe(401)
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
        'maximum length of 60 minutes',
      )
    } finally {
      await timed.close()
    }
  })

  it('keeps sessions across a restart of the console', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'osc-auth-'))
    const first = await startAuthApp({ idpUrl: idp.url, dataDir })
    const browser = new Browser()
    await signIn(browser, first, 'bill')
    await first.close()
    const second = await startAuthApp({ idpUrl: idp.url, dataDir })
    try {
      const res = await me(browser, second)
      expect(res.status).toBe(200)
      expect(((await res.json()) as Me).user.subject).toBe('bill')
    } finally {
      await second.close()
    }
  })

  it('rate-limits sign-in attempts per address', async () => {
    const limited = await startAuthApp({ idpUrl: idp.url, auth: { signInAttemptsPerMinute: 3 } })
    try {
      for (let i = 0; i < 3; i++)
        expect((await fetch(`${limited.url}/auth/login`, { redirect: 'manual' })).status).toBe(302)
      const res = await fetch(`${limited.url}/auth/login`, { redirect: 'manual' })
      expect(res.status).toBe(429)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
      limited.clock.now += 61_000
      expect((await fetch(`${limited.url}/auth/login`, { redirect: 'manual' })).status).toBe(302)
    } finally {
      await limited.close()
    }
  })

  it('says so when the IdP answers with an error instead of a code, and audits it', async () => {
    const browser = new Browser()
    const login = await browser.fetch(`${app.url}/auth/login?returnTo=/`)
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? ''
    const res = await browser.fetch(
      `${app.url}/auth/callback?error=access_denied&error_description=cancelled&state=${encodeURIComponent(state)}`,
      { headers: { accept: 'text/html' } },
    )
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('did not sign you in (access_denied: cancelled)')
    expect((await app.audited('sign-in-refused')).some((r) => r.detail?.includes('access_denied'))).toBe(true)
  })

  it('starts before its IdP is reachable and says sign-in is unavailable meanwhile', async () => {
    const down = await startAuthApp({ idpUrl: 'http://127.0.0.1:9' })
    try {
      const res = await fetch(`${down.url}/auth/login`, {
        redirect: 'manual',
        headers: { accept: 'application/json' },
      })
      expect(res.status).toBe(502)
      const body = (await res.json()) as { error: { kind: string; message: string; retryable: boolean } }
      expect(body.error).toMatchObject({ kind: 'unreachable', retryable: true })
      expect(body.error.message).toContain('cannot reach the identity provider at http://127.0.0.1:9')
    } finally {
      await down.close()
    }
  })

  it('refuses a callback whose state it did not issue', async () => {
    const res = await fetch(`${app.url}/auth/callback?code=abc&state=forged`, {
      headers: { accept: 'text/html' },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Start the sign-in again')
  })
})
