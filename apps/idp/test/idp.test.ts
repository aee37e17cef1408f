import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startIdp } from '../src/index.ts'
import type { RunningIdp } from '../src/index.ts'
import { Browser, submitSignIn } from '../src/testing.ts'

const CLIENT = {
  clientId: 'osc-console',
  clientSecret: 'test-secret',
  redirectUris: ['http://localhost:8080/auth/callback'],
  postLogoutRedirectUris: ['http://localhost:8080/'],
}
// A loopback redirect URI on another port: the dev IdP accepts it, so tests may use free ports.
const REDIRECT = 'http://localhost:43123/auth/callback'

let idp: RunningIdp
beforeAll(async () => {
  idp = await startIdp({ port: 0, clients: [CLIENT] })
})
afterAll(async () => {
  await idp.close()
})

function b64url(buf: Buffer): string {
  return buf.toString('base64url')
}

function authorizeUrl(verifier: string, extra: Record<string, string> = {}): string {
  const u = new URL('/auth', idp.url)
  u.search = new URLSearchParams({
    client_id: CLIENT.clientId,
    response_type: 'code',
    redirect_uri: REDIRECT,
    scope: 'openid profile email groups',
    state: 'st-1',
    nonce: 'n-1',
    code_challenge: b64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    ...extra,
  }).toString()
  return u.href
}

async function codeFor(username: string, password = 'demo'): Promise<{ code: string; verifier: string }> {
  const browser = new Browser()
  const verifier = b64url(randomBytes(32))
  const page = await browser.follow(authorizeUrl(verifier))
  expect(page.res.status).toBe(200)
  const html = await page.res.text()
  const done = await submitSignIn(browser, page.url, html, username, password, (u) => u.startsWith(REDIRECT))
  expect(done.url.startsWith(REDIRECT)).toBe(true)
  const cb = new URL(done.url)
  expect(cb.searchParams.get('state')).toBe('st-1')
  return { code: cb.searchParams.get('code') ?? '', verifier }
}

async function exchange(code: string, verifier: string): Promise<Response> {
  return fetch(new URL('/token', idp.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    }),
  })
}

function claimsOf(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >
}

describe('development identity provider', () => {
  it('publishes discovery with PKCE S256, the groups scope and an end-session endpoint', async () => {
    const d = (await (await fetch(`${idp.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >
    expect(d.issuer).toBe(idp.url)
    expect(d.code_challenge_methods_supported).toEqual(['S256'])
    expect(d.scopes_supported).toContain('groups')
    expect(d.end_session_endpoint).toBe(`${idp.url}/session/end`)
  })

  it('lists the demo people on its sign-in page', async () => {
    const browser = new Browser()
    const page = await browser.follow(authorizeUrl(b64url(randomBytes(32))))
    const html = await page.res.text()
    for (const u of ['alice', 'oscar', 'vera', 'bill', 'nobody']) expect(html).toContain(`<code>${u}</code>`)
    expect(html).toContain('name="password"')
  })

  it('signs alice in without a consent screen and puts name, email and groups in the ID token', async () => {
    const { code, verifier } = await codeFor('alice')
    const res = await exchange(code, verifier)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { id_token: string; access_token: string }
    const claims = claimsOf(body.id_token)
    expect(claims).toMatchObject({
      iss: idp.url,
      sub: 'alice',
      aud: 'osc-console',
      nonce: 'n-1',
      name: 'Alice Martin',
      email: 'alice.martin@example.com',
      groups: ['console-admins'],
    })
    const me = await fetch(`${idp.url}/me`, { headers: { authorization: `Bearer ${body.access_token}` } })
    expect(await me.json()).toMatchObject({ sub: 'alice', groups: ['console-admins'] })
  })

  it('gives nobody an empty groups claim', async () => {
    const { code, verifier } = await codeFor('nobody')
    const body = (await (await exchange(code, verifier)).json()) as { id_token: string }
    expect(claimsOf(body.id_token)).toMatchObject({ sub: 'nobody', groups: [] })
  })

  it('refuses a wrong password on the sign-in page and says what to do', async () => {
    const browser = new Browser()
    const page = await browser.follow(authorizeUrl(b64url(randomBytes(32))))
    const done = await submitSignIn(browser, page.url, await page.res.text(), 'vera', 'wrong')
    expect(done.res.status).toBe(401)
    expect(await done.res.text()).toContain('wrong password')
  })

  it('requires PKCE', async () => {
    const u = new URL(authorizeUrl('x'))
    u.searchParams.delete('code_challenge')
    u.searchParams.delete('code_challenge_method')
    const res = await fetch(u, { redirect: 'manual' })
    const location = res.headers.get('location') ?? ''
    expect(location).toContain('error=invalid_request')
    expect(decodeURIComponent(location)).toContain('PKCE')
  })

  it('refuses a code exchanged with the wrong PKCE verifier', async () => {
    const { code } = await codeFor('oscar')
    const res = await exchange(code, b64url(randomBytes(32)))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a redirect URI on another host', async () => {
    const u = new URL(authorizeUrl('x'))
    u.searchParams.set('redirect_uri', 'https://evil.example/auth/callback')
    const res = await fetch(u, { redirect: 'manual' })
    expect(res.status).toBe(400)
  })

  it('signs out through RP-initiated logout and returns to the console', async () => {
    const { code, verifier } = await codeFor('vera')
    const { id_token } = (await (await exchange(code, verifier)).json()) as { id_token: string }
    const browser = new Browser()
    const u = new URL('/session/end', idp.url)
    u.search = new URLSearchParams({
      id_token_hint: id_token,
      post_logout_redirect_uri: 'http://localhost:43123/',
    }).toString()
    const page = await browser.fetch(u.href)
    expect(page.status).toBe(200)
    const html = await page.text()
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1]
    const action = /action="([^"]+)"/.exec(html)?.[1]
    expect(xsrf && action).toBeTruthy()
    const confirm = await browser.fetch(new URL(action ?? '', idp.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf ?? '', logout: 'yes' }).toString(),
    })
    expect(confirm.status).toBe(303)
    expect(confirm.headers.get('location')).toBe('http://localhost:43123/')
  })
})
