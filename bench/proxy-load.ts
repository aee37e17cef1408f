// The load every proxy benchmark sends: calls signed for the simulator directly, calls through a console process,
// interleaved rounds of load at a fixed concurrency, and people polling one read as the SPA does.
import aws4 from 'aws4'
import http from 'node:http'
import { DEMO_ACCOUNTS } from '@osc-console/sim'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { processCpuMs } from './process-cpu.ts'

const here = import.meta.dirname

const [DEMO_EU] = DEMO_ACCOUNTS
export const CREDS = { accessKeyId: DEMO_EU!.accessKeyId, secretAccessKey: DEMO_EU!.secretKey }
export const REGION = 'eu-west-2'
export const CONCURRENCY = 16
export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 4)
export const POLL_SECONDS = Number(process.env.BENCH_POLL_SECONDS ?? 10)
export const POLL_INTERVAL_MS = 1000
export const ACTION = 'ReadVolumes'

export interface Target {
  name: string
  /** The CPU time its server process has used so far, when it runs in a process of its own. */
  cpuMs?: () => number
  request(i: number): {
    host: string
    port: number
    path: string
    headers: http.OutgoingHttpHeaders
    body: string
  }
}

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
  /** CPU microseconds its server process spent per call: on a loaded machine, steadier than time per call. */
  cpuPerCallUs: number
}

export const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 })

/** One call; its status and the answer's headers once the answer is read to its end. */
export function send(
  req: ReturnType<Target['request']>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: req.host, port: req.port, path: req.path, method: 'POST', headers: req.headers, agent },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
      },
    )
    r.on('error', reject)
    r.end(req.body)
  })
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

interface Sample {
  latencies: number[]
  seconds: number
  errors: number
  cpuMs: number
}

async function loadOnce(target: Target, seconds: number, sample: Sample, concurrency: number): Promise<void> {
  let counter = sample.latencies.length
  const end = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < end) {
      const i = counter++
      const started = performance.now()
      const status = await send(target.request(i)).then(
        (answer) => answer.status,
        () => 0,
      )
      sample.latencies.push(performance.now() - started)
      if (status !== 200) sample.errors += 1
    }
  }
  const began = performance.now()
  const cpuBefore = target.cpuMs?.() ?? 0
  await Promise.all(Array.from({ length: concurrency }, worker))
  sample.cpuMs += (target.cpuMs?.() ?? 0) - cpuBefore
  sample.seconds += (performance.now() - began) / 1000
}

/**
 * Loads every target for `seconds` in total, in interleaved rounds, so that a change in the machine's load during
 * the run weighs on all of them alike.
 */
export async function loadInterleaved(
  targets: Target[],
  seconds: number,
  concurrency: number,
  rounds = 4,
): Promise<LoadResult[]> {
  const samples: Sample[] = targets.map(() => ({ latencies: [], seconds: 0, errors: 0, cpuMs: 0 }))
  for (let round = 0; round < rounds; round += 1)
    for (const [index, target] of targets.entries())
      await loadOnce(target, seconds / rounds, samples[index]!, concurrency)
  return samples.map((sample) => {
    const sorted = [...sample.latencies].sort((a, b) => a - b)
    return {
      rps: sorted.length / sample.seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      errors: sample.errors,
      cpuPerCallUs: (sample.cpuMs * 1000) / sorted.length,
    }
  })
}

// A distinct filter per request: no two calls are the same read, so the BFF cannot coalesce them.
export const bodyOf = (i: number) =>
  JSON.stringify({ Filters: { VolumeIds: [`vol-${(i % 100000).toString(16).padStart(8, '0')}`] } })

export function signedTo(base: URL, body: string): ReturnType<Target['request']> {
  const signed = aws4.sign(
    {
      host: base.host,
      path: `/api/v1/${ACTION}`,
      method: 'POST',
      service: 'api',
      region: REGION,
      headers: { 'Content-Type': 'application/json' },
      body,
    },
    CREDS,
  )
  return {
    host: base.hostname,
    port: Number(base.port),
    path: `/api/v1/${ACTION}`,
    headers: signed.headers as http.OutgoingHttpHeaders,
    body,
  }
}

/** A server in its own process, as it is deployed; resolves once it prints "listening on <url>" or {"url": …}. */
export async function spawnServer(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ url: URL; pid: number; close(): Promise<void> }> {
  const child = spawn(command, args, {
    cwd: here,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<URL>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /(?:listening on |"url":")(http:\/\/[^\s"]+)/.exec(out)
      if (match?.[1]) resolve(new URL(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${stderr}`)))
  })
  return {
    url,
    pid: child.pid ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** The demo account of the simulator at `simUrl`, as the console's configuration names it. */
export function demoAccount(simUrl: string) {
  return {
    id: 'demo-eu',
    region: REGION,
    endpoint: simUrl,
    credentials: { accessKey: CREDS.accessKeyId, secretKey: CREDS.secretAccessKey },
  }
}

/** The BFF as `npm start` runs it: its own process (node itself, so that its CPU time is its own), from a file. */
export function startConsoleProcess(
  simUrl: string,
  proxy: Record<string, unknown>,
  more: Record<string, unknown> = {},
  /** The BFF's entry point: another tree's, to set two versions side by side (bff-ab.ts). */
  main = join(here, '../apps/bff/src/main.ts'),
  /** More for node (bff-gc.ts loads its GC observer with them) and for the process's environment. */
  extra: { nodeArgs?: string[]; env?: Record<string, string> } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'osc-console-bench-'))
  const configPath = join(dir, 'console.json')
  writeFileSync(
    configPath,
    JSON.stringify({
      dataDir: dir,
      listen: { host: '127.0.0.1', port: 0 },
      accounts: [demoAccount(simUrl)],
      proxy,
      ...more,
    }),
  )
  return spawnServer(
    process.execPath,
    ['--import', 'tsx', ...(extra.nodeArgs ?? []), main, '--config', configPath],
    {
      LOG_LEVEL: 'warn',
      ...extra.env,
    },
  )
}

export function consoleTarget(name: string, base: URL, pid?: number): Target {
  return {
    name,
    ...(pid ? { cpuMs: () => processCpuMs(pid) } : {}),
    request: (i) => {
      const body = bodyOf(i)
      return {
        host: base.hostname,
        port: Number(base.port),
        path: `/api/osc/demo-eu/${ACTION}`,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Requested-With': 'osc-console',
          Origin: 'http://localhost:8080',
        },
        body,
      }
    },
  }
}

/**
 * `clients` people polling the same read every POLL_INTERVAL_MS for POLL_SECONDS, each from a random phase as the
 * SPA's refetchInterval does, spread over `bases` (one after the other); the upstream calls per second it cost.
 */
export async function pollUpstream(
  clients: number,
  bases: URL[],
  upstreamCalls: () => number,
): Promise<number> {
  const before = upstreamCalls()
  const end = performance.now() + POLL_SECONDS * 1000
  const client = async (index: number) => {
    const request = consoleTarget('poll', bases[index % bases.length]!).request(0)
    let next = performance.now() + Math.random() * POLL_INTERVAL_MS
    while (next < end) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())))
      await send({ ...request, body: '{}', headers: { ...request.headers, 'Content-Length': 2 } })
      next += POLL_INTERVAL_MS
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  return (upstreamCalls() - before) / POLL_SECONDS
}
