// GET /api/cost-by-tag?account=&key=&from=&to= — the period's cost per value of a tag key. The person's role must
// read the account's consumption; the tags are read by the console for the join (billing reads no resources) and
// never sent as they are. Audited like a read: who looked at which account's costs by which key, and the outcome.
import express, { type Router } from 'express'
import { z } from 'zod'
import type { CostByTag } from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import type { Identity } from '../auth/identity.ts'
import { describeIssues } from '../config.ts'
import { readCostByTag } from '../cost-by-tag.ts'
import { ConsoleError, consoleError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { Proxy } from '../proxy.ts'

export const COST_BY_TAG_ROUTE = '/api/cost-by-tag'

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day such as 2024-06-01')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'expected a day that exists')

const querySchema = z
  .object({
    account: z.string().min(1).max(64),
    key: z.string().min(1).max(255),
    from: isoDay,
    to: isoDay,
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'the first day must not be after the last day', path: ['from'] })

export function costByTagRouter(proxy: Proxy, audit: Audit): Router {
  const router = express.Router()
  router.get(COST_BY_TAG_ROUTE, async (req, res) => {
    const parsed = querySchema.safeParse(req.query)
    if (!parsed.success)
      throw consoleError(
        'invalid-request',
        400,
        `The cost-by-tag query is invalid:\n${describeIssues(parsed.error.issues)}`,
        { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
      )
    const { account, key, from, to } = parsed.data
    const identity = res.locals.identity as Identity
    const logger = () => res.locals.logger as Logger
    const started = performance.now()
    const record = async (status: number, failure?: ConsoleError) => {
      const known = proxy.account(account)
      await audit
        .record({
          kind: 'call',
          identity,
          ...(known ? { accountId: known.id, region: known.region } : {}),
          action: 'CostByTag',
          paramsDigest: JSON.stringify({ key: key.slice(0, 64), from, to }),
          result: failure ? 'failure' : 'success',
          httpStatus: status,
          durationMs: performance.now() - started,
          ...(failure
            ? {
                errorCode: failure.body.outscale?.code || failure.kind,
                detail: failure.message,
                ...(failure.body.outscale?.requestId ? { requestId: failure.body.outscale.requestId } : {}),
              }
            : {}),
        })
        .catch((error: unknown) => logger().error({ err: error }, 'audit record could not be written'))
    }
    let answer: CostByTag
    try {
      answer = await readCostByTag(proxy, { identity, account, key, from, to, logger })
    } catch (error) {
      // A refusal of the person's own read is already in the audit log as a refusal.
      if (error instanceof ConsoleError && error.kind !== 'not-allowed' && error.kind !== 'unknown-account')
        await record(error.status, error)
      throw error
    }
    await record(200)
    res.setHeader('Cache-Control', 'no-store')
    res.json(answer)
  })
  return router
}
