// The identity middleware in front of every /api route: finds who is calling (the local user, the authenticating
// proxy's headers, or the session cookie) and puts it in res.locals. Cross-site and misaddressed requests never
// get here: the same-origin guard (../same-origin.ts) refuses them before any route.
import type { BlockList } from 'node:net'
import type { IncomingMessage } from 'node:http'
import type { Audit } from '../audit.ts'
import { header, type NodeHandler } from '../node-http.ts'
import type { AuthConfig } from './config.ts'
import { clearSessionCookie, isLoopbackHostname, readCookie } from './cookies.ts'
import type { CookiePolicy } from './cookies.ts'
import { LOCAL_IDENTITY } from './identity.ts'
import type { Identity } from './identity.ts'
import { carriesIdentityHeaders, identityFromHeaders, isTrusted, peerAddress } from './proxy-mode.ts'
import { describeDuration } from './responses.ts'
import { pagePlain, pageText, type PageText } from './page-messages.ts'
import { consoleError } from '../errors.ts'
import { sendError } from '../http-errors.ts'
import { safeReturnTo } from './return-to.ts'
import type { Policy } from './roles.ts'
import type { Session, SessionLimits, SessionStore } from './sessions.ts'
import type { GroupsRefresh } from './groups-refresh.ts'
import type { People } from './people.ts'

export function loginUrlFor(req: IncomingMessage, publicUrl: string, publicOrigin: string): string {
  // Send the person back to the page they were on: the SPA's own URL, as its Referer says.
  let path = '/'
  const referer = header(req, 'referer')
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

/** Why a person whose groups give no role is refused, and what to do, for the no-access page. */
export function unboundText(identity: Identity): PageText {
  return pageText('noAccess.body', {
    person: identity.name ?? identity.email ?? identity.subject,
    groups: identity.groups.length ? identity.groups.join(', ') : pageText('noAccess.noGroups'),
  })
}

/** The same, in English, for a JSON error and the audit log. */
export async function refuseUnbound(identity: Identity): Promise<string> {
  return pagePlain(unboundText(identity))
}

export interface RequireIdentityDeps {
  mode: AuthConfig['mode']
  auth: AuthConfig
  publicUrl: string
  publicOrigin: string
  proxies: BlockList
  policy: Policy
  sessions: SessionStore
  cookie: CookiePolicy
  limits: SessionLimits
  audit: Audit
  now: () => number
  /** Reads a signed-in person's groups again when due (OIDC with refresh tokens); absent otherwise. */
  refreshGroups?: (session: Session) => Promise<GroupsRefresh>
  people: People
}

export function createRequireIdentity(deps: RequireIdentityDeps): NodeHandler {
  const { mode, auth, publicUrl, publicOrigin, proxies, policy, sessions, cookie, limits, audit, now } = deps
  const refreshGroups = deps.refreshGroups ?? (async (): Promise<GroupsRefresh> => ({ status: 'kept' }))

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

  const requireIdentity: NodeHandler = async (req, res, next) => {
    if (mode === 'none') {
      const peer = peerAddress(req.socket.remoteAddress)
      if (!isLoopbackHostname(peer)) {
        return sendError(
          res,
          consoleError(
            'not-allowed',
            403,
            'This console runs without sign-in and answers only on this machine.',
          ),
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
          consoleError(
            'not-allowed',
            403,
            forged
              ? 'Identity headers are accepted only from the authenticating proxy in front of the console; this request came from elsewhere and was refused.'
              : 'This console is reached through its authenticating proxy only; open it at its public address.',
          ),
        )
      }
      const identity = identityFromHeaders(req.headers, auth.proxy)
      if (!identity) {
        return sendError(
          res,
          consoleError(
            'session-expired',
            401,
            'The authenticating proxy did not say who you are. Reload the page to sign in again.',
            { login: loginUrlFor(req, publicUrl, publicOrigin) },
          ),
        )
      }
      if (!policy.canSignIn(identity)) {
        const message = await refuseUnbound(identity)
        if (firstSightOf(`refused:${identity.subject}`)) {
          await audit.record({ kind: 'sign-in-refused', identity, result: 'refused', detail: message })
        }
        return sendError(res, consoleError('not-allowed', 403, message))
      }
      if (firstSightOf(`seen:${identity.subject}`)) {
        await audit.record({
          kind: 'sign-in',
          identity,
          result: 'success',
          detail: 'through the authenticating proxy',
        })
        await deps.people.seen(identity, true)
      }
      res.locals.identity = identity
      return next()
    }

    const id = readCookie(req.headers.cookie, cookie.name)
    const found = id ? await sessions.lookup(id) : ({ status: 'missing' } as const)
    const renewed = found.status === 'valid' ? await refreshGroups(found.session) : undefined
    if (renewed?.status === 'no-role') {
      clearSessionCookie(res, cookie)
      const message = await refuseUnbound(renewed.identity)
      await audit.record({
        kind: 'sign-in-refused',
        identity: renewed.identity,
        result: 'refused',
        detail: message,
      })
      return sendError(res, consoleError('not-allowed', 403, message))
    }
    if (renewed?.status === 'ended') {
      clearSessionCookie(res, cookie)
      return sendError(
        res,
        consoleError(
          'session-expired',
          401,
          'Your identity provider no longer confirms your sign-in. Sign in again; your page and form are kept.',
          { login: loginUrlFor(req, publicUrl, publicOrigin) },
        ),
      )
    }
    if (found.status === 'valid') {
      res.locals.identity = found.session.identity
      res.locals.session = found.session
      return next()
    }
    if (found.status === 'ended') {
      // Ask for the password again: the IdP's own session would otherwise sign the browser straight back in. The
      // cookie stays, so a reload racing the page's own redirect is asked for the password too; signing in replaces it.
      return sendError(
        res,
        consoleError(
          'session-expired',
          401,
          `${found.by} ended your session. Sign in again; your page and form are kept.`,
          { login: `${loginUrlFor(req, publicUrl, publicOrigin)}&prompt=login` },
        ),
      )
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
      return sendError(
        res,
        consoleError('session-expired', 401, `${why} Sign in again; your page and form are kept.`, {
          login: loginUrlFor(req, publicUrl, publicOrigin),
        }),
      )
    }
    return sendError(
      res,
      consoleError('session-expired', 401, 'You are not signed in. Sign in to continue.', {
        login: loginUrlFor(req, publicUrl, publicOrigin),
      }),
    )
  }
  return requireIdentity
}
