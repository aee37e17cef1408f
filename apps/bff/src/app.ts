// The Express application: security headers, request ids, CSRF checks, JSON parsing, the API routes, the SPA.
import compression from 'compression'
import express, { type Express, type RequestHandler, type Router } from 'express'
import helmet from 'helmet'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { countAnswer, logAccess, requestIdOf, serverTiming } from './access.ts'
import type { AuditLog, AuditScope } from './audit.ts'
import type { Identity } from './auth/identity.ts'
import { readsAuditLog } from './auth/roles.ts'
import type { Config } from './config.ts'
import { consoleError } from './errors.ts'
import { errorHandler, sendError } from './http-errors.ts'
import { jsonBody, parseByteSize } from './json-body.ts'
import { header, pathOf, type NodeHandler, type NodeRequest, type NodeResponse } from './node-http.ts'
import { OSC_ROUTE_LABEL, createFastOsc } from './osc-fast-path.ts'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'
import type { Operations } from './operations.ts'
import type { AuthorizeFn, Proxy } from './proxy.ts'
import type { QuotaSampleStore } from './quota-sampler.ts'
import { RequestLocals } from './request-locals.ts'
import { auditRouter } from './routes/audit.ts'
import {
  COST_BY_TAG_ROUTE,
  DAILY_COST_BY_TAG_ROUTE,
  RUN_RATE_ROUTE,
  TOP_RESOURCES_ROUTE,
  costByTagRouter,
} from './routes/cost-by-tag.ts'
import { ME_ADDRESS_ROUTE, meAddressRouter } from './routes/me-address.ts'
import { OSC_ROUTE, oscHandler } from './routes/osc.ts'
import { operationsRouter } from './routes/operations.ts'
import { QUOTA_TREND_ROUTE, quotaTrendRouter } from './routes/quota-trend.ts'
import { sameOrigin, type SameOrigin } from './same-origin.ts'
import { spaRouter } from './static-spa.ts'
import type { Db } from './storage/index.ts'

export interface AuthHooks {
  router: Router
  requireIdentity: NodeHandler
  rightsFor: (identity: Identity, accounts: readonly { id: string }[]) => Map<string, { roles: string[] }>
  authorize: AuthorizeFn
}

export interface AppDeps {
  config: Config
  logger: Logger
  metrics: Metrics
  db: Db
  audit: AuditLog
  proxy: Proxy
  operations: Operations
  quotaSamples: QuotaSampleStore
  auth: AuthHooks
  staticDir: string
  isDraining: () => boolean
  /** When set, GET /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string
  /** Extra dependencies /readyz checks besides storage (e.g. redis). */
  readiness?: Record<string, () => Promise<unknown>>
  /**
   * Dependencies /readyz reports without answering 503 when they fail (the IdP's discovery): every replica shares
   * them, so taking this one out of the load balancer would not help, and signed-in people still work.
   */
  reported?: Record<string, () => Promise<unknown>>
}

/** The SPA's exact Content-Type is recognised without parsing it; anything else goes through req.is. */
function isJson(req: express.Request): boolean {
  const type = req.headers['content-type']
  return (
    type === 'application/json' || type === 'application/json; charset=utf-8' || !!req.is('application/json')
  )
}

/**
 * The console's routes, as metrics label them. A path that matches none of them shares one label (`unmatched`
 * under /api, /auth and /_, `static` elsewhere, where the SPA answers): a label per raw path would let anyone add
 * series to /metrics, for ever, one random URL at a time.
 */
const ROUTE_TEMPLATES = [
  OSC_ROUTE_LABEL,
  '/api/operations/:id',
  '/api/operations',
  '/api/audit',
  COST_BY_TAG_ROUTE,
  DAILY_COST_BY_TAG_ROUTE,
  TOP_RESOURCES_ROUTE,
  RUN_RATE_ROUTE,
  QUOTA_TREND_ROUTE,
  '/api/me',
  ME_ADDRESS_ROUTE,
  '/api/me/locale',
  '/auth/login',
  '/auth/callback',
  '/auth/logout',
  '/healthz',
  '/readyz',
  '/metrics',
] as const
// Express matches routes case-insensitively and with an optional trailing slash; so do these.
const ROUTE_MATCHERS = ROUTE_TEMPLATES.map(
  (template) => [template, new RegExp(`^${template.replace(/:\w+/g, '[^/]+')}/?$`, 'i')] as const,
)
const UNMATCHED_API = /^\/(api|auth)(\/|$)|^\/_/i

