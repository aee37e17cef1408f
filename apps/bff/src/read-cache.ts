// Read coalescing and a short TTL cache: identical reads in flight at once share one upstream call, and answers
// are kept for a few seconds, so fifty people watching one page cost the API what one person does.
// A mutation on an account bumps that account's generation, which drops its entries and keeps a read that was
// already in flight from being shared with anyone who asks after the mutation.

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
}

/** JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are the same read. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function createReadCache(now: () => number = Date.now, maxEntries = 5000): ReadCache {
  const entries = new Map<string, Entry>()
  const generations = new Map<string, number>()

  function sweep(t: number): void {
    if (entries.size < maxEntries) return
    for (const [key, entry] of entries) if (entry.settled && entry.expiresAt <= t) entries.delete(key)
    // Still full of live entries: drop the oldest ones (Map keeps insertion order).
    for (const key of entries.keys()) {
      if (entries.size < maxEntries) break
      entries.delete(key)
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
        entries.delete(fullKey)
      }
      sweep(t)
      const entry: Entry = { promise: load(), expiresAt: Number.POSITIVE_INFINITY }
      entries.set(fullKey, entry)
      try {
        const value = await entry.promise
        // Only successful answers are kept; an error is shared with the callers already waiting, no one else.
        if (value.status === 200 && ttlMs > 0 && entries.get(fullKey) === entry) {
          entry.settled = value
          // Expire a tick early: a page polling at the TTL period then gets fresh data on every poll instead of a
          // stale copy every other time, and many pollers still share one upstream call per period.
          entry.expiresAt = value.fetchedAt + ttlMs - Math.min(100, ttlMs / 10)
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
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key)
    },
    size: () => entries.size,
  }
}
