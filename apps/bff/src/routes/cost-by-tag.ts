// GET /api/cost-by-tag?account=&key=&from=&to= — the period's cost per value of a tag key. The person's role must
// read the account's consumption; the tags are read by the console for the join (billing reads no resources) and
// never sent as they are. Audited like a read: who looked at which account's costs by which key, and the outcome.
// GET /api/top-resources?account=&from=&to= — the period's 10 most expensive resources, from the same lines.
// GET /api/run-rate?account= — what the live resources cost per hour and per month if nothing changes, as lines.
import express, { type Router } from 'express'
import { z } from 'zod'
import type { Request, Response } from 'express'
import type { Audit } from '../audit.ts'
import { startAuditedRead } from './audited-read.ts'
import type { Identity } from '../auth/identity.ts'
import { describeIssues } from '../config.ts'
import { readCostByTag, readDailyCostByTag, readTopResources } from '../cost-by-tag.ts'
import { readRunRate } from '../run-rate.ts'
import { ConsoleError, consoleError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { Proxy } from '../proxy.ts'

export const COST_BY_TAG_ROUTE = '/api/cost-by-tag'
export const DAILY_COST_BY_TAG_ROUTE = '/api/cost-by-tag/daily'
/** Days of the chart by day at most, as the Consumption page draws it. */
export const MAX_DAILY_DAYS = 92
export const TOP_RESOURCES_ROUTE = '/api/top-resources'
export const RUN_RATE_ROUTE = '/api/run-rate'

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day such as 2024-06-01')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'expected a day that exists')

const period = {
  account: z.string().min(1).max(64),
  from: isoDay,
  to: isoDay,
}
const inOrder = { message: 'the first day must not be after the last day', path: ['from'] }

const querySchema = z
  .object({ ...period, key: z.string().min(1).max(255) })
  .strict()
  .refine((q) => q.from <= q.to, inOrder)
const dailySchema = z
  .object({ ...period, key: z.string().min(1).max(255) })
  .strict()
  .refine((q) => q.from <= q.to, inOrder)
  .refine(
    (q) => Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`) < MAX_DAILY_DAYS * 86_400_000,
    {
      message: `at most ${MAX_DAILY_DAYS} days are drawn by day; choose a shorter period`,
      path: ['to'],
    },
  )
const topSchema = z
  .object(period)
  .strict()
  .refine((q) => q.from <= q.to, inOrder)
const runRateSchema = z.object({ account: period.account }).strict()

/** Who asks, for the reads made on their behalf. */
interface Caller {
  identity: Identity
  logger: () => Logger
}

export function costByTagRouter(proxy: Proxy, audit: Audit): Router {
  const router = express.Router()

  /** Parses the query, answers with `run`'s result, and audits it like a read under `action`. */
  const auditedRead =
    <Q extends { account: string }>(
      what: string,
      action: string,
      schema: z.ZodType<Q>,
      digest: (q: Q) => Record<string, unknown>,
      run: (q: Q & Caller) => Promise<unknown>,
    ) =>
    async (req: Request, res: Response) => {
      const parsed = schema.safeParse(req.query)
      if (!parsed.success)
        throw consoleError(
          'invalid-request',
          400,
          `The ${what} query is invalid:\n${describeIssues(parsed.error.issues)}`,
          { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
        )
      const query = parsed.data
      const identity = res.locals.identity as Identity
      const logger = () => res.locals.logger as Logger
      const known = proxy.account(query.account)
      const record = startAuditedRead(audit, {
        identity,
        ...(known ? { account: known } : {}),
        action,
        params: digest(query),
        logger,
      })
      let answer: unknown
      try {
        answer = await run({ ...query, identity, logger })
      } catch (error) {
        // A refusal of the person's own read is already in the audit log as a refusal.
        if (error instanceof ConsoleError && error.kind !== 'not-allowed' && error.kind !== 'unknown-account')
          await record(error.status, error)
        throw error
      }
      await record(200)
      res.setHeader('Cache-Control', 'no-store')
      res.json(answer)
    }

  router.get(
    COST_BY_TAG_ROUTE,
    auditedRead(
      'cost-by-tag',
      'CostByTag',
      querySchema,
      ({ key, from, to }) => ({ key: key.slice(0, 64), from, to }),
      (q) => readCostByTag(proxy, q),
    ),
  )
  router.get(
    DAILY_COST_BY_TAG_ROUTE,
    auditedRead(
      'daily cost-by-tag',
      'CostByTagDaily',
      dailySchema,
      ({ key, from, to }) => ({ key: key.slice(0, 64), from, to }),
      (q) => readDailyCostByTag(proxy, q),
    ),
  )
  router.get(
    TOP_RESOURCES_ROUTE,
    auditedRead(
      'top-resources',
      'TopResources',
      topSchema,
      ({ from, to }) => ({ from, to }),
      (q) => readTopResources(proxy, q),
    ),
  )
  router.get(
    RUN_RATE_ROUTE,
    auditedRead(
      'run-rate',
      'RunRate',
      runRateSchema,
      () => ({}),
      (q) => readRunRate(proxy, { ...q, now: Date.now() }),
    ),
  )
  return router
}
