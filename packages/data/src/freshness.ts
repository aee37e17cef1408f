// How old the data on screen is. The BFF caches and coalesces reads, so the time that matters is when the data
// left OUTSCALE (X-Fetched-At), not when the browser received it. Query data are plain JSON objects, so the
// time is kept beside them in a WeakMap rather than inside the OUTSCALE response type.
import { replaceEqualDeep } from '@tanstack/react-query'

const fetchedAt = new WeakMap<object, number>()

export function recordFetchedAt(data: unknown, headerValue: string | null, fallback = Date.now()): void {
  if (typeof data !== 'object' || data === null) return
  const parsed = headerValue ? Date.parse(headerValue) : NaN
  fetchedAt.set(data, Number.isNaN(parsed) ? fallback : parsed)
}

/** When these query data were read from OUTSCALE, in ms since the epoch, or undefined when unknown. */
export function fetchedAtOf(data: unknown): number | undefined {
  return typeof data === 'object' && data !== null ? fetchedAt.get(data) : undefined
}

/**
 * Structural sharing that keeps the freshness: when new data equal the old, TanStack Query keeps the old object,
 * which must then carry the new fetch time.
 */
export function shareKeepingFreshness(oldData: unknown, newData: unknown): unknown {
  const shared = replaceEqualDeep(oldData, newData)
  const time = fetchedAtOf(newData)
  if (shared !== newData && time !== undefined && typeof shared === 'object' && shared !== null) {
    fetchedAt.set(shared, time)
  }
  return shared
}

/** "updated 12 s ago" style text. */
export function formatAge(time: number | undefined, now: number): string {
  if (time === undefined) return 'not loaded yet'
  const seconds = Math.max(0, Math.round((now - time) / 1000))
  if (seconds < 5) return 'updated just now'
  if (seconds < 60) return `updated ${seconds} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `updated ${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  return `updated ${hours} h ago`
}
