import express, { type Router } from 'express'
import type { Identity } from '../auth/identity.ts'
import type { Logger } from '../logger.ts'
import type { Proxy } from '../proxy.ts'

/** POST /api/osc/:account/:Action — body is the OUTSCALE request; success is OUTSCALE's answer unchanged. */
export function oscRouter(proxy: Proxy): Router {
  const router = express.Router()
  router.post('/api/osc/:account/:action', async (req, res) => {
    const identity = res.locals.identity as Identity
    const result = await proxy.call({
      identity,
      accountId: String(req.params.account),
      action: String(req.params.action),
      body: req.body ?? {},
      logger: res.locals.logger as Logger,
    })
    res.locals.action = req.params.action
    res.locals.upstreamMs = result.upstreamMs
    if (result.read && result.fetchedAt !== undefined) {
      res.setHeader('X-Fetched-At', new Date(result.fetchedAt).toISOString())
      res.setHeader('Age', String(Math.max(0, Math.floor((Date.now() - result.fetchedAt) / 1000))))
      res.setHeader('X-Cache', result.cache ?? 'miss')
    }
    res.setHeader('Cache-Control', 'no-store')
    res.status(result.status).type('application/json').send(result.text)
  })
  return router
}
