// The page's choice in the URL (a moment, or a tag) and the operation it started, so a clean-up can be shared, and
// its results are still there after a reload. Validated here because anything can be typed into an address bar.
import { urlText as text } from '../../lib/url-text.ts'

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
