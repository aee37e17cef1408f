// The sign-in module mounted on a small Express app over real HTTP, against the development IdP, with the BFF's
// real storage (SQLite) and audit log, plus a browser-like cookie jar that drives the IdP's sign-in form.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { isActionName } from '@osc-console/osc-api'
import { startIdp, type DemoUser } from '@osc-console/idp'
import { Browser as IdpBrowser, submitSignIn } from '@osc-console/idp/testing'
import { createAudit } from '../src/audit.ts'
import type { AuditLog, AuditRecord } from '../src/audit.ts'
import { parseConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { openDb } from '../src/storage/index.ts'
import type { Db } from '../src/storage/index.ts'
import { createAuth } from '../src/auth/index.ts'
import { sameOrigin } from '../src/same-origin.ts'
import type { Auth, Identity } from '../src/auth/index.ts'

export const CLIENT_SECRET = 'test-client-secret'

export const DEMO_BINDINGS = [
  { group: 'console-admins', role: 'admin', accounts: ['*'] },
  { group: 'console-operators', role: 'operator', accounts: ['*'] },
  { group: 'console-viewers', role: 'viewer', accounts: ['*'] },
  { group: 'finance', role: 'billing', accounts: ['*'] },
]

export async function startTestIdp(people?: readonly DemoUser[]) {
  return startIdp({
    port: 0,
    ...(people ? { people } : {}),
    clients: [
      {
        clientId: 'osc-console',
        clientSecret: CLIENT_SECRET,
        // Any port on 127.0.0.1 matches: the dev IdP ignores the port of loopback redirect URIs.
        redirectUris: ['http://127.0.0.1:8080/auth/callback'],
        postLogoutRedirectUris: ['http://127.0.0.1:8080/'],
      },
    ],
  })
}

export interface AuthApp {
  url: string
  auth: Auth
  db: Db
  audit: AuditLog
  clock: { now: number }
  audited(kind?: string): Promise<AuditRecord[]>
  close(): Promise<void>
}

export interface AuthAppOptions {
  idpUrl?: string
  mode?: 'oidc' | 'proxy' | 'none'
  dataDir?: string
  auth?: Record<string, unknown>
  bindings?: unknown[]
  roles?: Record<string, unknown>
  clock?: { now: number }
}

export async function startAuthApp(options: AuthAppOptions = {}): Promise<AuthApp> {
  const server: Server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const mode = options.mode ?? 'oidc'
  const config = parseConfig({
    publicUrl: url,
    listen: { host: '127.0.0.1', port: 0 },
    dataDir: options.dataDir ?? ':memory:',
    auth: {
      mode,
      signInAttemptsPerMinute: 1000,
      ...(mode === 'oidc'
        ? {
            oidc: { issuer: options.idpUrl, clientId: 'osc-console', clientSecret: { value: CLIENT_SECRET } },
          }
        : {}),
      ...options.auth,
    },
    roles: options.roles ?? {},
    bindings: options.bindings ?? DEMO_BINDINGS,
    accounts: [
      {
        id: 'demo-eu',
        name: 'Demo (Europe)',
        region: 'eu-west-2',
        endpoint: 'http://127.0.0.1:9',
        credentials: { accessKey: 'AK', secretKey: 'SK' },
      },
      {
        id: 'demo-us',
        name: 'Demo (US)',
        region: 'us-east-2',
        endpoint: 'http://127.0.0.1:9',
        credentials: { accessKey: 'AK', secretKey: 'SK' },
      },
    ],
  })
  const db = await openDb({ dataDir: config.dataDir })
  const logger = createLogger({ level: 'silent' })
  const audit = createAudit(db, logger)
  const clock = options.clock ?? { now: Date.now() }
  const auth = await createAuth({ config, db, audit, logger, now: () => clock.now })

  const app = express()
  // As in the console: the same-origin guard sees every request before the sign-in routes.
  app.use(sameOrigin(url).guard)
  app.use(express.json())
  app.use(auth.router)
  app.use('/api', auth.requireIdentity)
  // The check the signing proxy makes before it signs anything: the role decision, audited when refused.
  app.post('/api/osc/:account/:action', async (req, res) => {
    const identity = res.locals.identity as Identity
    const { account, action } = req.params
    if (!isActionName(action)) {
      res.status(404).json({ error: { kind: 'unknown-action' } })
      return
    }
    const decision = auth.authorize(identity, account, action)
    if (!decision.allowed) {
      await audit.record({
        kind: 'refusal',
        identity,
        ...(decision.role ? { role: decision.role } : {}),
        accountId: account,
        action,
        result: 'refused',
        detail: decision.reason,
      })
      res
        .status(403)
        .json({ error: { source: 'console', kind: 'not-allowed', status: 403, message: decision.reason } })
      return
    }
    res.json({ allowed: true, role: decision.role })
  })
  server.on('request', app)

  return {
    url,
    auth,
    db,
    audit,
    clock,
    async audited(kind) {
      const { records } = await audit.list({ limit: 200 })
      return kind ? records.filter((r) => r.kind === kind) : records
    },
    async close() {
      await auth.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await db.close()
    },
  }
}

/** The dev IdP's test browser, plus JSON requests the way the console page sends them. */
export class Browser extends IdpBrowser {
  /** JSON request the way the console page sends it. */
  api(app: { url: string }, path: string, body?: unknown): Promise<Response> {
    return this.fetch(`${app.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        ...(body === undefined
          ? {}
          : {
              'content-type': 'application/json',
              'x-requested-with': 'osc-console',
              'sec-fetch-site': 'same-origin',
            }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  }
}

/**
 * Signs `username` in through the console: /auth/login → the IdP's form → /auth/callback. Stops before loading
 * the page the console sends the browser back to; returns the last response and that page's URL.
 */
export async function signIn(
  browser: Browser,
  app: { url: string },
  username: string,
  returnTo = '/',
  password = 'demo',
) {
  const backHome = (u: string) => u.startsWith(app.url) && !new URL(u).pathname.startsWith('/auth/')
  const start = await browser.follow(
    `${app.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
    { headers: { accept: 'text/html' } },
    backHome,
  )
  // Still signed in at the IdP (single sign-on): it sends the browser straight back, no form.
  if (backHome(start.url)) return start
  if (start.res.status !== 200) throw new Error(`sign-in page answered ${start.res.status} at ${start.url}`)
  return submitSignIn(browser, start.url, await start.res.text(), username, password, backHome)
}

export type { Me } from '@osc-console/osc-api'
