// Redis for the tests that share it between replicas: 127.0.0.1:6379, each run under its own key prefix.
import { Redis } from 'ioredis'

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
