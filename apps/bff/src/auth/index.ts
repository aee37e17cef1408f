// Team access: who is signed in (OIDC, an authenticating proxy, or the single local user), their server-side
// session, and what they may do on each account. The app mounts `router` and puts `requireIdentity` in front of
// every /api route; the proxy asks `authorize` before signing any call.
import express from 'express'
import type { Request, RequestHandler, Response } from 'express'
import type { ActionName } from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import type { Logger } from '../logger.ts'
import type { Db } from '../storage/index.ts'
import { resolveClientSecret } from './config.ts'
import type { AuthConfig, BindingsConfig, RolesConfig } from './config.ts'
import {
  clearSessionCookie,
  cookiePolicy,
  isLoopbackHostname,
  readCookie,
  setSessionCookie,
} from './cookies.ts'
import type { CookiePolicy } from './cookies.ts'
import { LOCAL_IDENTITY } from './identity.ts'
import type { Identity } from './identity.ts'
import { createRelyingParty } from './oidc.ts'
import type { RelyingParty } from './oidc.ts'
import { authPage } from './pages.ts'
import {
  carriesIdentityHeaders,
  identityFromHeaders,
  isTrusted,
  peerAddress,
  trustedProxyList,
} from './proxy-mode.ts'
import { AttemptLimiter } from './rate-limit.ts'
import { safeReturnTo } from './return-to.ts'
import { createPolicy } from './roles.ts'
import type { AccountRights, Decision, Policy } from './roles.ts'
import { SessionStore } from './sessions.ts'

export type { Identity } from './identity.ts'
export type { Decision, AccountRights, Policy } from './roles.ts'
export { authMigrations } from './migrations.ts'
export { authConfigSchema, rolesConfigSchema, bindingsConfigSchema, checkBindingRoles } from './config.ts'

/** The parts of the console configuration this module reads (the BFF's Config satisfies it). */
export interface AuthSettings {
  publicUrl: string
  listen: { host: string }
  auth: AuthConfig
  roles: RolesConfig
  bindings: BindingsConfig
  accounts: readonly { id: string; name?: string; region?: string }[]
}

export interface AuthDeps {
  config: AuthSettings
  db: Db
  audit: Audit
  logger: Logger
  /** Clock in epoch ms (tests move it to expire sessions). */
  now?: () => number
  /** The OIDC client secret, when not taken from auth.oidc.clientSecret. */
  clientSecret?: string
  /** Accounts with their resolved name and region (e.g. a region read from a profile); default config.accounts. */
  accounts?: readonly { id: string; name: string; region: string }[]
}

export interface MeAccount {
  id: string
  name: string
  region: string
  role: string
  roles: string[]
  allowedActions: ActionName[]
  /** Shown beside what this person cannot use on this account. */
  deniedReason: string
}

export interface Auth {
  router: express.Router
  requireIdentity: RequestHandler
  authorize: (identity: Identity, accountId: string, action: ActionName) => Decision
  rightsFor: (identity: Identity, accounts: readonly { id: string }[]) => Map<string, AccountRights>
  policy: Policy
  mode: AuthConfig['mode']
  cookie: CookiePolicy
  close(): Promise<void>
}

type ErrorKind =
  'invalid-request' | 'not-allowed' | 'session-expired' | 'throttled' | 'unreachable' | 'internal'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const SWEEP_EVERY_MS = 10 * 60_000

function sendError(
  res: Response,
  status: number,
  kind: ErrorKind,
  message: string,
  extra: { login?: string; retryable?: boolean } = {},
): void {
  const requestId = res.locals.requestId as string | undefined
  res.status(status).json({
    error: {
      source: 'console',
      kind,
      message,
      retryable: extra.retryable ?? false,
      status,
      outscale: null,
      ...(extra.login ? { login: extra.login } : {}),
      ...(requestId ? { requestId } : {}),
    },
  })
}

function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html'
}

function sendPage(res: Response, status: number, page: string): void {
  // The sign-in pages carry their own inline style and nothing else.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  )
  res.setHeader('Cache-Control', 'no-store')
  res.status(status).type('html').send(page)
}

