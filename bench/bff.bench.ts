// What the console's backend costs on the request path, measured side by side in one run under the same load:
// the simulator called directly (the client signs), a bare node:http proxy that signs with aws4 (the floor any
// signing proxy pays), and the BFF (validation, allow-list, rate limiter, coalescing, retries, metrics, logs).
// Throughput with 16 callers at once, latency with one caller (the path's own cost, not queueing); the three
// targets are measured in interleaved rounds. Then 50 clients polling the same read versus one client: upstream
// calls per second.
// The floor proxy and the BFF each run in their own process, as deployed; the simulator and the load client share
// this one. Everything is on loopback on a shared machine, so the figures are ratios, not capacities. The
// polling phase lasts POLL_SECONDS (10 s, shortened from the 30 s to keep `npm run bench` short).
import { Writable } from 'node:stream'
import { createLogger, parseConfig, start } from '@osc-console/bff'
import { startSimulator } from '@osc-console/sim'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ACTION,
  agent,
  bodyOf,
  CONCURRENCY,
  consoleTarget,
  CREDS,
  demoAccount,
  loadInterleaved,
  LOAD_SECONDS,
  pollUpstream,
  POLL_SECONDS,
  REGION,
  signedTo,
  spawnServer,
  startConsoleProcess,
  type LoadResult,
  type Target,
} from './proxy-load.ts'
import type { BenchRow } from './types.ts'

// The floor: receive the browser call, sign it with aws4, forward over keep-alive, pipe the answer back.
export const FLOOR_SOURCE = `
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

export function startFloorProxy(upstream: string) {
  return spawnServer(process.execPath, ['-e', FLOOR_SOURCE], {
    UPSTREAM: upstream,
    AK: CREDS.accessKeyId,
    SK: CREDS.secretAccessKey,
    REGION,
  })
}

const silent = createLogger({ destination: new Writable({ write: (_c, _e, done) => done() }) })

async function startConsole(simUrl: string, proxy: Record<string, unknown>) {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'osc-console-bench-')),
    accounts: [demoAccount(simUrl)],
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
    const targets = [
      direct,
      consoleTarget('floor', floor.url, floor.pid),
      consoleTarget('bff', bff.url, bff.pid),
    ]
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
    const upstream = () => sim.stats().byAction[ACTION] ?? 0
    const poll = (clients: number) => pollUpstream(clients, [new URL(polled.url)], upstream)
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
        target: '≥ 0.9×',
      },
      {
        name: 'BFF CPU per call, 16 callers',
        value: b.cpuPerCallUs,
        unit: 'µs',
        baseline: f.cpuPerCallUs,
        baselineName: 'bare aws4 proxy',
      },
      {
        name: 'BFF CPU per call, one caller',
        value: bl.cpuPerCallUs,
        unit: 'µs',
        baseline: fl.cpuPerCallUs,
        baselineName: 'bare aws4 proxy',
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
        baseline: fl.p99,
        baselineName: 'bare aws4 proxy p99',
        target: '≤ 1.3×',
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
        target: '≤ 1.3×',
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
