// The sign-in routes: /auth/login starts the OpenID Connect flow, /auth/callback verifies the identity
// provider's answer and opens a session, /auth/logout ends it (in every mode).
import type express from 'express'
import type { BlockList } from 'node:net'
import type { Request, Response } from 'express'
import type { Audit } from '../audit.ts'
import type { Logger } from '../logger.ts'
import type { AuthConfig, BindingsConfig } from './config.ts'
import {
  clearSessionCookie,
  clearSignInCookie,
  readCookie,
  setSessionCookie,
  setSignInCookie,
  signInCookieName,
} from './cookies.ts'
import type { CookiePolicy } from './cookies.ts'
import type { Identity } from './identity.ts'
import type { RelyingParty } from './oidc.ts'
import { foreign, pagePlain, pageText, type PageText } from './page-messages.ts'
import { authPage, sendPage } from './pages.ts'
import { clientAddress } from './proxy-mode.ts'
import type { AttemptLimiter } from './rate-limit.ts'
import { unboundText } from './require-identity.ts'
import { wantsHtml } from './responses.ts'
import { consoleError } from '../errors.ts'
import { sendError } from '../http-errors.ts'
import { safeReturnTo } from './return-to.ts'
import { setLocaleCookie, type PersonPreferences } from './preferences.ts'
import type { People } from './people.ts'
import type { Policy } from './roles.ts'
import { LOGIN_FLOW_TTL_MS, type SessionStore } from './sessions.ts'

export interface SignInRoutesDeps {
  mode: AuthConfig['mode']
  auth: AuthConfig
  bindings: BindingsConfig
  publicUrl: string
  publicOrigin: string
  rp: RelyingParty | undefined
  policy: Policy
  sessions: SessionStore
  preferences: PersonPreferences
  people: People
  cookie: CookiePolicy
  limiter: AttemptLimiter
  /** Refused callbacks audited per client address: anyone can load /auth/callback in a loop. */
  callbackAudits: AttemptLimiter
  /** The proxies whose X-Forwarded-For is believed (auth.proxy.trustedProxies). */
  proxies: BlockList
  accounts: readonly { id: string }[]
  audit: Audit
  logger: Logger
}

