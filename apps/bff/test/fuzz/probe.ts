// What one fuzz request is, and the seeded random source that draws it: the vocabulary of the case table, the
// runner, the targets and the checks.
export type Target = 'sim' | 'bff'

/** One request, described once for both targets; each target fills in its own path, signature and headers. */
export interface Probe {
  method: string
  action: string
  /** The body exactly as sent; undefined sends none. */
  body?: string | Buffer
  /** undefined: application/json; null: no Content-Type header at all. */
  contentType?: string | null
  headers?: Record<string, string>
  /** A raw path that replaces the target's usual one (`/api/v1/<Action>`, `/api/osc/demo-eu/<Action>`). */
  path?: Partial<Record<Target, string>>
  /** Send to this target only. */
  only?: Target
  /** Sim only: leave the request unsigned (the case is about what the signature check does with it). */
  unsigned?: boolean
}

export interface FuzzCase {
  name: string
  /** How often the case is drawn, relative to the others. */
  weight: number
  /** Why the short run inside `npm test` leaves the case out, when it does. */
  notInShortRun?: string
  make(r: Rng): Probe
}

export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0 || 1
  }
  /** mulberry32 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** The random source of probe `index` in the run of `seed`. */
export const rngFor = (seed: number, index: number) =>
  new Rng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ index)