function describeDuration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} seconds`
  const minutes = Math.round(ms / 60_000)
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`
}

export async function createAuth(deps: AuthDeps): Promise<Auth> {
  const { config, db, audit, logger } = deps
  const now = deps.now ?? Date.now
  const auth = config.auth
  const mode = auth.mode
  const publicUrl = config.publicUrl.replace(/\/+$/, '')
  const publicOrigin = new URL(publicUrl).origin

  if (mode === 'none' && !isLoopbackHostname(config.listen.host)) {
    throw new Error(
      `auth.mode is none (one local user with every right), which is allowed only when the console listens on loopback; listen.host is ${config.listen.host}. Configure auth.mode oidc or proxy.`,
    )
  }
  const cookie = cookiePolicy(publicUrl, auth.session.secureCookieOnLoopback)
  const limits = {
    idleMs: auth.session.idleMinutes * 60_000,
    absoluteMs: auth.session.absoluteHours * 3_600_000,
  }
  const sessions = new SessionStore(db, limits, now)
  const policy = createPolicy(config.roles, config.bindings, mode === 'none' ? { everyoneIs: 'admin' } : {})
  const limiter = new AttemptLimiter(auth.signInAttemptsPerMinute, now)
  const proxies = trustedProxyList(auth.proxy.trustedProxies)

  let rp: RelyingParty | undefined
  if (mode === 'oidc') {
    const oidc = auth.oidc
    if (!oidc) throw new Error('auth.mode is oidc but auth.oidc is missing')
    const secret = deps.clientSecret ?? resolveClientSecret(oidc)
    rp = createRelyingParty(oidc, secret, oidc.redirectUri ?? `${publicUrl}/auth/callback`)
    logger.info(
      { issuer: oidc.issuer, clientId: oidc.clientId, cookie: cookie.name },
      'sign-in through OpenID Connect',
    )
  } else if (mode === 'proxy') {
    logger.info(
      { trustedProxies: auth.proxy.trustedProxies, userHeader: auth.proxy.userHeader },
      'sign-in by an authenticating proxy: identity headers are believed only from the trusted proxy addresses',
    )
  } else {
    logger.warn(
      { host: config.listen.host },
      'auth.mode is none: every request from this machine acts as "Local user" with admin rights on every account; no sign-in, loopback only',
    )
  }

  const sweep = () =>
    sessions.sweep().catch((err: unknown) => logger.warn({ err }, 'could not remove ended sessions'))
  const sweeper = setInterval(sweep, SWEEP_EVERY_MS)
  sweeper.unref()

  const accounts =
    deps.accounts?.map((a) => ({ id: a.id, name: a.name, region: a.region })) ??
    config.accounts.map((a) => ({
      id: a.id,
      name: a.name ?? a.id,
      region: a.region ?? 'eu-west-2',
    }))

  const loginUrlFor = (req: Request): string => {
    // Send the person back to the page they were on: the SPA's own URL, as its Referer says.
    let path = '/'
    const referer = req.get('referer')
    if (referer) {
      try {
        const u = new URL(referer)
        if (u.origin === publicOrigin)
          path = safeReturnTo(`${u.pathname}${u.search}${u.hash}`, publicUrl) ?? '/'
      } catch {
        // keep '/'
      }
    }
    return `/auth/login?returnTo=${encodeURIComponent(path)}`
  }

  const sameOriginProblem = (req: Request): string | undefined => {
    if (SAFE_METHODS.has(req.method)) return undefined
    if (req.get('x-requested-with') !== 'osc-console') {
      return 'This request lacks the header X-Requested-With: osc-console that the console page sends, so it was refused. Use the console page.'
    }
    const site = req.get('sec-fetch-site')
    const origin = req.get('origin')
    const same = site ? site === 'same-origin' : origin === publicOrigin
    return same
      ? undefined
      : `This request does not come from the console's own page (${publicOrigin}), so it was refused.`
  }

  const clientKey = (req: Request): string => peerAddress(req.ip ?? req.socket.remoteAddress)

  const throttled = (req: Request, res: Response): boolean => {
    const wait = limiter.attempt(clientKey(req))
    if (wait === 0) return false
    res.setHeader('Retry-After', String(wait))
    const message = `Too many sign-in attempts from your address. Wait ${wait} seconds, then try again.`
    if (wantsHtml(req))
      sendPage(res, 429, authPage({ title: 'Too many sign-in attempts', paragraphs: [message] }))
    else sendError(res, 429, 'throttled', message, { retryable: true })
    return true
  }

  // Proxy mode: remember who was seen recently, so sign-in and refusal are audited once, not on every call.
  const proxySeen = new Map<string, number>()
  const firstSightOf = (key: string): boolean => {
    const t = now()
    const last = proxySeen.get(key)
    proxySeen.set(key, t)
    if (proxySeen.size > 10_000)
      for (const [k, v] of proxySeen) if (t - v > limits.idleMs) proxySeen.delete(k)
    return last === undefined || t - last > limits.idleMs
  }

  const refuseUnbound = async (identity: Identity): Promise<string> => {
    const groups = identity.groups.length ? identity.groups.join(', ') : 'none'
    const message = `${identity.name ?? identity.email ?? identity.subject} is not allowed to use this console: none of your groups (${groups}) is bound to a role. Ask the administrator of this console to bind one of your identity-provider groups to a role in the console configuration (bindings).`
    return message
  }

  const requireIdentity: RequestHandler = async (req, res, next) => {
    const problem = sameOriginProblem(req)
    if (problem) return sendError(res, 403, 'not-allowed', problem)

    if (mode === 'none') {
      const peer = peerAddress(req.socket.remoteAddress)
      if (!isLoopbackHostname(peer)) {
        return sendError(
          res,
          403,
          'not-allowed',
          'This console runs without sign-in and answers only on this machine.',
        )
      }
      res.locals.identity = LOCAL_IDENTITY
      return next()
    }

    if (mode === 'proxy') {
      const peer = req.socket.remoteAddress
      if (!isTrusted(proxies, peer)) {
        const forged = carriesIdentityHeaders(req.headers, auth.proxy)
        if (forged && firstSightOf(`forged:${peerAddress(peer)}`)) {
          await audit.record({
            kind: 'sign-in-refused',
            result: 'refused',
            detail: `identity headers sent from ${peerAddress(peer)}, which is not a trusted proxy`,
          })
        }
        return sendError(
          res,
          403,
          'not-allowed',
          forged
            ? 'Identity headers are accepted only from the authenticating proxy in front of the console; this request came from elsewhere and was refused.'
            : 'This console is reached through its authenticating proxy only; open it at its public address.',
        )
      }
      const identity = identityFromHeaders(req.headers, auth.proxy)
      if (!identity) {
        return sendError(
          res,
          401,
          'session-expired',
          'The authenticating proxy did not say who you are. Reload the page to sign in again.',
          { login: loginUrlFor(req) },
        )
      }
      if (!policy.canSignIn(identity)) {
        const message = await refuseUnbound(identity)
        if (firstSightOf(`refused:${identity.subject}`)) {
          await audit.record({ kind: 'sign-in-refused', identity, result: 'refused', detail: message })
        }
        return sendError(res, 403, 'not-allowed', message)
      }
      if (firstSightOf(`seen:${identity.subject}`)) {
        await audit.record({
          kind: 'sign-in',
          identity,
          result: 'success',
          detail: 'through the authenticating proxy',
        })
      }
      res.locals.identity = identity
      return next()
    }

    const id = readCookie(req.headers.cookie, cookie.name)
    const found = id ? await sessions.lookup(id) : ({ status: 'missing' } as const)
    if (found.status === 'valid') {
      res.locals.identity = found.session.identity
      res.locals.session = found.session
      return next()
    }
    clearSessionCookie(res, cookie)
    if (found.status === 'expired') {
      const why =
        found.reason === 'idle'
          ? `Your session ended after ${describeDuration(limits.idleMs)} without activity.`
          : `Your session reached its maximum length of ${describeDuration(limits.absoluteMs)}.`
      await audit.record({
        kind: 'session-expired',
        identity: found.session.identity,
        result: 'refused',
        detail: found.reason === 'idle' ? 'idle timeout' : 'absolute lifetime',
      })
      return sendError(res, 401, 'session-expired', `${why} Sign in again; your page and form are kept.`, {
        login: loginUrlFor(req),
      })
    }
    return sendError(res, 401, 'session-expired', 'You are not signed in. Sign in to continue.', {
      login: loginUrlFor(req),
    })
  }

  const authorize = (identity: Identity, accountId: string, action: ActionName): Decision =>
    policy.authorize(identity, accountId, action)
  const rightsFor = (identity: Identity, list: readonly { id: string }[]) => policy.rightsFor(identity, list)

  const router = express.Router()

  router.get('/auth/login', async (req, res) => {
    if (throttled(req, res)) return
    const returnTo = safeReturnTo(req.query.returnTo, publicUrl)
    if (returnTo === undefined) {
      const message =
        'returnTo must be a path of this console (for example /vms); links to other sites are refused to prevent redirection elsewhere.'
      if (wantsHtml(req)) {
        return sendPage(
          res,
          400,
          authPage({
            title: 'Sign-in link refused',
            paragraphs: [message],
            links: [{ href: '/', text: 'Open the console' }],
          }),
        )
      }
      return sendError(res, 400, 'invalid-request', message)
    }
    if (!rp) return res.redirect(302, returnTo)
    let started: Awaited<ReturnType<RelyingParty['start']>>
    try {
      started = await rp.start()
    } catch (err) {
      const message = `${(err as Error).message}. Try again in a moment; if it persists, an administrator should check auth.oidc.issuer.`
      logger.warn({ err }, 'sign-in could not start')
      if (wantsHtml(req))
        return sendPage(res, 502, authPage({ title: 'Sign-in is unavailable', paragraphs: [message] }))
      return sendError(res, 502, 'unreachable', message, { retryable: true })
    }
    await sessions.saveLoginFlow({
      state: started.state,
      nonce: started.nonce,
      codeVerifier: started.codeVerifier,
      returnTo,
    })
    res.setHeader('Cache-Control', 'no-store')
    res.redirect(302, started.url)
  })

  router.get('/auth/callback', async (req, res) => {
    const again = { href: '/auth/login', text: 'Sign in again' }
    const fail = (status: number, title: string, message: string) => {
      if (wantsHtml(req))
        return sendPage(res, status, authPage({ title, paragraphs: [message], links: [again] }))
      return sendError(res, status, status === 502 ? 'unreachable' : 'invalid-request', message)
    }
    if (!rp) return res.redirect(302, '/')
    const state = typeof req.query.state === 'string' ? req.query.state : ''
    const flow = state ? await sessions.takeLoginFlow(state) : undefined
    if (typeof req.query.error === 'string') {
      const description =
        typeof req.query.error_description === 'string' ? `: ${req.query.error_description}` : ''
      await audit.record({
        kind: 'sign-in-refused',
        result: 'refused',
        detail: `identity provider answered ${req.query.error}${description}`,
      })
      return fail(
        400,
        'Sign-in did not complete',
        `The identity provider did not sign you in (${req.query.error}${description}). Try again.`,
      )
    }
    if (!flow) {
      return fail(
        400,
        'Sign-in link expired',
        'This sign-in answer is not valid any more: it was already used or is older than 10 minutes. Start the sign-in again.',
      )
    }
    const callbackUrl = new URL(auth.oidc?.redirectUri ?? `${publicUrl}/auth/callback`)
    callbackUrl.search = new URL(req.originalUrl, publicOrigin).search
    let result: Awaited<ReturnType<RelyingParty['finish']>>
    try {
      result = await rp.finish(callbackUrl, flow)
    } catch (err) {
      logger.warn({ err }, 'sign-in answer refused')
      await audit.record({
        kind: 'sign-in-refused',
        result: 'failure',
        detail: `answer not verified: ${(err as Error).message}`,
      })
      return fail(
        400,
        'Sign-in could not be verified',
        `The identity provider's answer could not be verified (${(err as Error).message}). Start the sign-in again; if it persists, an administrator should check auth.oidc.`,
      )
    }
    const identity: Identity = { ...result.claims }
    if (!policy.canSignIn(identity)) {
      const message = await refuseUnbound(identity)
      await audit.record({ kind: 'sign-in-refused', identity, result: 'refused', detail: message })
      const logout = await rp.logoutUrl(result.idToken, `${publicUrl}/`)
      return sendPage(
        res,
        403,
        authPage({
          title: 'You cannot use this console yet',
          paragraphs: [
            message,
            `Groups that give access here: ${[...new Set(config.bindings.map((b) => b.group))].join(', ') || 'none configured'}.`,
          ],
          links: logout ? [{ href: logout, text: 'Sign in as someone else' }] : [],
        }),
      )
    }
    // A new session id at every sign-in: whatever id the browser had before is dropped.
    const previous = readCookie(req.headers.cookie, cookie.name)
    if (previous) await sessions.destroy(previous)
    const { id, session } = await sessions.create(identity, 'oidc', result.idToken)
    const roles = accounts.map((a) => `${a.id}:${policy.rolesOn(identity, a.id).join('+') || '-'}`).join(' ')
    await audit.record({
      kind: 'sign-in',
      identity: session.identity,
      result: 'success',
      detail: `roles ${roles}`,
    })
    setSessionCookie(res, cookie, id)
    res.setHeader('Cache-Control', 'no-store')
    res.redirect(302, flow.returnTo)
  })

  router.post('/auth/logout', async (req, res) => {
    const problem = sameOriginProblem(req)
    if (problem) return sendError(res, 403, 'not-allowed', problem)
    let redirect = mode === 'proxy' ? (auth.proxy.logoutUrl ?? '/') : '/'
    const id = readCookie(req.headers.cookie, cookie.name)
    const ended = id ? await sessions.destroy(id) : undefined
    clearSessionCookie(res, cookie)
    if (ended) {
      await audit.record({ kind: 'sign-out', identity: ended.identity, result: 'success' })
      if (rp) redirect = (await rp.logoutUrl(ended.idTokenHint, `${publicUrl}/`)) ?? '/'
    }
    res.json({ redirect })
  })

  router.get('/api/me', requireIdentity, (_req, res) => {
    const identity = res.locals.identity as Identity
    const rights = policy.rightsFor(identity, accounts)
    const list: MeAccount[] = accounts.flatMap((a) => {
      const r = rights.get(a.id)
      if (!r) return []
      return [
        {
          id: a.id,
          name: a.name,
          region: a.region,
          role: r.role,
          roles: r.roles,
          allowedActions: r.allowedActions,
          deniedReason: `Your role on ${a.name} is ${r.role}, which does not allow this. Ask a console administrator if you need it.`,
        },
      ]
    })
    const session = res.locals.session as
      { createdAt: number; lastSeenAt: number; expiresAt: number } | undefined
    res.setHeader('Cache-Control', 'no-store')
    res.json({
      user: {
        name: identity.name ?? identity.email ?? identity.subject,
        email: identity.email ?? null,
        subject: identity.subject,
        issuer: identity.issuer,
        groups: identity.groups,
      },
      authMode: mode,
      accounts: list,
      ...(session
        ? {
            session: {
              expiresAt: new Date(session.expiresAt).toISOString(),
              idleTimeoutSeconds: Math.round(limits.idleMs / 1000),
            },
          }
        : {}),
    })
  })

  void sweep()

  return {
    router,
    requireIdentity,
    authorize,
    rightsFor,
    policy,
    mode,
    cookie,
    close: async () => {
      clearInterval(sweeper)
    },
  }
}
