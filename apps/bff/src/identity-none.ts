// Stand-in for the sign-in module while it is built: auth mode `none`, one local user allowed everything.
// Shaped like createAuth(...) so the real module replaces it without touching the routes.
import express, { type RequestHandler } from 'express'
import { actionNames } from '@osc-console/osc-api'
import { LOCAL_IDENTITY } from './auth/identity.ts'
import type { Decision } from './auth/roles.ts'
import type { Config } from './config.ts'
import { consoleError } from './errors.ts'

export function createLocalAuth(config: Config) {
  if (config.auth.mode !== 'none')
    throw consoleError(
      'internal',
      500,
      `auth.mode ${config.auth.mode} is not available in this build; use mode none.`,
    )
  const requireIdentity: RequestHandler = (_req, res, next) => {
    res.locals.identity = LOCAL_IDENTITY
    next()
  }
  const authorize = (): Decision => ({ allowed: true, role: 'admin' })
  const router = express.Router()
  router.get('/api/me', (_req, res) => {
    res.json({
      user: { ...LOCAL_IDENTITY, email: undefined },
      authMode: 'none',
      accounts: config.accounts.map((account) => ({
        id: account.id,
        name: account.name ?? account.id,
        region: account.region ?? 'eu-west-2',
        role: 'admin',
        allowedActions: actionNames,
      })),
    })
  })
  return { router, requireIdentity, authorize }
}
