// The Quotas page's search box as a URL param, so a filtered view can be shared and survives a reload. Validated
// here because anything can be typed into an address bar.
import { urlText } from '../../lib/url-text.ts'

export interface QuotaSearch {
  q?: string
  /** One QuotaCollection (Compute, Storage…) to show alone. */
  collection?: string
}

export function parseQuotaSearch(raw: Record<string, unknown>): QuotaSearch {
  const q = urlText(raw.q)
  const collection = urlText(raw.collection)
  return { ...(q ? { q } : {}), ...(collection ? { collection } : {}) }
}
