// GET /api/me: who is signed in, on which accounts, with which role and allowed actions, and when the session
// ends — what the SPA needs to draw itself for this person.
import type { RequestHandler } from 'express'
import type { Me, MeAccount } from '@osc-console/osc-api'
import type { AuthConfig } from './config.ts'
import type { Identity } from './identity.ts'
import type { PersonPreferences } from './preferences.ts'
import type { Policy } from './roles.ts'
import type { SessionLimits } from './sessions.ts'
import { pageLanguage } from './page-language.ts'
import { pagePlain, pageText } from './page-messages.ts'

export type { MeAccount }

export interface ConsoleAccount {
  id: string
  name: string
  region: string
  /** The access key id the console signs this account's calls with (an id, never the secret). */
  consoleAccessKeyId?: string
}

export interface MeDeps {
  policy: Policy
  accounts: readonly ConsoleAccount[]
  mode: AuthConfig['mode']
  limits: SessionLimits
  preferences: PersonPreferences
}

export function meHandler({ policy, accounts, mode, limits, preferences }: MeDeps): RequestHandler {
  return async (req, res) => {
    const identity = res.locals.identity as Identity
    const locale = (await preferences.localeOf(identity)) ?? null
    // The refusal is worded in the person's language; the SPA words its own from `role` and `name`.
    const language = locale ?? pageLanguage(req)
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
          deniedReason: pagePlain(pageText('denied.role', { account: a.name, role: r.role }), language),
          // Only to those who may list the account's keys: it is what warns them before they cut the console off.
          ...(a.consoleAccessKeyId && r.allowedActions.includes('ReadAccessKeys')
            ? { consoleAccessKeyId: a.consoleAccessKeyId }
            : {}),
        },
      ]
    })
    const session = res.locals.session as
      { createdAt: number; lastSeenAt: number; expiresAt: number } | undefined
    res.setHeader('Cache-Control', 'no-store')
    const me: Me = {
      user: {
        name: identity.name ?? identity.email ?? identity.subject,
        email: identity.email ?? null,
        subject: identity.subject,
        issuer: identity.issuer,
        groups: identity.groups,
      },
      authMode: mode,
      locale,
      accounts: list,
      ...(session
        ? {
            session: {
              expiresAt: new Date(session.expiresAt).toISOString(),
              idleTimeoutSeconds: Math.round(limits.idleMs / 1000),
            },
          }
        : {}),
    }
    res.json(me)
  }
}
