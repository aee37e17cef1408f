// The Quotas page's search box as a URL param, so a filtered view can be shared and survives a reload. Validated
// here because anything can be typed into an address bar.
export interface QuotaSearch {
  q?: string
}

export function parseQuotaSearch(raw: Record<string, unknown>): QuotaSearch {
  const value = typeof raw.q === 'number' ? String(raw.q) : raw.q
  if (typeof value !== 'string') return {}
  const q = value.trim().slice(0, 200)
  return q ? { q } : {}
}
