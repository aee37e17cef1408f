// The read cache shared by several console replicas through Redis, so that fifty people spread over three
// replicas still cost OUTSCALE one call per read per TTL. Within a replica, identical reads in flight share one
// promise; across replicas, the first one takes a short lock, loads and stores the answer, and the others wait
// for it. A mutation bumps the account's generation in Redis, which every replica reads before answering.
// If Redis fails, reads go straight to OUTSCALE (a slower console rather than a broken one).
import { createHash } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from './logger.ts'
import type { CacheResult, CachedRead, ReadCache } from './read-cache.ts'

export interface RedisReadCacheOptions {
  url: string
  /** Prefix of every key (tests isolate runs with it). */
  prefix?: string
  logger: Logger
  /** How long a replica waits for another one's answer before calling OUTSCALE itself. */
  waitMs?: number
  /** The longest answer kept (proxy.cacheMaxBytes): a longer one is answered and not stored. */
  maxAnswerBytes: number
}

export interface RedisReadCache extends ReadCache {
  /** The connection, which the shared rate limits use too. */
  readonly client: Redis
  readonly prefix: string
  ping(): Promise<void>
  close(): Promise<void>
}

const POLL_MS = 15

function early(ttlMs: number): number {
  return Math.min(100, ttlMs / 10)
}

export async function createRedisReadCache(options: RedisReadCacheOptions): Promise<RedisReadCache> {
  const prefix = options.prefix ?? 'osc-console:'
  const waitMs = options.waitMs ?? 5000
  const redis = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 3000,
  })
  // Reconnection is ioredis's job; a failed command falls back to OUTSCALE, so errors are only logged.
  let lastErrorLog = 0
  redis.on('error', (error: Error) => {
    if (Date.now() - lastErrorLog > 10_000) {
      lastErrorLog = Date.now()
      options.logger.warn(
        { err: error.message },
        'redis unavailable: reads go to OUTSCALE without the shared cache',
      )
    }
  })
  try {
    await redis.connect()
  } catch (error) {
    redis.disconnect()
    throw new Error(`Cannot connect to Redis (storage.redisUrl / REDIS_URL): ${(error as Error).message}`, {
      cause: error,
    })
  }

  const inFlight = new Map<string, Promise<{ value: CachedRead; cache: CacheResult }>>()
  const genKey = (accountId: string) => `${prefix}gen:${accountId}`

  async function shared(full: string, ttlMs: number, load: () => Promise<CachedRead>) {
    const stored = await redis.get(full)
    if (stored) return { value: JSON.parse(stored) as CachedRead, cache: 'hit' as const }
    const lock = `${full}:lock`
    if ((await redis.set(lock, '1', 'PX', waitMs, 'NX')) === 'OK') {
      try {
        // Another replica may have stored the answer and released its lock between our two commands.
        const late = await redis.get(full)
        if (late) return { value: JSON.parse(late) as CachedRead, cache: 'coalesced' as const }
        const value = await load()
        const keepMs = Math.floor(value.fetchedAt + ttlMs - early(ttlMs) - Date.now())
        if (value.status === 200 && keepMs > 0 && value.text.length <= options.maxAnswerBytes)
          await redis.set(full, JSON.stringify(value), 'PX', keepMs).catch(() => undefined)
        return { value, cache: 'miss' as const }
      } finally {
        await redis.del(lock).catch(() => undefined)
      }
    }
    // Another replica is loading this read: wait for its answer rather than call OUTSCALE too.
    const until = Date.now() + waitMs
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      const answer = await redis.get(full)
      if (answer) return { value: JSON.parse(answer) as CachedRead, cache: 'coalesced' as const }
      if (!(await redis.exists(lock))) {
        // The lock is gone: the answer is stored now, unless the other replica's call failed.
        const last = await redis.get(full)
        if (last) return { value: JSON.parse(last) as CachedRead, cache: 'coalesced' as const }
        break
      }
    }
    return { value: await load(), cache: 'miss' as const }
  }

  return {
    async get(accountId, key, ttlMs, load) {
      let generation: string
      try {
        generation = (await redis.get(genKey(accountId))) ?? '0'
      } catch {
        return { value: await load(), cache: 'miss' }
      }
      const full = `${prefix}read:${accountId}:${generation}:${createHash('sha256').update(key).digest('base64url')}`
      const running = inFlight.get(full)
      if (running) return { value: (await running).value, cache: 'coalesced' }
      let loaded = false
      const once = () => {
        loaded = true
        return load()
      }
      const task = (
        ttlMs > 0 ? shared(full, ttlMs, once) : once().then((value) => ({ value, cache: 'miss' as const }))
      ).catch(async (error: unknown) => {
        // A Redis failure, not OUTSCALE's: answer from OUTSCALE directly (unless the load itself failed).
        if (loaded) throw error
        return { value: await load(), cache: 'miss' as const }
      })
      inFlight.set(full, task)
      try {
        return await task
      } finally {
        inFlight.delete(full)
      }
    },
    async invalidateAccount(accountId) {
      try {
        await redis.incr(genKey(accountId))
      } catch (error) {
        options.logger.warn(
          { err: (error as Error).message, accountId },
          'could not drop the shared cached reads',
        )
      }
    },
    size: () => inFlight.size,
    client: redis,
    prefix,
    async ping() {
      await redis.ping()
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
