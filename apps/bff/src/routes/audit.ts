import express, { type Router } from 'express'
import { z } from 'zod'
import type { AuditLog, AuditScope } from '../audit.ts'
import type { Identity } from '../auth/identity.ts'
import { describeIssues } from '../config.ts'
import { consoleError } from '../errors.ts'

const isoTime = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date or an ISO-8601 time')
  .transform((s) => new Date(s).toISOString())

const auditQuerySchema = z
  .object({
    account: z.string().optional(),
    action: z.string().optional(),
    resourceId: z.string().optional(),
    person: z.string().optional(),
    result: z.enum(['success', 'failure', 'unknown', 'refused']).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().optional(),
    /** Comma-separated OUTSCALE RequestIds: the records of those calls (to match OUTSCALE's own API log). */
    requestIds: z
      .string()
      .regex(/^[\w-]{1,64}(,[\w-]{1,64}){0,99}$/, 'expected up to 100 RequestIds separated by commas')
      .transform((s) => s.split(','))
      .optional(),
  })
  .strict()

/**
 * GET /api/audit — filters by account, action, resource, person, result, time range and RequestIds; pages with a
 * cursor.
 * A person reads the records of the accounts they hold a role on other than billing (and their own events); an
 * admin of every account reads everything. A person whose only role is billing may not read it.
 */
export function auditRouter(audit: AuditLog, scopeFor: (identity: Identity) => AuditScope): Router {
  const router = express.Router()
  router.get('/api/audit', async (req, res) => {
    const parsed = auditQuerySchema.safeParse(req.query)
    if (!parsed.success) {
      throw consoleError(
        'invalid-request',
        400,
        `The audit query is invalid:\n${describeIssues(parsed.error.issues)}`,
        {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      )
    }
    const scope = scopeFor(res.locals.identity as Identity)
    if (!scope.all && scope.accounts.length === 0)
      throw consoleError(
        'not-allowed',
        403,
        'Your role does not include the audit log (billing sees costs, not who changed which resource). Ask a console administrator if you need it.',
      )
    if (!scope.all && parsed.data.account !== undefined && !scope.accounts.includes(parsed.data.account))
      throw consoleError(
        'not-allowed',
        403,
        `You may not read the audit log of account "${parsed.data.account.slice(0, 64)}": it needs a role other than billing on it. Ask a console administrator if you need it.`,
      )
    res.setHeader('Cache-Control', 'no-store')
    res.json(await audit.list(parsed.data, scope))
  })
  return router
}
