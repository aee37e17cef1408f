// `node --import tsx bench/bff-ab.ts [REF]`: the BFF of the working tree (B) beside the BFF of git REF (A, HEAD by
// default) and the bare aws4 proxy, loaded in alternated rounds in one run, so that a change to the hot path is
// measured against what it changes, under the same machine load. Prints CPU per call (the steadier figure on a busy
// machine), throughput and latency, each as a ratio to the bare proxy. REF's apps/bff/src is copied under
// apps/bff/.ab-<commit> (so that it finds the same node_modules) for the run only.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '@osc-console/sim'
import { startFloorProxy } from './bff.bench.ts'
import {
  agent,
  CONCURRENCY,
  consoleTarget,
  loadInterleaved,
  LOAD_SECONDS,
  startConsoleProcess,
} from './proxy-load.ts'

const root = join(import.meta.dirname, '..')
const ref = process.argv[2] ?? 'HEAD'
const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim()
const snapshot = join(root, 'apps', 'bff', `.ab-${commit}`)
// Eight rounds per phase; BENCH_LOAD_SECONDS (4 s by default) per target and phase, as in the BFF bench.
const ROUNDS = 8
const seconds = LOAD_SECONDS * 2

mkdirSync(snapshot, { recursive: true })
execFileSync(
  'sh',
  [
    '-c',
    `git archive ${commit} apps/bff/src apps/bff/package.json | tar -x --strip-components=2 -C "${snapshot}"`,
  ],
  { cwd: root },
)
const sim = await startSimulator({ port: 0, seed: 'demo' })
sim.setFaults({ throttling: false })
const noCache = {
  cacheTtlMs: { default: 0 },
  rateLimit: { perSecond: 1_000_000, burst: 1_000_000, maxQueueMs: 0 },
}
const floor = await startFloorProxy(sim.url)
const before = await startConsoleProcess(sim.url, noCache, {}, join(snapshot, 'src', 'main.ts'))
const after = await startConsoleProcess(sim.url, noCache)
try {
  const targets = [
    consoleTarget('bare aws4 proxy', floor.url, floor.pid),
    consoleTarget(`A ${commit}`, before.url, before.pid),
    consoleTarget('B working tree', after.url, after.pid),
  ]
  await loadInterleaved(targets, 3, CONCURRENCY, 1)
  const load = loadavg()[0]!
  const many = await loadInterleaved(targets, seconds, CONCURRENCY, ROUNDS)
  const one = await loadInterleaved(targets, seconds, 1, ROUNDS)
  const ratio = (value: number, floorValue: number) => `${(value / floorValue).toFixed(2)}×`
  console.log(`load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`)
  for (const [i, target] of targets.entries()) {
    const m = many[i]!
    const o = one[i]!
    console.log(
      [
        target.name.padEnd(16),
        `CPU/call 16 callers ${m.cpuPerCallUs.toFixed(0)} µs (${ratio(m.cpuPerCallUs, many[0]!.cpuPerCallUs)})`,
        `one caller ${o.cpuPerCallUs.toFixed(0)} µs (${ratio(o.cpuPerCallUs, one[0]!.cpuPerCallUs)})`,
        `${m.rps.toFixed(0)} req/s (${ratio(m.rps, many[0]!.rps)})`,
        `p99 16 callers ${m.p99.toFixed(2)} ms (${ratio(m.p99, many[0]!.p99)})`,
        `one caller ${o.p99.toFixed(2)} ms (${ratio(o.p99, one[0]!.p99)})`,
      ].join('  '),
    )
  }
} finally {
  await Promise.all([before.close(), after.close(), floor.close()])
  await sim.close()
  agent.destroy()
  rmSync(snapshot, { recursive: true, force: true })
}
