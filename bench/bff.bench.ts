// What the console's backend costs on the request path, measured side by side in one run under the same load:
// the simulator called directly (the client signs), a bare node:http proxy that signs with aws4 (the floor any
// signing proxy pays), and the BFF (validation, allow-list, rate limiter, coalescing, retries, metrics, logs).
// Throughput with 16 callers at once, latency with one caller (the path's own cost, not queueing); the three
// targets are measured in interleaved rounds. Then 50 clients polling the same read versus one client: upstream
// calls per second.
// The floor proxy and the BFF each run in their own process, as deployed; the simulator and the load client share
// this one. Everything is on loopback on a shared machine, so the figures are ratios, not capacities. The
// polling phase lasts POLL_SECONDS (10 s, shortened from the 30 s to keep `npm run bench` short).
import aws4 from 'aws4'
import http from 'node:http'
import { Writable } from 'node:stream'
import { createLogger, parseConfig, start } from '@osc-console/bff'
import { DEMO_ACCOUNTS, startSimulator } from '@osc-console/sim'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchRow } from './types.ts'

const here = import.meta.dirname

const [DEMO_EU] = DEMO_ACCOUNTS
const CREDS = { accessKeyId: DEMO_EU!.accessKeyId, secretAccessKey: DEMO_EU!.secretKey }
const REGION = 'eu-west-2'
const CONCURRENCY = 16
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 4)
const POLL_SECONDS = Number(process.env.BENCH_POLL_SECONDS ?? 10)
const POLL_INTERVAL_MS = 1000
const ACTION = 'ReadVolumes'

interface Target {
  name: string
  request(i: number): {
    host: string
    port: number
    path: string
    headers: http.OutgoingHttpHeaders
    body: string
  }
}

interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 })

function send(req: ReturnType<Target['request']>): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: req.host, port: req.port, path: req.path, method: 'POST', headers: req.headers, agent },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
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
}

async function loadOnce(target: Target, seconds: number, sample: Sample, concurrency: number): Promise<void> {
  let counter = sample.latencies.length
  const end = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < end) {
      const i = counter++
      const started = performance.now()
      const status = await send(target.request(i)).catch(() => 0)
      sample.latencies.push(performance.now() - started)
      if (status !== 200) sample.errors += 1
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  sample.seconds += (performance.now() - began) / 1000
}

/**
 * Loads every target for `seconds` in total, in interleaved rounds, so that a change in the machine's load during
 * the run weighs on all of them alike.
 */
async function loadInterleaved(
  targets: Target[],
  seconds: number,
  concurrency: number,
  rounds = 4,
): Promise<LoadResult[]> {
  const samples: Sample[] = targets.map(() => ({ latencies: [], seconds: 0, errors: 0 }))
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
    }
  })
}

// A distinct filter per request: no two calls are the same read, so the BFF cannot coalesce them.
const bodyOf = (i: number) =>
  JSON.stringify({ Filters: { VolumeIds: [`vol-${(i % 100000).toString(16).padStart(8, '0')}`] } })

