// The development OpenID provider: oidc-provider with a static confidential client for the console, PKCE
// required, no consent screen for that client, the demo people, and a plain sign-in page served beside it.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider'
import { signInPage, signOutPage, signedOutPage } from './pages.ts'
import { checkPassword, findUser, DEMO_USERS, type DemoUser } from './users.ts'

export interface IdpClient {
  clientId: string
  clientSecret: string
  redirectUris: string[]
  postLogoutRedirectUris?: string[]
  /** Display name on the sign-in page. */
  name?: string
}

export interface StartIdpOptions {
  host?: string
  port?: number
  /** Public issuer URL; defaults to http://<host>:<port>. */
  issuer?: string
  clients?: IdpClient[]
  /** Who may sign in; the demo people by default. Read at every sign-in and refresh, so a test may change groups. */
  people?: readonly DemoUser[]
}

export interface RunningIdp {
  url: string
  port: number
  close(): Promise<void>
}

export const DEFAULT_CLIENT: IdpClient = {
  clientId: 'osc-console',
  clientSecret: 'osc-console-dev-secret',
  redirectUris: ['http://localhost:8080/auth/callback'],
  postLogoutRedirectUris: ['http://localhost:8080/', 'http://localhost:8080/signed-out'],
  name: 'OSC Console',
}

const SCOPES = ['openid', 'profile', 'email', 'groups']
const CLAIMS = ['sub', 'name', 'preferred_username', 'email', 'email_verified', 'groups']

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

// Redirect URIs on a loopback host match whatever their port, so tests and local runs on a free port need no
// client re-registration. Other hosts must match exactly.
function loopbackAgnosticMatch(value: string, allowed: readonly string[]): boolean {
  if (allowed.includes(value)) return true
  let u: URL
  try {
    u = new URL(value)
  } catch {
    return false
  }
  if (u.protocol !== 'http:' || !isLoopback(u.hostname)) return false
  return allowed.some((a) => {
    try {
      const x = new URL(a)
      return (
        x.protocol === 'http:' &&
        x.hostname === u.hostname &&
        x.pathname === u.pathname &&
        x.search === u.search
      )
    } catch {
      return false
    }
  })
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
      if (body.length > 10_000) reject(new Error('form too large'))
    })
    req.on('end', () => resolve(new URLSearchParams(body)))
    req.on('error', reject)
  })
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:",
  })
  res.end(html)
}

function buildConfiguration(clients: IdpClient[], people: readonly DemoUser[]): Configuration {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })
  const firstParty = new Set(clients.map((c) => c.clientId))
  return {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name ?? c.clientId,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      // Refresh tokens let the console re-read a person's groups during a session.
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [{ ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the scope claims in the ID token too: relying parties need no extra userinfo round trip.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html'
          ctx.body = signOutPage(form, ctx.host)
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html'
          ctx.body = signedOutPage()
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const user = findUser(sub, people)
      if (!user) return undefined
      return {
        accountId: user.username,
        claims: () => ({
          sub: user.username,
          name: user.name,
          preferred_username: user.username,
          email: user.email,
          email_verified: true,
          groups: user.groups,
        }),
      }
    },
    // The console is first-party: grant it the scopes it asks for without a consent screen.
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc
      const clientId = oidc.client?.clientId
      const accountId = oidc.session?.accountId
      if (!clientId || !accountId) return undefined
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId)
        if (existing) return existing
      }
      if (!firstParty.has(clientId)) return undefined
      const grant = new oidc.provider.Grant({ clientId, accountId })
      grant.addOIDCScope(SCOPES.join(' '))
      grant.addOIDCClaims(CLAIMS)
      await grant.save()
      return grant
    },
    // Without offline_access: the refresh token lives with the IdP session (a sign-out there ends it).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: 3600,
      RefreshToken: 14 * 24 * 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    renderError(ctx, out) {
      ctx.type = 'html'
      const text = Object.entries(out)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n')
      ctx.body = `<!doctype html><title>Sign-in error</title><h1>Sign-in error</h1><pre>${text.replace(/[&<>]/g, '')}</pre>`
    },
  }
}

export async function startIdp(options: StartIdpOptions = {}): Promise<RunningIdp> {
  const host = options.host ?? '127.0.0.1'
  const clients = options.clients ?? [DEFAULT_CLIENT]
  // The server must listen before the provider exists (the issuer URL carries the port it got).
  const route: { handler?: (req: IncomingMessage, res: ServerResponse) => void } = {}
  const server: Server = createServer((req, res) => {
    if (route.handler) route.handler(req, res)
    else sendHtml(res, 503, 'starting')
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host
  const issuer = (options.issuer ?? `http://${urlHost}:${port}`).replace(/\/$/, '')

  const provider = new Provider(issuer, buildConfiguration(clients, options.people ?? DEMO_USERS))
  provider.Client.prototype.redirectUriAllowed = function (this: { redirectUris: string[] }, value: string) {
    return loopbackAgnosticMatch(value, this.redirectUris)
  }
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (
    this: { postLogoutRedirectUris: string[] },
    value: string,
  ) {
    return loopbackAgnosticMatch(value, this.postLogoutRedirectUris ?? [])
  }
  const oidcCallback = provider.callback()

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, action: string) => {
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid)
      return sendHtml(res, 400, 'This sign-in page is stale; start again from the console.')
    const clientId = String(details.params.client_id ?? '')
    const clientName = clients.find((c) => c.clientId === clientId)?.name ?? clientId
    if (action === 'login' && req.method === 'POST') {
      const form = await readForm(req)
      const username = form.get('username') ?? ''
      const user = checkPassword(username, form.get('password') ?? '', options.people)
      if (!user) {
        return sendHtml(
          res,
          401,
          signInPage({
            uid,
            clientName,
            username,
            error: 'Unknown username or wrong password. The demo people below all use the password demo.',
          }),
        )
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.username } },
        {
          mergeWithLastSubmission: false,
        },
      )
    }
    if (action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      )
    }
    if (details.prompt.name === 'consent') {
      // Reached only for clients that are not first-party: grant what was asked, this IdP is for development.
      const accountId = details.session?.accountId
      if (!accountId) return sendHtml(res, 400, 'No signed-in person for this consent step; start again.')
      const grant = new provider.Grant({ clientId, accountId })
      grant.addOIDCScope(String(details.params.scope ?? 'openid'))
      grant.addOIDCClaims(CLAIMS)
      const grantId = await grant.save()
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      )
    }
    return sendHtml(res, 200, signInPage({ uid, clientName }))
  }

  route.handler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"status":"ok"}')
      return
    }
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/.exec(path)
    if (m) {
      interaction(req, res, m[1] ?? '', m[2] ?? '').catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err)
        if (!res.headersSent) {
          sendHtml(
            res,
            400,
            `<p>This sign-in cannot continue (${message.replace(/[&<>]/g, '')}). Start again from the console.</p>`,
          )
        } else res.end()
      })
      return
    }
    oidcCallback(req, res)
  }

  return {
    url: issuer,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
