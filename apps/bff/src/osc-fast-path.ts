// POST /api/osc/:account/:Action without Express's router and middleware chain: the same steps in the same order
// as Express's route for it (request id, body, session, proxy), once the same-origin guard has let the request in
// (see createRequestListener in app.ts). Only a call that sends the SPA's exact Content-Type takes it; anything
// else — oversized body, odd URL — goes through Express, which answers it as it always has.
// The answer's headers are not set one by one as the request goes: they go out together when the status does
// (answerHead), so a proxied answer is one writeHead with one list, and every other answer on this path (a
// refusal, an error) gets the same headers at the same moment.
import {
  ServerResponse,
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
} from 'node:http'
import { countAnswer, accessLevel, logAccess, requestIdOf, serverTiming } from './access.ts'
import { errorHandler } from './http-errors.ts'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'
import { pathOf, type NodeHandler, type NodeRequest, type NodeResponse } from './node-http.ts'
import { OscLocals } from './request-locals.ts'

export const OSC_ROUTE_LABEL = '/api/osc/:account/:action'
/** What OSC_ROUTE matches (Express's default: case-sensitive here, optional trailing slash, any query). */
const OSC_PATH = /^\/api\/osc\/([^/?]+)\/([^/?]+)\/?(?:\?.*)?$/

export interface FastPathDeps {
  logger: Logger
  metrics: Metrics
  isDraining: () => boolean
  bodyLimit: number
  readJson: NodeHandler
  requireIdentity: NodeHandler
  handleOsc: (req: NodeRequest, res: NodeResponse, account: string, action: string) => Promise<void>
  /** The headers every answer carries (name, value, name, value…): the security headers and Vary. */
  fixedHead: readonly string[]
}

/** The fast path: true when it took the request, false to leave it to Express. */
export function createFastOsc(deps: FastPathDeps): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { logger, metrics, fixedHead } = deps
  const nodeWriteHead = ServerResponse.prototype.writeHead

  /**
   * The fast path's writeHead: the request id, the fixed headers, Server-Timing and the headers the handler passes,
   * in one call to node's writeHead; then the access metrics, counted when the status goes out as on every route.
   */
  function answerHead(
    this: NodeResponse,
    status: number,
    more?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    last?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): NodeResponse {
    const locals = this.locals as OscLocals
    const given = typeof more === 'string' ? last : more
    const head: OutgoingHttpHeader[] = [
      ...fixedHead,
      'X-Request-Id',
      locals.requestId,
      'Server-Timing',
      serverTiming(locals.started, locals.upstreamMs as number | undefined),
    ]
    if (deps.isDraining()) head.push('Connection', 'close')
    if (Array.isArray(given)) for (const item of given) head.push(item)
    else if (given)
      for (const [name, value] of Object.entries(given))
        if (value !== undefined) head.push(name, value as string)
    const result = nodeWriteHead.call(this, status, head) as NodeResponse
    const answer = {
      route: OSC_ROUTE_LABEL,
      action: (locals.action as string | undefined) ?? '',
      method: 'POST',
      status: this.statusCode,
      started: locals.started,
    }
    countAnswer(metrics, answer)
    // No listener at all when the line would not be written.
    if (logger.isLevelEnabled(accessLevel(answer.status)))
      this.once('finish', () => logAccess(logger, () => locals.logger, { ...answer, path: pathOf(this.req) }))
    return result
  }

  return (req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/api/osc/')) return false
    const match = OSC_PATH.exec(req.url)
    if (!match) return false
    let account: string
    let action: string
    try {
      account = decodeURIComponent(match[1]!)
      action = decodeURIComponent(match[2]!)
    } catch {
      return false
    }
    const headers = req.headers
    const length = headers['content-length']
    const hasBody = Number(length ?? 0) > 0 || headers['transfer-encoding'] !== undefined
    const type = headers['content-type']
    if (hasBody && type !== 'application/json' && type !== 'application/json; charset=utf-8') return false
    if (length !== undefined && Number(length) > deps.bodyLimit) return false

    // node's own objects throughout: see node-http.ts for why they are not given Express's prototypes.
    const request = req as NodeRequest
    const response = res as NodeResponse
    response.locals = new OscLocals(requestIdOf(headers['x-request-id']), logger, performance.now())
    response.writeHead = answerHead

    const fail = (error: unknown) => errorHandler(error, request, response, () => undefined)
    deps.readJson(request, response, (bodyError?: unknown) => {
      if (bodyError) return fail(bodyError)
      let passed = false
      const checked = deps.requireIdentity(request, response, (identityError?: unknown) => {
        if (identityError) return fail(identityError)
        passed = true
        deps.handleOsc(request, response, account, action).catch(fail)
      })
      checked?.catch((error: unknown) => {
        if (!passed) fail(error)
      })
    })
    return true
  }
}
