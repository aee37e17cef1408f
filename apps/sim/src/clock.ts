// The simulator's own time. Lifecycles (pending → running), consumption and lockouts follow it, so tests move
// time forward with advance() instead of sleeping. Signature freshness is checked against the wall clock instead,
// because clients sign with real time.
export type ClockMode = 'real' | 'manual'

export class SimClock {
  private offset = 0
  private fixed: number

  constructor(
    readonly mode: ClockMode,
    start: number = Date.now(),
  ) {
    this.fixed = start
  }

  now(): number {
    return this.mode === 'real' ? Date.now() + this.offset : this.fixed
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('advance expects a positive number of milliseconds')
    if (this.mode === 'real') this.offset += ms
    else this.fixed += ms
    return this.now()
  }

  iso(at: number = this.now()): string {
    return new Date(at).toISOString()
  }
}
