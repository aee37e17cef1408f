// start()/close(): builds every part from a Config, listens, and shuts down gracefully.
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { hostname } from 'node:os'
import type { AddressInfo } from 'node:net'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequestListener, type AuthHooks } from './app.ts'
import { createAudit } from './audit.ts'
import {
  loadConfig,
  configFileFromEnv,
  resolveAccounts,
  resolveMetricsToken,
  type Config,
  type ResolvedAccount,
} from './config.ts'
import { createAuth } from './auth/index.ts'
import { createLogger, type Logger } from './logger.ts'
import { createMetrics } from './metrics.ts'
import { createOperations } from './operations.ts'
import { createProxy } from './proxy.ts'
import { createQuotaSampleStore, startQuotaSampler } from './quota-sampler.ts'
import { createClosedDayStore } from './consumption-days.ts'
import { parseByteSize } from './json-body.ts'
import { createReadCache } from './read-cache.ts'
import { createRedisReadCache, type RedisReadCache } from './read-cache-redis.ts'
import { openDb, type Migration } from './storage/index.ts'
import { createRateLimiter } from './upstream/rate-limiter.ts'
import { createSignedClient } from './upstream/signed-client.ts'

export const DEFAULT_STATIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist')
const SHUTDOWN_BUDGET_MS = 9000

export interface StartOptions {
  /** An already parsed configuration (see parseConfig). */
  config?: Config
  /** Path of a YAML/JSON configuration file, used when `config` is absent. */
  configPath?: string
  port?: number
  host?: string
  staticDir?: string
  logger?: Logger
  /** Credentials resolved elsewhere; by default read from the environment / profile files named in the config. */
  accounts?: ResolvedAccount[]
  /** PostgreSQL schema for every table (tests isolate runs with it). */
  databaseSchema?: string
  /** Replaces the auth module's migrations (tests). */
  extraMigrations?: Migration[]
  /** Prefix of the Redis keys (tests isolate runs with it). */
  redisPrefix?: string
  /** This replica's name in the database (owner of its bulk operations, holder of leases); made up when absent. */
  replica?: string
  /** How often bulk operations' heartbeats are renewed, and after how long without one they are taken over. */
  operationLease?: { heartbeatMs: number; staleMs: number }
  /** Where the variables named in the configuration are read (credentials, the metrics token); process.env. */
  env?: NodeJS.ProcessEnv
}

export interface RunningConsole {
  url: string
  port: number
  config: Config
  close(): Promise<void>
}

export async function start(options: StartOptions = {}): Promise<RunningConsole> {
  const config = options.config ?? loadConfig(options.configPath ? { path: options.configPath } : {})
  const host = options.host ?? config.listen.host
  const port = options.port ?? config.listen.port
  // The sign-in module checks `auth.mode: none` against the address actually listened on.
  const authConfig = { ...config, listen: { ...config.listen, host } }
  const logger = options.logger ?? createLogger()
  const accounts = options.accounts ?? resolveAccounts(config, options.env)
  const metricsToken = resolveMetricsToken(config, options.env)
  const replica = options.replica ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`
  const db = await openDb({
    dataDir: config.dataDir,
    ...(config.storage.databaseUrl ? { databaseUrl: config.storage.databaseUrl } : {}),
    ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
    ...(options.extraMigrations ? { extraMigrations: options.extraMigrations } : {}),
  })
  const metrics = createMetrics(replica)
  const audit = createAudit(db, logger)
  const client = createSignedClient()
  let redisCache: RedisReadCache | undefined
  if (config.storage.redisUrl) {
    try {
      redisCache = await createRedisReadCache({
        url: config.storage.redisUrl,
        maxAnswerBytes: parseByteSize(config.proxy.cacheMaxBytes),
        logger,
        ...(options.redisPrefix ? { prefix: options.redisPrefix } : {}),
      })
    } catch (error) {
      await db.close()
      throw error
    }
  }
  // Rate limits are counted in Redis when there is one, so that every replica shares one budget.
  const sharedCounters = redisCache
    ? { redis: redisCache.client, prefix: `${redisCache.prefix}limit:` }
    : undefined
  let auth: AuthHooks & {
    idpDiscovery?: () => Promise<void>
    close(): Promise<void>
  }
  try {
    const configFile = options.config ? undefined : (options.configPath ?? configFileFromEnv(options.env))
    auth = await createAuth({
      config: authConfig,
      db,
      audit,
      logger,
      replica,
      accounts: accounts.map((a) => ({
        id: a.id,
        name: a.name,
        region: a.region,
        consoleAccessKeyId: a.accessKey.reveal(),
      })),
      ...(configFile ? { configFile } : {}),
      ...(sharedCounters ? { sharedCounters } : {}),
    })
  } catch (error) {
    await redisCache?.close()
    await db.close()
    throw error
  }
  const limiter = createRateLimiter(config.proxy.rateLimit, sharedCounters)
  const proxy = createProxy({
    config,
    accounts,
    client,
    limiter,
    cache: redisCache ?? createReadCache(Date.now, { maxBytes: parseByteSize(config.proxy.cacheMaxBytes) }),
    audit,
    metrics,
    logger,
    authorize: auth.authorize,
    closedDays: createClosedDayStore(db),
  })
  const operations = createOperations({
    db,
    proxy,
    authorize: auth.authorize,
    logger,
    defaultConcurrency: config.proxy.operationConcurrency,
    replica,
    ...(options.operationLease ?? {}),
  })
  const recovered = await operations.recover()
  if (recovered) logger.warn({ operations: recovered }, 'took over bulk operations whose replica had stopped')

  const quotaSamples = createQuotaSampleStore(db)
  const quotaSampler = startQuotaSampler({
    db,
    store: quotaSamples,
    config,
    accounts,
    client,
    limiter,
    logger,
    holder: replica,
  })

  let draining = false
  const listener = createRequestListener({
    config,
    logger,
    metrics,
    db,
    audit,
    proxy,
    operations,
    quotaSamples,
    auth,
    staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
    isDraining: () => draining,
    metricsToken,
    readiness: redisCache ? { redis: () => redisCache.ping() } : {},
    ...(auth.idpDiscovery ? { reported: { idp: auth.idpDiscovery } } : {}),
  })
  const server: Server = createServer(listener)
  // Keep idle browser connections a little longer than typical load balancers' idle timeouts.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  const address = server.address() as AddressInfo
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${urlHost}:${address.port}`
  logger.info(
    { url, replica, accounts: accounts.map((a) => a.id), storage: db.kind, authMode: config.auth.mode },
    'console listening',
  )

  let closing: Promise<void> | undefined
  async function close(): Promise<void> {
    closing ??= (async () => {
      draining = true
      const deadline = Date.now() + SHUTDOWN_BUDGET_MS
      // Stop accepting; in-flight requests finish, idle keep-alive sockets are closed right away.
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()))
      server.closeIdleConnections()
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100)
      let timer: NodeJS.Timeout | undefined
      const budget = new Promise<void>((resolveBudget) => {
        timer = setTimeout(resolveBudget, Math.max(0, deadline - Date.now()))
      })
      await Promise.race([closed, budget])
      clearInterval(idleSweep)
      server.closeAllConnections()
      quotaSampler.stop()
      await operations.drain(Math.max(0, deadline - Date.now()))
      clearTimeout(timer)
      client.close()
      await auth.close()
      await redisCache?.close()
      await db.close()
      logger.info('console stopped')
    })()
    return closing
  }

  return { url, port: address.port, config, close }
}
