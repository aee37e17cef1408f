// /api/team: who may do what on which account and why (bindings in force), the roles in words counted from the role
// model, who signed in and their sessions — and ending a session now. Bindings stay in the configuration file
// (reviewed, versioned); nothing here edits them. Admins see the people and sessions whose roles touch the accounts
// they administer (everyone, for an admin of every account); everyone sees and may end their own sessions.
import express from 'express'
import type { Request, Response } from 'express'
import { actionNames, catalogue, type ActionName } from '@osc-console/osc-api'
import type { TeamAccess, TeamPerson, TeamRole, TeamSession, TeamView } from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import { consoleError } from '../errors.ts'
import { sendError } from '../http-errors.ts'
import type { NodeHandler } from '../node-http.ts'
import { BUILT_IN_ROLES, type AuthConfig, type BindingsConfig, type RolesConfig } from './config.ts'
import type { Identity } from './identity.ts'
import type { People } from './people.ts'
import { accountMatches, type Policy } from './roles.ts'
import type { Session, SessionStore } from './sessions.ts'

export interface TeamDeps {
  mode: AuthConfig['mode']
  auth: AuthConfig
  policy: Policy
  roles: RolesConfig
  bindings: BindingsConfig
  accounts: readonly { id: string; name: string }[]
  sessions: SessionStore
  people: People
  audit: Audit
  configFile: string | undefined
  requireIdentity: NodeHandler
}

const iso = (ms: number) => new Date(ms).toISOString()
const personName = (p: { name?: string; email?: string; subject: string }) => p.name ?? p.email ?? p.subject

/** What each role allows, counted over every OUTSCALE call from the same rules that authorise them. */
export function describeRoles(policy: Policy, roles: RolesConfig): TeamRole[] {
  const reads = actionNames.filter((a) => !catalogue[a].mutating)
  const changes = actionNames.filter((a) => catalogue[a].mutating)
  return [...BUILT_IN_ROLES, ...Object.keys(roles)].map((name) => {
    const allowed = (list: readonly ActionName[]) => list.filter((a) => policy.roleAllows(name, a))
    const changing = allowed(changes)
    const custom = roles[name]
    return {
      name,
      builtIn: !custom,
      reads: { allowed: allowed(reads).length, total: reads.length },
      changes: { allowed: changing.length, total: changes.length },
      readsSecrets: reads.some((a) => catalogue[a].sensitive && policy.roleAllows(name, a)),
      changesFamilies: [...new Set(changing.map((a) => catalogue[a].family))].sort(),
      ...(custom ? { allow: custom.allow, deny: custom.deny } : {}),
    }
  })
}

