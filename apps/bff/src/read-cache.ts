// Read coalescing and a short TTL cache: identical reads in flight at once share one upstream call, and answers
// are kept for a few seconds, so fifty people watching one page cost the API what one person does.
// A mutation on an account bumps that account's generation, which drops its entries and keeps a read that was
// already in flight from being shared with anyone who asks after the mutation.
// Memory is bounded by the size of the answers kept (a few VM lists with large UserData weigh more than thousands
// of small reads), and an expired answer is dropped within a second even if no one asks for it again.

export interface CachedRead {
  status: number
  text: string
  /** Epoch ms when the answer came from OUTSCALE. */
  fetchedAt: number
  upstreamMs: number
  attempts: number
}

export type CacheResult = 'hit' | 'miss' | 'coalesced'

interface Entry {
  promise: Promise<CachedRead>
  settled?: CachedRead
  expiresAt: number
}

export interface ReadCache {
  get(
    accountId: string,
    key: string,
    ttlMs: number,
    load: () => Promise<CachedRead>,
  ): Promise<{ value: CachedRead; cache: CacheResult }>
  invalidateAccount(accountId: string): void | Promise<void>
  size(): number
  /** The total length of the answers kept. */
  bytes?(): number
}

/**
 * JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are the same read. Built by concatenation, with
 * no intermediate arrays of entries: it keys every read of the proxy's hot path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? '' : ',') + canonicalJson(value[i])
    return `${out}]`
  }
  const object = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(object).sort()) {
    const field = object[key]
    if (field === undefined) continue
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(field)}`
  }
  return `${out}}`
}

export interface ReadCacheLimits {
  /** Total length of the answers kept; 64 MB unless configured (proxy.cacheMaxBytes). */
  maxBytes?: number
  maxEntries?: number
}

export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024
const SWEEP_EVERY_MS = 1000

export function createReadCache(now: () => number = Date.now, limits: ReadCacheLimits = {}): ReadCache {
  const maxBytes = limits.maxBytes ?? DEFAULT_CACHE_MAX_BYTES
  const maxEntries = limits.maxEntries ?? 5000
  const entries = new Map<string, Entry>()
  const generations = new Map<string, number>()
  let bytes = 0
  let sweptAt = Number.NEGATIVE_INFINITY

  // Answers are JSON, nearly all ASCII: their length in characters is their size in bytes.
  const weight = (entry: Entry) => entry.settled?.text.length ?? 0
  const remove = (key: string, entry: Entry) => {
    bytes -= weight(entry)
    entries.delete(key)
  }

  function sweep(t: number): void {
    if (t - sweptAt >= SWEEP_EVERY_MS) {
      sweptAt = t
      for (const [key, entry] of entries) if (entry.settled && entry.expiresAt <= t) remove(key, entry)
    }
    // Still over a limit: drop the oldest answers (Map keeps insertion order); reads in flight stay.
    for (const [key, entry] of entries) {
      if (entries.size < maxEntries && bytes <= maxBytes) break
      if (entry.settled || entries.size >= maxEntries) remove(key, entry)
    }
  }

  return {
    async get(accountId, key, ttlMs, load) {
      const t = now()
      const fullKey = `${accountId}\u0000${generations.get(accountId) ?? 0}\u0000${key}`
      const existing = entries.get(fullKey)
      if (existing) {
        if (!existing.settled) return { value: await existing.promise, cache: 'coalesced' }
        if (existing.expiresAt > t) return { value: existing.settled, cache: 'hit' }
        remove(fullKey, existing)
      }
      sweep(t)
      const entry: Entry = { promise: load(), expiresAt: Number.POSITIVE_INFINITY }
      entries.set(fullKey, entry)
      try {
        const value = await entry.promise
        // Only successful answers are kept; an error is shared with the callers already waiting, no one else.
        // An answer larger than the whole budget is shared with the callers already waiting, and not kept.
        const keep = value.status === 200 && ttlMs > 0 && value.text.length <= maxBytes
        if (keep && entries.get(fullKey) === entry) {
          entry.settled = value
          bytes += weight(entry)
          // Expire a tick early: a page polling at the TTL period then gets fresh data on every poll instead of a
          // stale copy every other time, and many pollers still share one upstream call per period.
          entry.expiresAt = value.fetchedAt + ttlMs - Math.min(100, ttlMs / 10)
          sweep(now())
        } else if (entries.get(fullKey) === entry) entries.delete(fullKey)
        return { value, cache: 'miss' }
      } catch (error) {
        if (entries.get(fullKey) === entry) entries.delete(fullKey)
        throw error
      }
    },
    invalidateAccount(accountId) {
      generations.set(accountId, (generations.get(accountId) ?? 0) + 1)
      const prefix = `${accountId}\u0000`
      for (const [key, entry] of entries) if (key.startsWith(prefix)) remove(key, entry)
    },
    size: () => entries.size,
    bytes: () => bytes,
  }
}