function signedTo(base: URL, body: string): ReturnType<Target['request']> {
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

/** A server in its own process, as it is deployed; resolves once it prints "listening on <url>". */
async function spawnServer(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ url: URL; close(): Promise<void> }> {
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
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolve(new URL(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${stderr}`)))
  })
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

// The floor: receive the browser call, sign it with aws4, forward over keep-alive, pipe the answer back.
const FLOOR_SOURCE = `
const http = require('node:http')
const aws4 = require('aws4')
const upstream = new URL(process.env.UPSTREAM)
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 })
const creds = { accessKeyId: process.env.AK, secretAccessKey: process.env.SK }
const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    const action = (req.url || '').split('/').pop()
    const body = Buffer.concat(chunks).toString('utf8')
    const signed = aws4.sign({ host: upstream.host, path: '/api/v1/' + action, method: 'POST', service: 'api',
      region: process.env.REGION, headers: { 'Content-Type': 'application/json' }, body }, creds)
    const out = http.request({ hostname: upstream.hostname, port: upstream.port, path: signed.path, method: 'POST',
      headers: signed.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode || 502, { 'Content-Type': 'application/json' })
      answer.pipe(res)
    })
    out.on('error', () => { res.writeHead(502); res.end() })
    out.end(body)
  })
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
process.on('SIGTERM', () => { server.close(); server.closeAllConnections(); agent.destroy() })
`

function startFloorProxy(upstream: string) {
  return spawnServer(process.execPath, ['-e', FLOOR_SOURCE], {
    UPSTREAM: upstream,
    AK: CREDS.accessKeyId,
    SK: CREDS.secretAccessKey,
    REGION,
  })
}

/** The BFF as `npm start` runs it: its own process, from a configuration file. */
function startConsoleProcess(simUrl: string, proxy: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'osc-console-bench-'))
  const configPath = join(dir, 'console.json')
  writeFileSync(
    configPath,
    JSON.stringify({
      dataDir: dir,
      listen: { host: '127.0.0.1', port: 0 },
      accounts: [
        {
          id: 'demo-eu',
          region: REGION,
          endpoint: simUrl,
          credentials: { accessKey: CREDS.accessKeyId, secretKey: CREDS.secretAccessKey },
        },
      ],
      proxy,
    }),
  )
  return spawnServer(
    join(here, '../node_modules/.bin/tsx'),
    [join(here, '../apps/bff/src/main.ts'), '--config', configPath],
    {
      LOG_LEVEL: 'warn',
    },
  )
}

function consoleTarget(name: string, base: URL): Target {
  return {
    name,
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

const silent = createLogger({ destination: new Writable({ write: (_c, _e, done) => done() }) })

async function startConsole(simUrl: string, proxy: Record<string, unknown>) {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'osc-console-bench-')),
    accounts: [
      {
        id: 'demo-eu',
        region: REGION,
        endpoint: simUrl,
        credentials: { accessKey: CREDS.accessKeyId, secretKey: CREDS.secretAccessKey },
      },
    ],
    proxy,
  })
  return start({
    config,
    port: 0,
    host: '127.0.0.1',
    logger: silent,
    staticDir: join(tmpdir(), 'no-web-build'),
  })
}

export default async function (): Promise<BenchRow[]> {
  const sim = await startSimulator({ port: 0, seed: 'demo' })
  // The benchmark measures the path, not the simulator's throttling.
  sim.setFaults({ throttling: false })
  const simUrl = new URL(sim.url)
  const floor = await startFloorProxy(sim.url)
  // No cache and no rate limit for the throughput phase: every call goes upstream, as through the floor proxy.
  const bff = await startConsoleProcess(sim.url, {
    cacheTtlMs: { default: 0 },
    rateLimit: { perSecond: 1_000_000, burst: 1_000_000, maxQueueMs: 0 },
  })
  const direct: Target = { name: 'direct', request: (i) => signedTo(simUrl, bodyOf(i)) }
  try {
    // Warm up every path (JIT, keep-alive sockets), then measure them in interleaved rounds.
    const targets = [direct, consoleTarget('floor', floor.url), consoleTarget('bff', bff.url)]
    await loadInterleaved(targets, 1.5, CONCURRENCY, 1)
    // Throughput under load (16 callers at once); latency with one caller, so that it is the cost of the path
    // rather than time spent queueing.
    const [d, f, b] = (await loadInterleaved(targets, LOAD_SECONDS, CONCURRENCY)) as [
      LoadResult,
      LoadResult,
      LoadResult,
    ]
    const [dl, fl, bl] = (await loadInterleaved(targets, LOAD_SECONDS, 1)) as [
      LoadResult,
      LoadResult,
      LoadResult,
    ]
    for (const [name, r] of [
      ['direct', d],
      ['floor', f],
      ['bff', b],
      ['direct, one caller', dl],
      ['floor, one caller', fl],
      ['bff, one caller', bl],
    ] as const)
      if (r.errors) throw new Error(`${name}: ${r.errors} calls failed under load`)

    // Polling: each client polls the same read every second, default cache (2 s TTL).
    const polled = await startConsole(sim.url, {})
    const poll = async (clients: number): Promise<number> => {
      const before = sim.stats().byAction[ACTION] ?? 0
      const end = performance.now() + POLL_SECONDS * 1000
      const target = consoleTarget('poll', new URL(polled.url))
      // Like the SPA's refetchInterval: a fixed period per client, each client starting at a random phase.
      const client = async () => {
        let next = performance.now() + Math.random() * POLL_INTERVAL_MS
        while (next < end) {
          await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())))
          await send({
            ...target.request(0),
            body: '{}',
            headers: { ...target.request(0).headers, 'Content-Length': 2 },
          })
          next += POLL_INTERVAL_MS
        }
      }
      await Promise.all(Array.from({ length: clients }, client))
      return ((sim.stats().byAction[ACTION] ?? 0) - before) / POLL_SECONDS
    }
    const one = await poll(1)
    const fifty = await poll(50)
    await polled.close()

    const ms = 'ms'
    return [
      {
        name: 'BFF throughput',
        value: b.rps,
        unit: 'req/s',
        baseline: f.rps,
        baselineName: 'bare aws4 proxy',
        target: '≥ 0.6×',
      },
      {
        name: 'bare aws4 proxy throughput',
        value: f.rps,
        unit: 'req/s',
        baseline: d.rps,
        baselineName: 'simulator direct',
      },
      {
        name: 'BFF p50 latency, one caller',
        value: bl.p50,
        unit: ms,
        baseline: dl.p50,
        baselineName: 'simulator direct p50',
        target: `≤ direct + 1 ms (added ${(bl.p50 - dl.p50).toFixed(2)} ms)`,
      },
      {
        name: 'BFF p99 latency, one caller',
        value: bl.p99,
        unit: ms,
        baseline: dl.p99,
        baselineName: 'simulator direct p99',
      },
      {
        name: 'bare proxy p50 latency, one caller',
        value: fl.p50,
        unit: ms,
        baseline: dl.p50,
        baselineName: 'simulator direct p50',
      },
      {
        name: 'bare proxy p99 latency, one caller',
        value: fl.p99,
        unit: ms,
        baseline: dl.p99,
        baselineName: 'simulator direct p99',
      },
      {
        name: 'BFF p50 latency, 16 callers',
        value: b.p50,
        unit: ms,
        baseline: f.p50,
        baselineName: 'bare aws4 proxy p50',
      },
      {
        name: 'BFF p99 latency, 16 callers',
        value: b.p99,
        unit: ms,
        baseline: f.p99,
        baselineName: 'bare aws4 proxy p99',
      },
      {
        name: `upstream calls/s, 50 clients polling one read (${POLL_SECONDS} s)`,
        value: fifty,
        unit: 'calls/s',
        baseline: one,
        baselineName: '1 client polling',
        target: '≤ 1.2×',
      },
    ]
  } finally {
    await bff.close()
    await floor.close()
    await sim.close()
    agent.destroy()
  }
}
