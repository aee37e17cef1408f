// The fuzz runner: draws `count` hostile requests per target from the case table, sends them a few at a time,
// judges every answer, then checks that both processes still answer a real ReadVms and that the console's
// memory did not grow without bound. Returns one line per check for the report.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { CASES, draw } from './cases.ts'
import { rngFor } from './probe.ts'
import type { FuzzCase, Target } from './probe.ts'
import { judge, judgeNoAnswer } from './expect.ts'
import { exchange, PUBLIC_URL } from './targets.ts'
import type { Stack } from './targets.ts'

export interface Check {
  name: string
  ok: boolean
  detail: string
  /** Shown in the report, not counted as passed or failed. */
  info?: boolean
}

export interface FuzzOptions {
  seed: number
  count: number
  short: boolean
  concurrency: number
  /** Replays this one request index instead of the whole run. */
  only?: number
}

interface Tally {
  sent: number
  failed: number
  upstream: number
  ms: number
}

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** The console's heap after a full collection, in MB (the console runs in this process). */
function heapMb(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

/** Runs `work(i)` for i in [0, n) with at most `width` in flight. */
async function pool(n: number, width: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < n) await work(next++)
  }
  await Promise.all(Array.from({ length: Math.min(width, n) }, lane))
}

/** How many series the console's /metrics holds: each one costs memory for the life of the process. */
async function metricSeries(stack: Stack): Promise<number> {
  const answer = await exchange(
    stack.bff.url,
    'GET',
    '/metrics',
    { Host: new URL(PUBLIC_URL).host },
    undefined,
    30_000,
  )
  return answer.body
    .toString()
    .split('\n')
    .filter((line) => line && !line.startsWith('#')).length
}

export async function fuzz(stack: Stack, options: FuzzOptions): Promise<Check[]> {
  const cases = options.short ? CASES.filter((c) => !c.notInShortRun) : CASES
  const tallies = new Map<string, Tally>()
  const failures: string[] = []
  const heap: number[] = []
  const indices =
    options.only !== undefined ? [options.only] : Array.from({ length: options.count }, (_, i) => i)
  const checkpoints = new Set([Math.floor(indices.length / 10), Math.floor(indices.length / 2)])

  const sendOne = async (
    target: Target,
    fuzzCase: FuzzCase,
    index: number,
    probe: ReturnType<typeof draw>['probe'],
  ) => {
    const key = `${target} ${fuzzCase.name}`
    const tally = tallies.get(key) ?? { sent: 0, failed: 0, upstream: 0, ms: 0 }
    tallies.set(key, tally)
    tally.sent++
    let reason: string | undefined
    const started = performance.now()
    try {
      const verdict = judge(target, probe, await stack.send(target, probe))
      if (verdict.ok && verdict.upstream) tally.upstream++
      if (!verdict.ok) reason = verdict.reason
    } catch (err) {
      const verdict = judgeNoAnswer(probe, err as Error)
      if (!verdict.ok) reason = verdict.reason
    }
    tally.ms += performance.now() - started
    if (reason) {
      tally.failed++
      const where = (probe.path?.[target] ?? probe.action).slice(0, 100)
      if (failures.length < 30)
        failures.push(
          `#${index} ${target} "${fuzzCase.name}" ${probe.method} ${where}: ${reason.slice(0, 300)}`,
        )
    }
  }

  const seriesBefore = await metricSeries(stack)
  await pool(indices.length, options.concurrency, async (n) => {
    const index = indices[n]!
    const { fuzzCase, probe } = draw(rngFor(options.seed, index), cases)
    const targets: Target[] = probe.only ? [probe.only] : ['sim', 'bff']
    await Promise.all(targets.map((t) => sendOne(t, fuzzCase, index, probe)))
    if (checkpoints.has(n)) heap.push(heapMb())
  })

  const checks: Check[] = []
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const upstream = t.upstream ? `, ${t.upstream} documented upstream failures` : ''
    checks.push({
      name: key,
      ok: t.failed === 0,
      detail: `${t.sent} sent, ${t.failed} failed${upstream} (${(t.ms / t.sent).toFixed(0)} ms each)`,
    })
  }

  // Both processes alive and answering correctly.
  const simRead = await stack.simCall('ReadVms', {}).catch((e: Error) => e)
  const simVms =
    simRead instanceof Error ? undefined : (JSON.parse(simRead.body.toString()) as { Vms?: unknown[] }).Vms
  checks.push({
    name: 'simulator alive: a signed ReadVms answers its VMs',
    ok: stack.sim.alive() && Array.isArray(simVms) && simVms.length > 0,
    detail: simRead instanceof Error ? simRead.message : `${simRead.status}, ${simVms?.length ?? 0} VMs`,
  })
  const bffRead = await stack.bffCall('demo-eu', 'ReadVms', {}).catch((e: Error) => e)
  const bffVms =
    bffRead instanceof Error ? undefined : (JSON.parse(bffRead.body.toString()) as { Vms?: unknown[] }).Vms
  checks.push({
    name: 'console alive: ReadVms through it answers the VMs',
    ok: Array.isArray(bffVms) && bffVms.length > 0,
    detail: bffRead instanceof Error ? bffRead.message : `${bffRead.status}, ${bffVms?.length ?? 0} VMs`,
  })

  // Memory: the heap after GC at the end against the heap early in the run, once caches and pools are warm.
  heap.push(heapMb())
  const [early = 0] = heap
  const last = heap[heap.length - 1] ?? 0
  const growthLimitMb = 64
  checks.push({
    name: `console heap after GC grows less than ${growthLimitMb} MB`,
    ok: options.only !== undefined || last - early < growthLimitMb,
    detail: heap.map((mb) => `${mb.toFixed(1)} MB`).join(' → '),
  })

  checks.push({
    name: 'console /metrics series',
    ok: true,
    info: true,
    detail: `${seriesBefore} before, ${await metricSeries(stack)} after (issue 16, "Metrics": each unknown path adds its own)`,
  })
  if (failures.length)
    checks.push({ name: 'first failures', ok: false, info: true, detail: '\n    ' + failures.join('\n    ') })
  if (stack.sim.errors.length)
    checks.push({
      name: 'simulator stderr',
      ok: true,
      info: true,
      detail: '\n    ' + stack.sim.errors.slice(-10).join('\n    '),
    })
  if (stack.bffErrors.length)
    checks.push({
      name: 'console error log',
      ok: true,
      info: true,
      detail:
        '\n    ' +
        stack.bffErrors
          .slice(-5)
          .map((line) => line.slice(0, 400))
          .join('\n    '),
    })
  return checks
}