function routeLabel(req: NodeRequest): string {
  const path = pathOf(req)
  for (const [template, matcher] of ROUTE_MATCHERS) if (matcher.test(path)) return template
  return UNMATCHED_API.test(path) ? 'unmatched' : 'static'
}

/**
 * Helmet's headers, worked out once. With no per-request directive (no nonce), helmet sets the same headers on
 * every answer through a dozen chained middlewares; setting the recorded list is one step per request, and the
 * proxy's fast path sends the list itself with its answer (`list`: name, value, name, value…).
 */
function fixedHeaders(middleware: ReturnType<typeof helmet>): {
  apply: (res: ServerResponse) => void
  list: readonly string[]
} {
  const set: Array<[string, string]> = []
  const removed: string[] = []
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  }
  let passed = false
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error
    passed = true
  })
  if (!passed) throw new Error('the security headers middleware did not finish synchronously')
  return {
    apply: (res) => {
      for (const name of removed) res.removeHeader(name)
      for (const [name, value] of set) res.setHeader(name, value)
    },
    list: set.flat(),
  }
}

/** Compares a presented bearer token in constant time; with no token configured, everyone passes. */
function bearerCheck(token: string | undefined): (authorization: string | undefined) => boolean {
  if (!token) return () => true
  const expected = createHash('sha256').update(token).digest()
  return (authorization) => {
    const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]
    return (
      presented !== undefined && timingSafeEqual(createHash('sha256').update(presented).digest(), expected)
    )
  }
}

