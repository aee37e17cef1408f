// Proxy mode (identity headers from an authenticating proxy) and mode none (one local user on loopback), plus
// the cookie, return-path and configuration rules of the sign-in module.
import { describe, expect, it } from 'vitest'
import { authConfigSchema, resolveClientSecret } from '../src/auth/config.ts'
import { cookiePolicy } from '../src/auth/cookies.ts'
import { createAuth } from '../src/auth/index.ts'
import { isTrusted, peerAddress, trustedProxyList } from '../src/auth/proxy-mode.ts'
import { safeReturnTo } from '../src/auth/return-to.ts'
import { createAudit } from '../src/audit.ts'
import { createLogger } from '../src/logger.ts'
import { openDb } from '../src/storage/index.ts'
import { startAuthApp } from './auth-harness.ts'
import type { Me } from './auth-harness.ts'

const proxyHeaders = (user: string, groups: string, email = `${user}@example.com`) => ({
  'x-forwarded-user': user,
  'x-forwarded-email': email,
  'x-forwarded-groups': groups,
  accept: 'application/json',
})

describe('proxy mode', () => {
  it('believes identity headers from a trusted proxy address', async () => {
    const app = await startAuthApp({
      mode: 'proxy',
      auth: { proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
    })
    try {
      const res = await fetch(`${app.url}/api/me`, { headers: proxyHeaders('vera', 'console-viewers,other') })
      expect(res.status).toBe(200)
      const me = (await res.json()) as Me
      expect(me.authMode).toBe('proxy')
      expect(me.user).toMatchObject({
        subject: 'vera',
        email: 'vera@example.com',
        groups: ['console-viewers', 'other'],
      })
      expect(me.accounts[0]?.role).toBe('viewer')
      const stop = await fetch(`${app.url}/api/osc/demo-eu/StopVms`, {
        method: 'POST',
        headers: {
          ...proxyHeaders('vera', 'console-viewers'),
          'content-type': 'application/json',
          'x-requested-with': 'osc-console',
          origin: app.url,
        },
        body: '{}',
      })
      expect(stop.status).toBe(403)
      expect((await app.audited('sign-in')).some((r) => r.person.subject === 'vera')).toBe(true)
      // A trusted proxy that names nobody: not signed in.
      const anonymous = await fetch(`${app.url}/api/me`)
      expect(anonymous.status).toBe(401)
      expect(((await anonymous.json()) as { error: { kind: string } }).error.kind).toBe('session-expired')
      // A person in no bound group is refused.
      const stranger = await fetch(`${app.url}/api/me`, { headers: proxyHeaders('eve', 'guests') })
      expect(stranger.status).toBe(403)
      expect(((await stranger.json()) as { error: { message: string } }).error.message).toContain(
        'none of your groups (guests) is bound to a role',
      )
    } finally {
      await app.close()
    }
  })

  it('refuses a forged identity header from an address that is not a trusted proxy, and audits it', async () => {
    const app = await startAuthApp({
      mode: 'proxy',
      auth: { proxy: { trustedProxies: ['10.20.30.40', '192.168.0.0/16'] } },
    })
    try {
      const res = await fetch(`${app.url}/api/me`, { headers: proxyHeaders('alice', 'console-admins') })
      expect(res.status).toBe(403)
      const body = (await res.json()) as { error: { kind: string; message: string } }
      expect(body.error.kind).toBe('not-allowed')
      expect(body.error.message).toContain('accepted only from the authenticating proxy')
      const refused = await app.audited('sign-in-refused')
      expect(refused.some((r) => r.detail?.includes('not a trusted proxy'))).toBe(true)
      expect((await fetch(`${app.url}/api/me`)).status).toBe(403) // no headers, still not through the proxy
    } finally {
      await app.close()
    }
  })

  it('matches proxy addresses and subnets, IPv4-mapped or not', () => {
    const list = trustedProxyList(['127.0.0.1', '10.0.0.0/8', '::1'])
    expect(isTrusted(list, '::ffff:127.0.0.1')).toBe(true)
    expect(isTrusted(list, '10.1.2.3')).toBe(true)
    expect(isTrusted(list, '::1')).toBe(true)
    expect(isTrusted(list, '11.0.0.1')).toBe(false)
    expect(isTrusted(list, undefined)).toBe(false)
    expect(peerAddress('::ffff:10.0.0.1')).toBe('10.0.0.1')
  })
})

describe('mode none', () => {
  it('acts as the local user with admin rights on every account, on loopback', async () => {
    const app = await startAuthApp({ mode: 'none' })
    try {
      const me = (await (await fetch(`${app.url}/api/me`)).json()) as Me
      expect(me.authMode).toBe('none')
      expect(me.user).toMatchObject({ name: 'Local user', subject: 'local', issuer: 'local' })
      expect(me.accounts.map((a) => a.role)).toEqual(['admin', 'admin'])
      expect(me.accounts[0]?.allowedActions.length).toBe(235)
    } finally {
      await app.close()
    }
  })

  it('refuses to start when the console listens beyond loopback, and says what to do', async () => {
    const db = await openDb({ dataDir: ':memory:' })
    const logger = createLogger({ level: 'silent' })
    try {
      await expect(
        createAuth({
          config: {
            publicUrl: 'https://console.example.com',
            listen: { host: '0.0.0.0' },
            auth: authConfigSchema.parse({ mode: 'none' }),
            roles: {},
            bindings: [],
            accounts: [],
          },
          db,
          audit: createAudit(db, logger),
          logger,
        }),
      ).rejects.toThrow(
        /allowed only when the console listens on loopback.*Configure auth.mode oidc or proxy/,
      )
    } finally {
      await db.close()
    }
  })
})

describe('cookie, return path and configuration rules', () => {
  it('uses __Host- and Secure over https, the plain name on http://localhost, and refuses other plain http', () => {
    expect(cookiePolicy('https://console.example.com')).toEqual({ name: '__Host-osc-console', secure: true })
    expect(cookiePolicy('http://localhost:8080')).toEqual({ name: 'osc-console', secure: false })
    expect(cookiePolicy('http://127.0.0.1:8080', true)).toEqual({ name: '__Host-osc-console', secure: true })
    expect(() => cookiePolicy('http://console.example.com')).toThrow(/Serve the console over https/)
  })

  it('accepts only paths of the console as returnTo', () => {
    const base = 'http://localhost:8080'
    expect(safeReturnTo(undefined, base)).toBe('/')
    expect(safeReturnTo('/vms?account=demo-eu#top', base)).toBe('/vms?account=demo-eu#top')
    expect(safeReturnTo('/auth/logout', base)).toBe('/')
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'vms', '/x\ny', ['/a']]) {
      expect(safeReturnTo(bad, base)).toBeUndefined()
    }
  })

  it('defaults to the local mode with 30-minute idle and 12-hour sessions', () => {
    const a = authConfigSchema.parse({})
    expect(a.mode).toBe('none')
    expect(a.session).toEqual({
      idleMinutes: 30,
      absoluteHours: 12,
      groupsRefreshMinutes: 15,
      secureCookieOnLoopback: false,
    })
    expect(a.proxy.userHeader).toBe('x-forwarded-user')
  })

  it('requires the OIDC section in oidc mode and reads the client secret from the named variable', () => {
    expect(authConfigSchema.safeParse({ mode: 'oidc' }).success).toBe(false)
    const a = authConfigSchema.parse({
      mode: 'oidc',
      oidc: { issuer: 'https://idp.example.com', clientId: 'c', clientSecret: { env: 'MY_SECRET' } },
    })
    expect(a.oidc?.scopes).toEqual(['openid', 'profile', 'email', 'groups'])
    expect(a.oidc?.tokenEndpointAuth).toBe('client_secret_basic')
    expect(a.oidc && resolveClientSecret(a.oidc, { MY_SECRET: 's' })).toBe('s')
    expect(() => a.oidc && resolveClientSecret(a.oidc, {})).toThrow(/MY_SECRET, which is not set/)
    expect(
      authConfigSchema.safeParse({
        mode: 'oidc',
        oidc: { issuer: 'https://i', clientId: 'c', clientSecret: { value: '' } },
      }).success,
    ).toBe(false)
  })
})
