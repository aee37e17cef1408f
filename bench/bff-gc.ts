// `node --import tsx bench/bff-gc.ts`: the console's garbage collections under the BFF bench's load, with one caller
// and with 16: how many calls go by per young-generation scavenge, and how long the pauses last, beside the p50 and
// p99 of the calls. Tells whether the tail of the proxy's latency is GC (apps/bff/README.md, "The proxy's hot path").
import { mkdtempSync, readFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '@osc-console/sim'
import {
  agent,
  CONCURRENCY,
  consoleTarget,
  loadInterleaved,
  LOAD_SECONDS,
  startConsoleProcess,
} from './proxy-load.ts'

const WARM_SECONDS = 3
const seconds = LOAD_SECONDS * 2
const noCache = {
  cacheTtlMs: { default: 0 },
  rateLimit: { perSecond: 1_000_000, burst: 1_000_000, maxQueueMs: 0 },
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

const sim = await startSimulator({ port: 0, seed: 'demo' })
sim.setFaults({ throttling: false })
try {
  for (const callers of [1, CONCURRENCY]) {
    const out = join(mkdtempSync(join(tmpdir(), 'osc-console-gc-')), 'gc.json')
    const bff = await startConsoleProcess(sim.url, noCache, {}, undefined, {
      nodeArgs: ['--import', join(import.meta.dirname, 'bff-gc-observer.ts')],
      env: { BFF_GC_OUT: out },
    })
    const target = consoleTarget('bff', bff.url, bff.pid)
    await loadInterleaved([target], WARM_SECONDS, callers, 1)
    const load = loadavg()[0]!
    // From here on the process records its collections (bff-gc-observer.ts).
    process.kill(bff.pid, 'SIGUSR2')
    const [m] = await loadInterleaved([target], seconds, callers, 1)
    await bff.close()
    const pauses = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number[]>
    const calls = m!.rps * seconds
    console.log(
      `${callers} caller(s), load average ${load.toFixed(2)}: ${m!.rps.toFixed(0)} req/s, p50 ${m!.p50.toFixed(2)} ms, p99 ${m!.p99.toFixed(2)} ms`,
    )
    for (const [kind, list] of Object.entries(pauses)) {
      const sorted = [...list].sort((a, b) => a - b)
      console.log(
        `  ${kind}: ${list.length} (one per ${(calls / list.length).toFixed(0)} calls), pause p50 ${percentile(sorted, 0.5).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
      )
    }
  }
} finally {
  await sim.close()
  agent.destroy()
}
