// GET /api/cost-by-tag?account=&key=&from=&to= — the period's cost per value of a tag key. The person's role must
// read the account's consumption; the tags are read by the console for the join (billing reads no resources) and
// never sent as they are. Audited like a read: who looked at which account's costs by which key, and the outcome.
import express, { type Router } from 'express'
import { z } from 'zod'
import type {
  ConsumptionEntry,
  CostByTag,
  ReadConsumptionAccountResponse,
  ReadTagsResponse,
  Tag,
} from '@osc-console/osc-api'
import type { Audit } from '../audit.ts'
import type { Identity } from '../auth/identity.ts'
import { describeIssues } from '../config.ts'
import { costByTag, tagValues } from '../cost-by-tag.ts'
import { ConsoleError, consoleError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { Proxy } from '../proxy.ts'

export const COST_BY_TAG_ROUTE = '/api/cost-by-tag'

const DAY = 86_400_000
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

/** Pages of ReadTags at most: 100 pages of 1,000 tags cover any account this console is meant for. */
const MAX_TAG_PAGES = 100

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
    const dates = {
      FromDate: from,
      ToDate: new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
    }
    const read = async <T>(action: string, body: unknown, forConsole?: true): Promise<T> =>
      JSON.parse(
        (
          await proxy.call({
            identity,
            accountId: account,
            action,
            body,
            logger,
            ...(forConsole ? { forConsole } : {}),
          })
        ).text,
      ) as T
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
      // The person's own reads: their role must allow the consumption (the refusal is theirs, and audited as such).
      const [ungrouped, detailed] = await Promise.all([
        read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', { ...dates, ShowPrice: true }),
        read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', {
          ...dates,
          ShowPrice: true,
          ShowResourceDetails: true,
        }),
      ])
      const tags: Tag[] = []
      let token: string | undefined
      for (let page = 0; page < MAX_TAG_PAGES; page++) {
        const body: ReadTagsResponse = await read(
          'ReadTags',
          { Filters: { Keys: [key] }, ResultsPerPage: 1000, ...(token ? { NextPageToken: token } : {}) },
          true,
        )
        tags.push(...(body.Tags ?? []))
        token = body.NextPageToken ?? undefined
        if (!token) break
      }
      const lines: ConsumptionEntry[] = detailed.ConsumptionEntries ?? []
      const total = (ungrouped.ConsumptionEntries ?? []).reduce((sum, e) => sum + (e.Price ?? 0), 0)
      const grouped = costByTag(lines, tagValues(tags, key), total)
      const currency = ungrouped.Currency ?? detailed.Currency ?? undefined
      answer = { account, key, from, to, ...(currency ? { currency } : {}), ...grouped }
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
