// Redis for the tests that share it between replicas: 127.0.0.1:6379, each run under its own key prefix.
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Config } from '../src/config.ts'
import { start, type RunningConsole } from '../src/server.ts'
import { captureLogs } from './harness.ts'

export const REDIS_URL = 'redis://127.0.0.1:6379'

export async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 })
  probe.on('error', () => undefined)
  try {
    await probe.connect()
    await probe.ping()
    return true
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}

/** Two consoles in this process on one configuration (with `storage.redisUrl`), as two replicas sharing Redis. */
export interface TwoReplicas {
  a: RunningConsole
  b: RunningConsole
  /** Stops both and removes every key they wrote. */
  close(): Promise<void>
}

export async function startTwoReplicas(config: Config): Promise<TwoReplicas> {
  const prefix = `osc-console-test-${randomBytes(4).toString('hex')}:`
  const launch = () =>
    start({
      config,
      port: 0,
      host: '127.0.0.1',
      logger: captureLogs().logger,
      redisPrefix: prefix,
      staticDir: '/nonexistent',
    })
  const a = await launch()
  const b = await launch()
  return {
    a,
    b,
    async close() {
      await a.close()
      await b.close()
      const redis = new Redis(REDIS_URL)
      const keys = await redis.keys(`${prefix}*`)
      if (keys.length) await redis.del(...keys)
      redis.disconnect()
    },
  }
}
