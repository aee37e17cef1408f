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

/**
 * How old data are, as a number and a unit and no words, for the page to say in the reader's language:
 * `just-now` under 5 s, then seconds, minutes, hours.
 */
export type DataAge =
  | { kind: 'unknown' }
  | { kind: 'just-now' }
  | { kind: 'ago'; value: number; unit: 'second' | 'minute' | 'hour' }

export function dataAge(time: number | undefined, now: number): DataAge {
  if (time === undefined) return { kind: 'unknown' }
  const seconds = Math.max(0, Math.round((now - time) / 1000))
  if (seconds < 5) return { kind: 'just-now' }
  if (seconds < 60) return { kind: 'ago', value: seconds, unit: 'second' }
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return { kind: 'ago', value: minutes, unit: 'minute' }
  return { kind: 'ago', value: Math.floor(minutes / 60), unit: 'hour' }
}

const unitText = { second: 's', minute: 'min', hour: 'h' }

/**
 * "updated 12 s ago" in English only. Kept for pages not yet translated; a translated page says `dataAge` in the
 * reader's language instead.
 */
export function formatAge(time: number | undefined, now: number): string {
  const age = dataAge(time, now)
  if (age.kind === 'unknown') return 'not loaded yet'
  if (age.kind === 'just-now') return 'updated just now'
  return `updated ${age.value} ${unitText[age.unit]} ago`
}
