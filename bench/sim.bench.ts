// The simulator under a console's heaviest read: ReadVms with a tag filter and ResultsPerPage 1000, on the
// `large` seed (10,000 VMs) beside the same call on `demo` (40 VMs), each simulator in its own process so its
// resident memory is its own. Targets: p50 ≤ 10 ms on large, RSS ≤ 500 MB. The same read right after a change
// (a tag set on one VM) is measured too: nothing the simulator keeps between calls can answer it.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import http from 'node:http'
import { join } from 'node:path'
import aws4 from 'aws4'
import { DEMO_ACCOUNTS } from '@osc-console/sim'
import { processCpuMs } from './process-cpu.ts'
import type { BenchRow } from './types.ts'

const ROOT = join(import.meta.dirname, '..')
const [DEMO_EU] = DEMO_ACCOUNTS
const CREDS = { accessKeyId: DEMO_EU!.accessKeyId, secretAccessKey: DEMO_EU!.secretKey }
const SAMPLES = Number(process.env.BENCH_SIM_SAMPLES ?? 100)
const LOAD_MS = Number(process.env.BENCH_SIM_LOAD_MS ?? 3000)
const CONCURRENCY = 4
const BODY = JSON.stringify({ Filters: { Tags: ['team=web'] }, ResultsPerPage: 1000 })

interface Running {
  child: ChildProcess
  port: number
}

// The benchmark measures serving, not the API's rate limits: throttling would answer 429 at full speed.
function noThrottleConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sim-bench-')), 'sim.json')
  writeFileSync(file, JSON.stringify({ throttle: { enabled: false } }))
  return file
}

function startSim(seed: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'apps/sim/src/cli.ts',
      ...['--port', '0', '--seed', seed, '--clock', 'manual', '--config', noThrottleConfig()],
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`simulator (${seed}) did not start in 60 s`)), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, port: Number(m[1]) })
      }
    })
    child.once('exit', (code) => reject(new Error(`simulator (${seed}) exited with ${String(code)}`)))
  })
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })

/** The headers of `action` with `body`, signed as the demo account. */
function signedHeaders(port: number, action: string, body: string): Record<string, string> {
  const signed = aws4.sign(
    {
      host: `127.0.0.1:${port}`,
      path: `/api/v1/${action}`,
      method: 'POST',
      service: 'api',
      region: 'eu-west-2',
      body,
      headers: { 'Content-Type': 'application/json' },
    },
    CREDS,
  )
  return signed.headers as Record<string, string>
}

function signedCall(port: number, action: string, body: string): Promise<number> {
  const headers = signedHeaders(port, action, body)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: `/api/v1/${action}`, method: 'POST', headers, agent },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`${action} answered ${res.statusCode ?? 0}`)),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const readVms = (port: number) => signedCall(port, 'ReadVms', BODY)

/** A VM of another team: tagging it changes the world, not the answer measured. */
async function otherVm(port: number): Promise<string> {
  const body = JSON.stringify({ Filters: { Tags: ['team=api'] }, ResultsPerPage: 1 })
  const answer = await fetch(`http://127.0.0.1:${port}/api/v1/ReadVms`, {
    method: 'POST',
    headers: signedHeaders(port, 'ReadVms', body),
    body,
  })
  const { Vms } = (await answer.json()) as { Vms?: Array<{ VmId: string }> }
  if (!Vms?.[0]) throw new Error(`no VM of team api to tag (ReadVms answered ${answer.status})`)
  return Vms[0].VmId
}

const change = (port: number, vmId: string, i: number) =>
  signedCall(
    port,
    'CreateTags',
    JSON.stringify({ ResourceIds: [vmId], Tags: [{ Key: 'bench', Value: `${i}` }] }),
  )

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function measure(seed: string) {
  const sim = await startSim(seed)
  try {
    for (let i = 0; i < 5; i++) await readVms(sim.port) // warm up
    const cpu = () => processCpuMs(sim.child.pid ?? 0)
    const latencies: number[] = []
    const cpuBefore = cpu()
    for (let i = 0; i < SAMPLES; i++) latencies.push(await readVms(sim.port))
    const cpuPerCall = (cpu() - cpuBefore) / SAMPLES
    latencies.sort((a, b) => a - b)
    const afterChange: number[] = []
    const vmId = await otherVm(sim.port)
    const changedBefore = cpu()
    for (let i = 0; i < SAMPLES; i++) {
      await change(sim.port, vmId, i)
      afterChange.push(await readVms(sim.port))
    }
    // Each round is a change and a read; the change alone costs what it costs on the demo seed too.
    const afterChangeCpu = (cpu() - changedBefore) / SAMPLES
    afterChange.sort((a, b) => a - b)
    let done = 0
    const until = performance.now() + LOAD_MS
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          await readVms(sim.port)
          done++
        }
      }),
    )
    const rps = done / (LOAD_MS / 1000)
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      afterChangeP50: percentile(afterChange, 50),
      cpuPerCall,
      afterChangeCpu,
      rps,
      rss: rssMb(sim.child.pid ?? 0),
    }
  } finally {
    sim.child.kill('SIGTERM')
  }
}

export default async function (): Promise<BenchRow[]> {
  const demo = await measure('demo')
  const large = await measure('large')
  agent.destroy()
  return [
    {
      name: 'ReadVms tag filter, 1000/page: p50 on large',
      value: large.p50,
      unit: 'ms',
      baseline: demo.p50,
      baselineName: 'same on demo',
      target: 'p50 ≤ 10 ms',
    },
    {
      name: 'ReadVms tag filter, 1000/page: simulator CPU per call on large',
      value: large.cpuPerCall,
      unit: 'ms',
      baseline: demo.cpuPerCall,
      baselineName: 'same on demo',
    },
    {
      name: 'ReadVms tag filter, 1000/page: simulator CPU per change and read on large',
      value: large.afterChangeCpu,
      unit: 'ms',
      baseline: demo.afterChangeCpu,
      baselineName: 'same on demo',
    },
    {
      name: 'ReadVms tag filter, 1000/page: p50 on large, right after a change',
      value: large.afterChangeP50,
      unit: 'ms',
      baseline: demo.afterChangeP50,
      baselineName: 'same on demo',
    },
    {
      name: 'ReadVms tag filter, 1000/page: p99 on large',
      value: large.p99,
      unit: 'ms',
      baseline: demo.p99,
      baselineName: 'same on demo',
    },
    {
      name: `ReadVms tag filter, 1000/page: req/s on large (${CONCURRENCY} clients)`,
      value: large.rps,
      unit: 'req/s',
      baseline: demo.rps,
      baselineName: 'same on demo',
    },
    {
      name: 'resident memory of the large seed',
      value: large.rss,
      unit: 'MB',
      baseline: demo.rss,
      baselineName: 'demo seed',
      target: '≤ 500 MB',
    },
  ]
}
