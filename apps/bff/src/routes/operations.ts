import express, { type Router } from 'express'
import type { Operation, OperationList, OperationStarted } from '@osc-console/osc-api'
import { z } from 'zod'
import type { Identity } from '../auth/identity.ts'
import { consoleError, invalidRequest } from '../errors.ts'
import { createOperationSchema, type Operations } from '../operations.ts'

const listQuerySchema = z
  .object({ account: z.string().optional(), limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict()

export function operationsRouter(operations: Operations): Router {
  const router = express.Router()
  router.post('/api/operations', async (req, res) => {
    const parsed = createOperationSchema.safeParse(req.body ?? {})
    if (!parsed.success) {
      throw invalidRequest(
        'The operation',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      )
    }
    const { id } = await operations.start(res.locals.identity as Identity, parsed.data)
    res.status(202).json({ id } satisfies OperationStarted)
  })
  router.get('/api/operations', async (req, res) => {
    const parsed = listQuerySchema.safeParse(req.query)
    if (!parsed.success)
      throw consoleError(
        'invalid-request',
        400,
        'The operations query is invalid: use account and limit (1–100).',
        {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      )
    res.setHeader('Cache-Control', 'no-store')
    res.json({
      operations: await operations.list(res.locals.identity as Identity, parsed.data),
    } satisfies OperationList)
  })
  router.get('/api/operations/:id', async (req, res) => {
    const op = await operations.get(res.locals.identity as Identity, String(req.params.id))
    if (!op)
      throw consoleError(
        'not-found',
        404,
        'There is no such operation among yours. It may belong to someone else.',
      )
    res.setHeader('Cache-Control', 'no-store')
    res.json(op satisfies Operation)
  })
  return router
}