export function teamRouter(deps: TeamDeps): express.Router {
  const { mode, auth, policy, bindings, accounts, sessions, people, audit } = deps

  const accessOf = (identity: Identity): TeamAccess[] =>
    accounts.flatMap((account) =>
      policy.rolesOn(identity, account.id).map((role) => ({
        accountId: account.id,
        accountName: account.name,
        role,
        bindings: bindings.filter(
          (b) =>
            b.role === role && identity.groups.includes(b.group) && accountMatches(b.accounts, account.id),
        ),
      })),
    )

  /** Whose people and sessions this person may see besides their own: null when none. */
  const oversight = (identity: Identity): ((groups: string[], subject: string) => boolean) | null => {
    const administered = accounts.filter((a) => policy.rolesOn(identity, a.id).includes('admin'))
    if (administered.length === 0) return null
    if (administered.length === accounts.length) return () => true
    return (groups, subject) =>
      administered.some((a) => policy.rolesOn({ issuer: '', subject, groups }, a.id).length > 0)
  }

  const sameSubject = (identity: Identity, s: Session) =>
    s.identity.issuer === identity.issuer && s.identity.subject === identity.subject

  const visibleSessions = async (identity: Identity): Promise<Session[]> => {
    const sees = oversight(identity)
    return (await sessions.listActive()).filter(
      (s) => sameSubject(identity, s) || (sees?.(s.identity.groups, s.identity.subject) ?? false),
    )
  }

  const toTeamSession = (s: Session, current: Session | undefined): TeamSession => ({
    id: s.identity.sessionId ?? '',
    subject: s.identity.subject,
    name: personName(s.identity),
    createdAt: iso(s.createdAt),
    lastSeenAt: iso(s.lastSeenAt),
    expiresAt: iso(s.expiresAt),
    address: s.address ?? null,
    browser: s.browser ?? null,
    current: s.idHash === current?.idHash,
  })

  // Read again only when the IdP gave this session a refresh token.
  const groupsRefresh = (current: Session | undefined): TeamView['groupsRefresh'] => {
    if (mode === 'proxy') return { kind: 'per-request' }
    if (mode === 'none') return { kind: 'local' }
    return current?.refreshToken
      ? { kind: 'refresh', everyMinutes: auth.session.groupsRefreshMinutes }
      : { kind: 'sign-in-only', sessionHours: auth.session.absoluteHours }
  }

  const view = async (_req: Request, res: Response) => {
    const identity = res.locals.identity as Identity
    const current = res.locals.session as Session | undefined
    const shown = await visibleSessions(identity)
    const sees = oversight(identity)
    let team: TeamPerson[] | null = null
    if (sees) {
      const everyone = await people.list()
      team = everyone
        .filter((p) => sees(p.groups, p.subject))
        .map((p) => ({
          subject: p.subject,
          name: personName(p),
          email: p.email ?? null,
          lastSignInAt: iso(p.lastSignInAt),
          groups: p.groups,
          roles: accounts
            .map((a) => ({ accountId: a.id, roles: policy.rolesOn({ ...p, groups: p.groups }, a.id) }))
            .filter((r) => r.roles.length > 0),
          activeSessions: shown.filter(
            (s) => s.identity.issuer === p.issuer && s.identity.subject === p.subject,
          ).length,
        }))
    }
    const body: TeamView = {
      authMode: mode,
      groups: identity.groups,
      access: accessOf(identity),
      groupsRefresh: groupsRefresh(current),
      bindings: bindings.map((b) => ({ group: b.group, role: b.role, accounts: b.accounts })),
      roles: describeRoles(policy, deps.roles),
      configFile: deps.configFile ?? null,
      sessions: shown.map((s) => toTeamSession(s, current)),
      people: team,
    }
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  }

  const end = async (actor: Identity, ended: Session) => {
    await sessions.endBy(ended, personName(actor))
    const whose = sameSubject(actor, ended)
      ? 'their own session'
      : `the session of ${personName(ended.identity)} (${ended.identity.subject})`
    await audit.record({
      kind: 'sign-out',
      identity: actor,
      result: 'success',
      detail: `ended ${whose} signed in at ${iso(ended.createdAt)}${ended.address ? ` from ${ended.address}` : ''}`,
    })
  }

  const router = express.Router()
  router.get('/api/team', deps.requireIdentity, view)

  router.delete('/api/team/sessions/:id', deps.requireIdentity, async (req, res) => {
    const actor = res.locals.identity as Identity
    const target = (await visibleSessions(actor)).find((s) => s.identity.sessionId === req.params.id)
    // A session the person may not see is answered as one that does not exist.
    if (!target)
      return sendError(
        res,
        consoleError(
          'not-found',
          404,
          'No such active session: it has ended already, or it is not one you may end.',
        ),
      )
    await end(actor, target)
    res.status(204).end()
  })

  router.post('/api/team/sessions/end-others', deps.requireIdentity, async (_req, res) => {
    const actor = res.locals.identity as Identity
    const current = res.locals.session as Session | undefined
    const mine = (await sessions.listActive()).filter(
      (s) => sameSubject(actor, s) && s.idHash !== current?.idHash,
    )
    for (const s of mine) await end(actor, s)
    res.json({ ended: mine.length })
  })
  return router
}
