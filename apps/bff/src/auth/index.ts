// Team access: who is signed in (OIDC, an authenticating proxy, or the single local user), their server-side
// session, and what they may do on each account. The app mounts `router` and puts `requireIdentity` in front of
// every /api route; the proxy asks `authorize` before signing any call. The pieces live beside this file:
// sign-in-routes.ts (/auth/*), require-identity.ts (the middleware), me.ts (/api/me).
import express from 'express'
import type { ActionName } from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import type { Logger } from '../logger.ts'
import type { NodeHandler } from '../node-http.ts'
import type { Db } from '../storage/index.ts'
import { resolveClientSecret } from './config.ts'
import type { AuthConfig, BindingsConfig, RolesConfig } from './config.ts'
import { cookiePolicy, isLoopbackHostname } from './cookies.ts'
import type { CookiePolicy } from './cookies.ts'
import type { Identity } from './identity.ts'
import { meHandler, type ConsoleAccount } from './me.ts'
import { localeChoiceHandler } from './locale-choice.ts'
import { PersonPreferences } from './preferences.ts'
import { createRelyingParty } from './oidc.ts'
import { createGroupsRefresh } from './groups-refresh.ts'
import type { RelyingParty } from './oidc.ts'
import { trustedProxyList } from './proxy-mode.ts'
import { randomUUID } from 'node:crypto'
import { createAttemptLimiter } from './rate-limit.ts'
import { periodic } from '../leases.ts'
import type { SharedCounters } from '../upstream/rate-limiter.ts'
import { createRequireIdentity } from './require-identity.ts'
import { createPolicy } from './roles.ts'
import type { AccountRights, Decision, Policy } from './roles.ts'
import { SessionStore } from './sessions.ts'
import { People } from './people.ts'
import { teamRouter } from './team.ts'
import { addSignInRoutes } from './sign-in-routes.ts'

export type { Identity } from './identity.ts'
export type { Decision, AccountRights, Policy } from './roles.ts'
export type { MeAccount } from './me.ts'
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
  /** This replica's name in the database leases (one replica at a time runs the session sweep). */
  replica?: string
  /** How often ended sessions are removed (tests shorten it). */
  sweepEveryMs?: number
  /** Where the sign-in attempts are counted for every replica together (Redis); in this process without it. */
  sharedCounters?: SharedCounters
  /** The OIDC client secret, when not taken from auth.oidc.clientSecret. */
  clientSecret?: string
  /** The configuration file the console started from, named on the team page as where bindings change. */
  configFile?: string
  /**
   * Accounts with their resolved name and region (e.g. a region read from a profile), and the access key id the
   * console signs with on each; default config.accounts.
   */
  accounts?: readonly ConsoleAccount[]
}

export interface Auth {
  router: express.Router
  requireIdentity: NodeHandler
  authorize: (identity: Identity, accountId: string, action: ActionName, request?: unknown) => Decision
  rightsFor: (identity: Identity, accounts: readonly { id: string }[]) => Map<string, AccountRights>
  policy: Policy
  mode: AuthConfig['mode']
  cookie: CookiePolicy
  /** With OpenID Connect: whether the IdP's discovery document could be read. */
  idpDiscovery?: () => Promise<void>
  close(): Promise<void>
}

const SWEEP_EVERY_MS = 10 * 60_000
// Refused sign-in answers (IdP errors, another browser's answer) recorded per client address per minute: enough to
// see what happened, not enough to flood the audit log from a loop.
const CALLBACK_REFUSALS_AUDITED_PER_MINUTE = 5

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
  const preferences = new PersonPreferences(db, now)
  const people = new People(db, now)
  const policy = createPolicy(config.roles, config.bindings, mode === 'none' ? { everyoneIs: 'admin' } : {})
  const limiter = createAttemptLimiter('sign-in', auth.signInAttemptsPerMinute, now, deps.sharedCounters)
  const callbackAudits = createAttemptLimiter(
    'sign-in-refusals-audited',
    CALLBACK_REFUSALS_AUDITED_PER_MINUTE,
    now,
    deps.sharedCounters,
  )
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

  // One replica at a time removes ended sessions (a lease in the database), whichever takes the period's lease.
  const sweeper = periodic({
    db,
    name: 'session-sweep',
    holder: deps.replica ?? randomUUID(),
    everyMs: deps.sweepEveryMs ?? SWEEP_EVERY_MS,
    logger,
    job: async () => {
      const removed = await sessions.sweep()
      logger.debug({ removed }, 'ended sessions removed')
    },
  })

  const accounts =
    deps.accounts?.map((a) => ({
      id: a.id,
      name: a.name,
      region: a.region,
      ...(a.consoleAccessKeyId ? { consoleAccessKeyId: a.consoleAccessKeyId } : {}),
    })) ??
    config.accounts.map((a) => ({
      id: a.id,
      name: a.name ?? a.id,
      region: a.region ?? 'eu-west-2',
    }))

  const requireIdentity = createRequireIdentity({
    mode,
    auth,
    publicUrl,
    publicOrigin,
    proxies,
    policy,
    sessions,
    cookie,
    limits,
    audit,
    now,
    people,
    ...(rp
      ? {
          refreshGroups: createGroupsRefresh({
            rp,
            sessions,
            people,
            policy,
            audit,
            logger,
            everyMs: auth.session.groupsRefreshMinutes * 60_000,
            now,
          }),
        }
      : {}),
  })

  const authorize = (
    identity: Identity,
    accountId: string,
    action: ActionName,
    request?: unknown,
  ): Decision => policy.authorize(identity, accountId, action, request)
  const rightsFor = (identity: Identity, list: readonly { id: string }[]) => policy.rightsFor(identity, list)

  const router = express.Router()
  addSignInRoutes(router, {
    mode,
    auth,
    bindings: config.bindings,
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
  })

  router.get('/api/me', requireIdentity, meHandler({ policy, accounts, mode, limits, preferences }))
  router.put('/api/me/locale', requireIdentity, localeChoiceHandler({ preferences, cookie }))
  router.use(
    teamRouter({
      mode,
      auth,
      policy,
      roles: config.roles,
      bindings: config.bindings,
      accounts,
      sessions,
      people,
      audit,
      configFile: deps.configFile,
      requireIdentity,
    }),
  )

  void sweeper.tick()

  return {
    router,
    requireIdentity,
    authorize,
    rightsFor,
    policy,
    mode,
    cookie,
    ...(rp ? { idpDiscovery: () => rp.discover() } : {}),
    close: async () => {
      sweeper.stop()
    },
  }
}
