// Sign-in attempts per client address: a sliding one-minute window kept in memory (per replica).
export class AttemptLimiter {
  private readonly hits = new Map<string, number[]>()
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, 0 otherwise. */
  attempt(key: string): number {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < 60_000)
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent)
      return Math.max(1, Math.ceil((60_000 - (now - (recent[0] ?? now))) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) {
      for (const [k, list] of this.hits) if (list.every((t) => now - t >= 60_000)) this.hits.delete(k)
    }
    return 0
  }
}
