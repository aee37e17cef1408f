import type { Identity } from '../auth/identity.ts'
import type { Logger } from '../logger.ts'
import type { NodeRequest, NodeResponse } from '../node-http.ts'
import type { Proxy } from '../proxy.ts'

/** The route of the proxy: the body is the OUTSCALE request; success is OUTSCALE's answer unchanged. */
export const OSC_ROUTE = '/api/osc/:account/:action'
/** The compression middleware's default threshold. */
const COMPRESSION_THRESHOLD = 1024

export type OscHandler = (
  req: NodeRequest,
  res: NodeResponse,
  account: string,
  action: string,
) => Promise<void>
type Compress = (req: NodeRequest, res: NodeResponse, next: () => void) => void

/**
 * POST /api/osc/:account/:Action, after the CSRF check, the body reader and the session check. Keeps to node's own
 * request and response API (see node-http.ts).
 */
export function oscHandler(proxy: Proxy, compress?: Compress): OscHandler {
  return async (req, res, account, action) => {
    const identity = res.locals.identity as Identity
    const result = await proxy.call({
      identity,
      accountId: account,
      action,
      body: req.body ?? {},
      logger: () => res.locals.logger as Logger,
    })
    res.locals.action = action
    res.locals.upstreamMs = result.upstreamMs
    const length = Buffer.byteLength(result.text)
    // Passed to writeHead as one list rather than set one by one: the answer is already a JSON string, so
    // res.send's work (an ETag hash, useless with no-store; headers and body in two socket writes) is not needed.
    const head: string[] = [
      'Cache-Control',
      'no-store',
      'Content-Type',
      'application/json; charset=utf-8',
      'Content-Length',
      String(length),
    ]
    if (result.read && result.fetchedAt !== undefined)
      head.push(
        'X-Fetched-At',
        new Date(result.fetchedAt).toISOString(),
        'Age',
        String(Math.max(0, Math.floor((Date.now() - result.fetchedAt) / 1000))),
        'X-Cache',
        result.cache ?? 'miss',
      )
    // The fast path skips the compression middleware; a large answer is compressed as Express would have.
    if (compress && length >= COMPRESSION_THRESHOLD && !res.getHeader('Content-Encoding'))
      compress(req, res, () => undefined)
    res.writeHead(result.status, head)
    res.end(result.text)
  }
}