export function addSignInRoutes(router: express.Router, deps: SignInRoutesDeps): void {
  const {
    mode,
    auth,
    publicUrl,
    publicOrigin,
    rp,
    policy,
    sessions,
    preferences,
    people,
    cookie,
    limiter,
    callbackAudits,
    proxies,
    accounts,
    audit,
    logger,
  } = deps

  // Behind a TLS proxy every peer is the proxy: the key is the client address it forwarded.
  const clientKey = (req: Request): string => clientAddress(req, proxies)

  const throttled = async (req: Request, res: Response): Promise<boolean> => {
    const wait = await limiter.attempt(clientKey(req))
    if (wait === 0) return false
    res.setHeader('Retry-After', String(wait))
    const message = pageText('throttled.body', { seconds: wait })
    if (wantsHtml(req))
      sendPage(req, res, 429, authPage({ title: pageText('throttled.title'), paragraphs: [message] }))
    else sendError(res, consoleError('throttled', 429, pagePlain(message), { retryable: true }))
    return true
  }

  router.get('/auth/login', async (req, res) => {
    if (await throttled(req, res)) return
    const returnTo = safeReturnTo(req.query.returnTo, publicUrl)
    if (returnTo === undefined) {
      const message = pageText('returnTo.body')
      if (wantsHtml(req)) {
        return sendPage(
          req,
          res,
          400,
          authPage({
            title: pageText('returnTo.title'),
            paragraphs: [message],
            links: [{ href: '/', text: pageText('link.openConsole') }],
          }),
        )
      }
      return sendError(res, consoleError('invalid-request', 400, pagePlain(message)))
    }
    if (!rp) return res.redirect(302, returnTo)
    let started: Awaited<ReturnType<RelyingParty['start']>>
    try {
      started = await rp.start({ forceLogin: req.query.prompt === 'login' })
    } catch (err) {
      const message = pageText('unavailable.body', { cause: foreign((err as Error).message) })
      logger.warn({ err }, 'sign-in could not start')
      if (wantsHtml(req))
        return sendPage(
          req,
          res,
          502,
          authPage({ title: pageText('unavailable.title'), paragraphs: [message] }),
        )
      return sendError(res, consoleError('unreachable', 502, pagePlain(message), { retryable: true }))
    }
    await sessions.saveLoginFlow({
      state: started.state,
      nonce: started.nonce,
      codeVerifier: started.codeVerifier,
      returnTo,
    })
    setSignInCookie(res, cookie, started.state, LOGIN_FLOW_TTL_MS)
    res.setHeader('Cache-Control', 'no-store')
    res.redirect(302, started.url)
  })

  router.get('/auth/callback', async (req, res) => {
    const again = { href: '/auth/login', text: pageText('link.signInAgain') }
    const fail = (status: number, title: PageText, message: PageText) => {
      if (wantsHtml(req))
        return sendPage(req, res, status, authPage({ title, paragraphs: [message], links: [again] }))
      return sendError(
        res,
        consoleError(status === 502 ? 'unreachable' : 'invalid-request', status, pagePlain(message)),
      )
    }
    if (!rp) return res.redirect(302, '/')
    const client = clientKey(req)
    const auditRefusal = async (detail: string): Promise<void> => {
      if ((await callbackAudits.attempt(client)) > 0) return
      await audit.record({ kind: 'sign-in-refused', result: 'refused', detail: `${detail} (from ${client})` })
    }
    const error = brief(req.query.error, 100)
    if (error !== undefined) {
      const description = brief(req.query.error_description, 300)
      const said = description ? `${error}: ${description}` : error
      await auditRefusal(`identity provider answered ${said}`)
      return fail(400, pageText('idpError.title'), pageText('idpError.body', { answer: foreign(said) }))
    }
    const state = typeof req.query.state === 'string' ? req.query.state : ''
    if (!state || readCookie(req.headers.cookie, signInCookieName(cookie)) !== encodeURIComponent(state)) {
      if (state) await auditRefusal('sign-in answer brought to a browser that did not start that sign-in')
      return fail(400, pageText('otherBrowser.title'), pageText('otherBrowser.body'))
    }
    clearSignInCookie(res, cookie)
    const flow = await sessions.takeLoginFlow(state)
    if (!flow) {
      return fail(400, pageText('expired.title'), pageText('expired.body'))
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
        pageText('unverified.title'),
        pageText('unverified.body', { cause: foreign((err as Error).message) }),
      )
    }
    const identity: Identity = { ...result.claims }
    if (!policy.canSignIn(identity)) {
      const message = unboundText(identity)
      await audit.record({ kind: 'sign-in-refused', identity, result: 'refused', detail: pagePlain(message) })
      const logout = await rp.logoutUrl(result.idToken, `${publicUrl}/`)
      const bound = [...new Set(deps.bindings.map((b) => b.group))].join(', ')
      return sendPage(
        req,
        res,
        403,
        authPage({
          title: pageText('noAccess.title'),
          paragraphs: [
            message,
            pageText('noAccess.bound', { groups: bound || pageText('noAccess.noneBound') }),
          ],
          links: logout ? [{ href: logout, text: pageText('link.signInAsSomeoneElse') }] : [],
        }),
      )
    }
    // A new session id at every sign-in: whatever id the browser had before is dropped.
    const previous = readCookie(req.headers.cookie, cookie.name)
    if (previous) await sessions.destroy(previous)
    const { id, session } = await sessions.create(identity, 'oidc', {
      ...(result.idToken ? { idTokenHint: result.idToken } : {}),
      ...(result.refreshToken ? { refreshToken: result.refreshToken } : {}),
      address: clientKey(req),
      ...(req.headers['user-agent'] ? { browser: req.headers['user-agent'] } : {}),
    })
    await people.seen(session.identity, true)
    const roles = accounts.map((a) => `${a.id}:${policy.rolesOn(identity, a.id).join('+') || '-'}`).join(' ')
    await audit.record({
      kind: 'sign-in',
      identity: session.identity,
      result: 'success',
      detail: `roles ${roles}`,
    })
    setSessionCookie(res, cookie, id)
    // The language the person chose in another browser follows them here, for the console and the BFF's pages.
    const locale = await preferences.localeOf(identity)
    if (locale) setLocaleCookie(res, cookie, locale)
    res.setHeader('Cache-Control', 'no-store')
    res.redirect(302, flow.returnTo)
  })

  router.post('/auth/logout', async (req, res) => {
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
}

/** A query value as it may be shown and stored: control characters blanked, cut to `max` characters. */
function brief(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return printable.length > max ? `${printable.slice(0, max)}…` : printable
}
