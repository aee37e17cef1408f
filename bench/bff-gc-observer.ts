// Loaded into a console process with `--import` by bff-gc.ts: records the garbage collections the process makes from
// the SIGUSR2 that bff-gc.ts sends once its warm-up is over, and writes them to BFF_GC_OUT as JSON at exit.
import { writeFileSync } from 'node:fs'
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks'

const KINDS: Record<number, string> = {
  1: 'scavenge',
  2: 'minor mark-sweep',
  4: 'mark-compact',
  8: 'weak callbacks',
}
let pauses: Record<string, number[]> = {}

new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind: number } })[]) {
    const kind = KINDS[entry.detail?.kind ?? 0] ?? 'other'
    ;(pauses[kind] ??= []).push(entry.duration)
  }
}).observe({ entryTypes: ['gc'] })

process.on('SIGUSR2', () => {
  pauses = {}
})
process.on('exit', () => {
  const out = process.env.BFF_GC_OUT
  if (out) writeFileSync(out, JSON.stringify(pauses))
})
