// The page's choice in the URL (a moment, or a tag) and the operation it started, so a clean-up can be shared, and
// its results are still there after a reload. Validated here because anything can be typed into an address bar.
import { urlText as text } from '../../lib/url-text.ts'
import type { Criterion } from './families.ts'

export interface CleanupSearch {
  /** ISO time: resources created at or after it. */
  since?: string
  /** A tag instead of a moment: its key, and its value (any value when empty). */
  tagKey?: string
  tagValue?: string
  /** The clean-up operation started from this page. */
  op?: string
}

export function parseCleanupSearch(raw: Record<string, unknown>): CleanupSearch {
  const search: CleanupSearch = {}
  const since = text(raw.since)
  if (since && !Number.isNaN(Date.parse(since))) search.since = new Date(since).toISOString()
  const tagKey = text(raw.tagKey)
  if (tagKey) search.tagKey = tagKey
  const tagValue = text(raw.tagValue)
  if (tagValue) search.tagValue = tagValue
  const op = text(raw.op, /^[\w-]+$/)
  if (op) search.op = op
  return search
}

/** What the page looks for: a tag when one is given, else a moment (an hour before `now` by default). */
export function criterionOf(search: CleanupSearch, now: number): Criterion {
  if (search.tagKey !== undefined) return { tagKey: search.tagKey, tagValue: search.tagValue ?? '' }
  return { since: search.since ?? new Date(now - 60 * 60_000).toISOString() }
}

/** A `datetime-local` value to the second, in the person's own time zone. */
export function localInputOf(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/** The ISO time of a `datetime-local` value, read in the person's own time zone. */
export function isoOfLocalInput(value: string): string | undefined {
  const date = new Date(value)
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined
}