function buildApp(
  deps: AppDeps,
  origin: SameOrigin,
): {
  app: Express
  fastOsc: (req: IncomingMessage, res: ServerResponse) => boolean
} {
  const { config, logger, metrics } = deps
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', false)
  const publicOrigin = new URL(config.publicUrl).origin

  // Request id, child logger, Server-Timing, access metrics (the proxy's fast path has its own: answerHead).
  const instrument = (req: NodeRequest, res: NodeResponse): void => {
    const started = performance.now()
    let route: string | undefined
    const requestId = requestIdOf(header(req, 'x-request-id'))
    res.locals = new RequestLocals(requestId, logger)
    res.setHeader('X-Request-Id', requestId)
    if (deps.isDraining()) res.setHeader('Connection', 'close')
    const answer = () => ({
      route: (route ??= routeLabel(req)),
      action: (res.locals.action as string | undefined) ?? '',
      method: req.method ?? '',
      status: res.statusCode,
      started,
    })
    const writeHead = res.writeHead
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!res.getHeader('Server-Timing'))
        res.setHeader('Server-Timing', serverTiming(started, res.locals.upstreamMs as number | undefined))
      const result = writeHead.apply(this, args)
      countAnswer(metrics, answer())
      return result
    } as typeof res.writeHead
    res.on('finish', () => {
      const done = answer()
      logAccess(logger, () => res.locals.logger as Logger, {
        ...done,
        path: done.route === 'static' ? undefined : pathOf(req),
      })
    })
  }
  app.use((req, res, next) => {
    instrument(req, res)
    next()
  })

  const securityHeaders = fixedHeaders(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(publicOrigin.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: publicOrigin.startsWith('https:'),
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use((_req, res, next) => {
    securityHeaders.apply(res)
    next()
  })
  app.use(origin.guard)
  const compress = compression()
  app.use(compress)

  // A request body is JSON: the same-origin guard has already refused anything not sent by the console's page.
  const jsonOnly: RequestHandler = (req, res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined
    if (hasBody && !isJson(req))
      return sendError(
        res,
        consoleError(
          'invalid-request',
          415,
          'Send the request body as JSON with Content-Type: application/json.',
        ),
      )
    next()
  }
  const bodyLimit = parseByteSize(config.proxy.bodyLimit)
  const readJson = jsonBody(bodyLimit)

  // The proxy route is the hot path: it is matched first, so that a call does not walk through the health checks
  // and the sign-in routes it never uses. Same checks in the same order as every other /api route.
  const handleOscRoute = oscHandler(deps.proxy)
  app.post(OSC_ROUTE, jsonOnly, readJson, deps.auth.requireIdentity, (req, res) =>
    handleOscRoute(req, res, String(req.params.account), String(req.params.action)),
  )
  // The fast path below has no compression middleware in front: the handler calls it for a large answer.
  const handleOsc = oscHandler(
    deps.proxy,
    compress as (req: NodeRequest, res: NodeResponse, next: () => void) => void,
  )

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {}
    const probes = { storage: () => deps.db.query('SELECT 1 AS ok'), ...deps.readiness }
    for (const [name, probe] of Object.entries(probes)) {
      checks[name] = await probe().then(
        () => 'ok',
        () => 'unreachable',
      )
    }
    const healthy = Object.values(checks).every((c) => c === 'ok')
    for (const [name, probe] of Object.entries(deps.reported ?? {})) {
      let timer: NodeJS.Timeout | undefined
      checks[name] = await Promise.race([
        probe().then(() => 'ok'),
        new Promise<string>((resolve) => {
          timer = setTimeout(() => resolve('unreachable'), 2000)
        }),
      ]).then(
        (result) => result,
        () => 'unreachable',
      )
      clearTimeout(timer)
    }
    const status = deps.isDraining() ? 'draining' : healthy ? 'ready' : 'not-ready'
    res
      .status(status === 'ready' ? 200 : 503)
      .json({ status, ...checks, config: 'loaded', accounts: config.accounts.length })
  })
  const metricsAllowed = bearerCheck(deps.metricsToken)
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req.headers.authorization)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      return sendError(
        res,
        consoleError(
          'not-allowed',
          401,
          'The metrics require the bearer token this console is configured with (metrics.tokenEnv): send Authorization: Bearer <token>.',
        ),
      )
    }
    res.setHeader('Content-Type', metrics.contentType)
    res.send(await metrics.render())
  })

  app.use(['/api', '/auth'], jsonOnly)
  app.use(['/api', '/auth'], readJson)

  app.use(deps.auth.router)
  app.use('/api', deps.auth.requireIdentity)
  const auditScope = (identity: Identity): AuditScope => {
    const rights = deps.auth.rightsFor(identity, config.accounts)
    const adminEverywhere = config.accounts.every((a) => rights.get(a.id)?.roles.includes('admin'))
    if (adminEverywhere) return { all: true }
    return {
      all: false,
      accounts: [...rights].filter(([, r]) => readsAuditLog(r.roles)).map(([id]) => id),
      person: { issuer: identity.issuer, subject: identity.subject },
    }
  }
  app.use(auditRouter(deps.audit, auditScope))
  app.use(operationsRouter(deps.operations))
  app.use(costByTagRouter(deps.proxy, deps.audit))
  app.use(
    quotaTrendRouter({
      config,
      store: deps.quotaSamples,
      authorize: deps.auth.authorize,
      audit: deps.audit,
      account: (id) => deps.proxy.account(id),
    }),
  )
  app.use(meAddressRouter(config.auth.proxy.trustedProxies))
  app.use(['/api', '/auth'], (req, res) =>
    sendError(
      res,
      consoleError(
        'not-found',
        404,
        `There is no ${req.method} ${req.baseUrl}${req.path} in the console API.`,
      ),
    ),
  )
  app.use(spaRouter(deps.staticDir))
  app.use(errorHandler)

  const fastOsc = createFastOsc({
    logger,
    metrics,
    isDraining: deps.isDraining,
    bodyLimit,
    readJson,
    requireIdentity: deps.auth.requireIdentity,
    handleOsc,
    // JSON is compressible: the compression middleware gives every such answer this Vary.
    fixedHead: [...securityHeaders.list, 'Vary', 'Accept-Encoding'],
  })
  return { app, fastOsc }
}

/**
 * The server's request listener. The same-origin guard sees every request first; a request it refuses goes to
 * Express, which answers the refusal with a request id and the security headers. The proxy's fast path takes
 * only what the guard lets in; Express serves everything else.
 */
export function createRequestListener(deps: AppDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const origin = sameOrigin(deps.config.publicUrl)
  const { app, fastOsc } = buildApp(deps, origin)
  return (req, res) => {
    if (origin.refusal(req) || !fastOsc(req, res)) void app(req, res)
  }
}
