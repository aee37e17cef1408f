// GET /api/quota-trend/:account — every sampled quota of the account with its samples and when it will be full at
// the current pace. Whoever may read the account's quotas (ReadQuotas: billing included) may read their trend; the
// answer comes from the console database, so nothing is sent to OUTSCALE. Audited like a read (`QuotaTrend`): who
// looked at which account's quota trend, and a refusal as a refusal.
import express, { type Router } from 'express'
import { z } from 'zod'
import type { QuotaTrends } from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import type { Identity } from '../auth/identity.ts'
import type { Logger } from '../logger.ts'
import { createRefusalRecorder } from '../proxy-audit.ts'
import { startAuditedRead } from './audited-read.ts'
import type { Config, ResolvedAccount } from '../config.ts'
import { describeIssues } from '../config.ts'
import { consoleError } from '../errors.ts'
import type { AuthorizeFn } from '../proxy.ts'
import { noSuchAccount } from '../proxy.ts'
import type { QuotaSampleStore } from '../quota-sampler.ts'
import { quotaTrend } from '../quota-trend.ts'

export const QUOTA_TREND_ROUTE = '/api/quota-trend/:account'

const paramsSchema = z
  .object({
    account: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected an account id: lower-case letters, digits and dashes'),
  })
  .strict()

export function quotaTrendRouter(deps: {
  config: Config
  store: QuotaSampleStore
  authorize: AuthorizeFn
  audit: Audit
  /** The account as the console resolved it (its region), for the audit log. */
  account: (id: string) => ResolvedAccount | undefined
}): Router {
  const { config, store, authorize, audit } = deps
  const known = new Set(config.accounts.map((a) => a.id))
  const recordRefusal = createRefusalRecorder(audit)
  const router = express.Router()
  router.get(QUOTA_TREND_ROUTE, async (req, res) => {
    const parsed = paramsSchema.safeParse(req.params)
    if (!parsed.success)
      throw consoleError(
        'invalid-request',
        400,
        `The quota trend request is invalid:\n${describeIssues(parsed.error.issues)}`,
        { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
      )
    const { account } = parsed.data
    const identity = res.locals.identity as Identity
    const decision = known.has(account) ? authorize(identity, account, 'ReadQuotas') : undefined
    // The same answer for an account that does not exist and one the person holds no role on.
    if (!decision || (!decision.allowed && decision.role === undefined)) throw noSuchAccount(account)
    const configured = deps.account(account)
    if (!decision.allowed) {
      const message = `You are not allowed to read the quotas of account ${account}: ${decision.reason}`
      await recordRefusal({
        identity,
        ...(decision.role ? { role: decision.role } : {}),
        ...(configured ? { account: configured } : {}),
        action: 'QuotaTrend',
        body: {},
        detail: message,
      }).catch((error: unknown) =>
        (res.locals.logger as Logger).error({ err: error }, 'audit record could not be written'),
      )
      throw consoleError('not-allowed', 403, message)
    }
    const record = startAuditedRead(audit, {
      identity,
      ...(configured ? { account: configured } : {}),
      action: 'QuotaTrend',
      params: {},
      logger: () => res.locals.logger as Logger,
    })
    const series = await store.read(account).catch(async (error: unknown) => {
      await record(
        500,
        consoleError('internal', 500, 'The quota samples could not be read from the database.'),
      )
      throw error
    })
    const answer: QuotaTrends = {
      account,
      sampleMinutes: config.quotas.sampleMinutes,
      retentionDays: config.quotas.retentionDays,
      quotas: series.map((s) => quotaTrend(s.quotaType, s.name, s.samples)),
    }
    await record(200)
    res.setHeader('Cache-Control', 'no-store')
    res.json(answer)
  })
  return router
}
