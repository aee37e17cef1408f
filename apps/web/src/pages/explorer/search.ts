// The explorer index's URL state: what the person searched for, so a search can be shared or kept on reload.
export interface ExplorerSearch {
  q?: string
}

export function parseExplorerSearch(raw: Record<string, unknown>): ExplorerSearch {
  return typeof raw.q === 'string' && raw.q.trim() !== '' ? { q: raw.q.slice(0, 100) } : {}
}
