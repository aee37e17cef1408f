// Calls per action and per account since the last reset: how tests count upstream calls (e.g. read coalescing).
export interface StatsSnapshot {
  total: number
  byAction: Record<string, number>
  byAccount: Record<string, number>
  byAccountAction: Record<string, Record<string, number>>
}

export class Stats {
  private data: StatsSnapshot = { total: 0, byAction: {}, byAccount: {}, byAccountAction: {} }

  count(action: string, accountId: string): void {
    const d = this.data
    d.total += 1
    d.byAction[action] = (d.byAction[action] ?? 0) + 1
    d.byAccount[accountId] = (d.byAccount[accountId] ?? 0) + 1
    const per = (d.byAccountAction[accountId] ??= {})
    per[action] = (per[action] ?? 0) + 1
  }

  reset(): void {
    this.data = { total: 0, byAction: {}, byAccount: {}, byAccountAction: {} }
  }

  snapshot(): StatsSnapshot {
    return structuredClone(this.data)
  }
}
