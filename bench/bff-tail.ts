// `node --import tsx bench/bff-tail.ts`: where the one-caller tail of the BFF comes from. One caller, the BFF and the
// bare aws4 proxy in alternated one-second rounds; prints the two latency ladders side by side (p50 to p99.9, with
// their ratio), then splits the BFF's calls slower than its p99 by the Server-Timing each answer carries: the
// BFF's own time, the upstream's (the simulator, in this process), and the rest (before the BFF began the call or
// after it answered: its event loop busy elsewhere, a GC pause, the machine). BFF_NODE_ARGS passes node flags to
// the BFF to try one (`BFF_NODE_ARGS=--max-semi-space-size=64`). apps/bff/README.md, "The proxy's hot path", says
// what the ladder showed.
import { loadavg } from 'node:os'
import { startSimulator } from '@osc-console/sim'
import { startFloorProxy } from './bff.bench.ts'
import {
  agent,
  consoleTarget,
  loadInterleaved,
  send,
  startConsoleProcess,
  type Target,
} from './proxy-load.ts'

const ROUNDS = 8
const LADDER = [0.5, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999]

interface Timed {
  ms: number
  own: number
  upstream: number
}

/** One call, its time as the caller sees it, and the BFF's own and the upstream's from its Server-Timing. */
async function timedCall(target: Target, i: number): Promise<Timed> {
  const started = performance.now()
  const { headers } = await send(target.request(i))
  const ms = performance.now() - started
  const timing = String(headers['server-timing'] ?? '')
  const duration = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? 0)
  return { ms, own: duration('bff'), upstream: duration('upstream') }
}

async function round(target: Target, into: Timed[]) {
  const end = performance.now() + 1000
  for (let i = into.length; performance.now() < end; i += 1) into.push(await timedCall(target, i))
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const sortedMs = (calls: Timed[]) => calls.map((c) => c.ms).sort((a, b) => a - b)
const median = (values: number[]) =>
  at(
    [...values].sort((a, b) => a - b),
    0.5,
  )

const sim = await startSimulator({ port: 0, seed: 'demo' })
sim.setFaults({ throttling: false })
const floor = await startFloorProxy(sim.url)
const bff = await startConsoleProcess(
  sim.url,
  {
    cacheTtlMs: { default: 0 },
    rateLimit: { perSecond: 1_000_000, burst: 1_000_000, maxQueueMs: 0 },
  },
  {},
  undefined,
  { nodeArgs: (process.env.BFF_NODE_ARGS ?? '').split(' ').filter(Boolean) },
)
try {
  const targets = [consoleTarget('bff', bff.url), consoleTarget('floor', floor.url)] as const
  await loadInterleaved([...targets], 3, 1, 1)
  const viaBff: Timed[] = []
  const viaFloor: Timed[] = []
  for (let r = 0; r < ROUNDS; r += 1) {
    await round(targets[0], viaBff)
    await round(targets[1], viaFloor)
  }
  const [b, f] = [sortedMs(viaBff), sortedMs(viaFloor)]
  console.log(
    `one caller, load average ${loadavg()[0]!.toFixed(2)}: ${b.length} calls via the BFF, ${f.length} via the bare proxy`,
  )
  console.log('percentile   BFF ms   bare ms   ratio')
  for (const p of LADDER) {
    const [bp, fp] = [at(b, p), at(f, p)]
    console.log(
      `${`p${p * 100}`.padEnd(10)} ${bp.toFixed(2).padStart(8)} ${fp.toFixed(2).padStart(9)} ${(bp / fp).toFixed(2).padStart(6)}×`,
    )
  }
  const slow = viaBff.filter((c) => c.ms > at(b, 0.99))
  const outside = slow.map((c) => c.ms - c.own - c.upstream)
  const where = (rest: (c: Timed, i: number) => boolean) => slow.filter(rest).length
  console.log(
    `the ${slow.length} BFF calls over its p99, median ms: own ${median(slow.map((c) => c.own)).toFixed(2)}, ` +
      `upstream ${median(slow.map((c) => c.upstream)).toFixed(2)}, outside ${median(outside).toFixed(2)}; ` +
      `mostly outside ${where((c, i) => outside[i]! > c.own + c.upstream)}, mostly upstream ` +
      `${where((c, i) => c.upstream >= outside[i]! && c.upstream >= c.own)}, mostly own ` +
      `${where((c, i) => c.own > outside[i]! && c.own > c.upstream)}`,
  )
} finally {
  await bff.close()
  await floor.close()
  await sim.close()
  agent.destroy()
}
