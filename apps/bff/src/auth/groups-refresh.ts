// Groups are read at sign-in; without this a person removed from a group would keep its role until their session
// ends (up to `absoluteHours`). When the IdP issued a refresh token, the console reads the person's claims again
// every `groupsRefreshMinutes` on their next request: new groups take effect at once, a person the IdP no longer
// vouches for is signed out, and one whose groups no longer give a role is refused as at sign-in.
import type { Audit } from '../audit.ts'
import type { Logger } from '../logger.ts'
import type { Identity } from './identity.ts'
import { RefreshRefused, type RelyingParty } from './oidc.ts'
import type { Policy } from './roles.ts'
import type { Session, SessionStore } from './sessions.ts'
import type { People } from './people.ts'

export type GroupsRefresh =
  { status: 'kept' } | { status: 'ended'; why: string } | { status: 'no-role'; identity: Identity }

export interface GroupsRefreshDeps {
  rp: RelyingParty
  sessions: SessionStore
  people: People
  policy: Policy
  audit: Audit
  logger: Logger
  everyMs: number
  now: () => number
}

const sameGroups = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((g, i) => g === [...b].sort()[i])

export function createGroupsRefresh(deps: GroupsRefreshDeps): (session: Session) => Promise<GroupsRefresh> {
  const { rp, sessions, people, policy, audit, logger, everyMs, now } = deps
  return async (session) => {
    if (session.authMode !== 'oidc' || !session.refreshToken) return { status: 'kept' }
    if (now() - session.groupsReadAt < everyMs) return { status: 'kept' }
    // Another request (here or on another replica) is already reading them: use the groups we have.
    if (!(await sessions.claimGroupsRefresh(session))) return { status: 'kept' }
    const before = session.identity
    let result
    try {
      result = await rp.refresh(session.refreshToken, { issuer: before.issuer, subject: before.subject })
    } catch (err) {
      if (err instanceof RefreshRefused) {
        await sessions.end(session)
        await audit.record({
          kind: 'session-expired',
          identity: before,
          result: 'refused',
          detail: `the identity provider refused to renew the sign-in (${err.message})`,
        })
        return { status: 'ended', why: err.message }
      }
      // The IdP is unreachable: keep the groups read last and try again after the same interval.
      logger.warn(
        { err, subject: before.subject },
        'could not read the groups again from the identity provider',
      )
      return { status: 'kept' }
    }
    const identity: Identity = { ...before, groups: result.claims.groups }
    if (result.claims.email) identity.email = result.claims.email
    if (result.claims.name) identity.name = result.claims.name
    if (!policy.canSignIn(identity)) {
      await sessions.end(session)
      return { status: 'no-role', identity }
    }
    await sessions.updateIdentity(session, identity, result.refreshToken)
    if (!sameGroups(before.groups, identity.groups)) {
      await people.seen(identity, false)
      await audit.record({
        kind: 'sign-in',
        identity,
        result: 'success',
        detail: `groups read again from the identity provider: ${identity.groups.join(', ') || 'none'} (were ${before.groups.join(', ') || 'none'})`,
      })
    }
    session.identity = identity
    if (result.refreshToken) session.refreshToken = result.refreshToken
    return { status: 'kept' }
  }
}
