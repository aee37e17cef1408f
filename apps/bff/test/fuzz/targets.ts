// The two processes under fuzzing and how each is called: the simulator in a process of its own (a request that
// pins it shows as a timeout instead of freezing the run), signed with the demo keys; the console in this process
// (its memory is measured here), in auth.mode none against that simulator, called as its page calls it.
import http from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import aws4 from 'aws4'
import { DEMO_ACCOUNTS } from '@osc-console/sim'
import { startSimulatorProcess } from '../../../sim/test/process.ts'
import type { SimulatorProcess } from '../../../sim/test/process.ts'
import { parseConfig } from '../../src/config.ts'
import { createLogger } from '../../src/logger.ts'
import { start } from '../../src/server.ts'
import type { RunningConsole } from '../../src/server.ts'
import type { Probe, Target } from './probe.ts'

const EU = DEMO_ACCOUNTS[0]!
const US = DEMO_ACCOUNTS[1]!
/** The console's public URL: every request names it as Host and Origin, as its own page does. */
export const PUBLIC_URL = 'http://localhost:8080'

export interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface Stack {
  sim: SimulatorProcess
  bff: RunningConsole
  /** The console's log lines about requests it failed to handle (at most 50). */
  bffErrors: string[]
  send(target: Target, probe: Probe, timeoutMs?: number): Promise<Answer>
  /** A signed call to the simulator, as the SDKs make it. */
  simCall(action: string, body: unknown, timeoutMs?: number): Promise<Answer>
  /** A call through the console, as its page makes it. */
  bffCall(account: string, action: string, body: unknown, timeoutMs?: number): Promise<Answer>
  close(): Promise<void>
}

/** One raw HTTP exchange; the path and headers go out exactly as given (no URL normalisation). */
export function exchange(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | Buffer | undefined,
  timeoutMs: number,
): Promise<Answer> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    // A connection per request: a server that answers early (413) and closes must not take the next request down.
    let answered = false
    const req = http.request(
      { hostname: url.hostname, port: url.port, method, path, headers, agent: false, timeout: timeoutMs },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    // Writing the rest of a body the server already refused fails (EPIPE) after its answer: the answer counts.
    req.on('error', (err) => {
      if (!answered) reject(err)
    })
    req.end(body)
  })
}

function simHeaders(probe: Probe, host: string, path: string): Record<string, string> {
  const headers: Record<string, string> = { ...probe.headers }
  if (probe.contentType !== null) headers['Content-Type'] = probe.contentType ?? 'application/json'
  if (probe.unsigned) return headers
  try {
    const signed = aws4.sign(
      { host, path, method: probe.method, service: 'api', region: EU.region, body: probe.body, headers },
      { accessKeyId: EU.accessKeyId, secretAccessKey: EU.secretKey },
    )
    return signed.headers as Record<string, string>
  } catch {
    // A path aws4 cannot canonicalise (bad percent-encoding) goes out unsigned: the path check comes first.
    return headers
  }
}

function bffHeaders(probe: Probe): Record<string, string> {
  const origin = new URL(PUBLIC_URL)
  return {
    Host: origin.host,
    Origin: PUBLIC_URL,
    'X-Requested-With': 'osc-console',
    ...(probe.contentType === null ? {} : { 'Content-Type': probe.contentType ?? 'application/json' }),
    ...probe.headers,
  }
}

/** Keeps the console's log lines that report a request it failed on, and drops the rest. */
function errorLines(): { lines: string[]; destination: Writable } {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      const text = chunk.toString()
      if (text.includes('"level":50') && lines.length < 50) lines.push(text.slice(0, 2_000))
      done()
    },
  })
  return { lines, destination }
}

export async function startStack(): Promise<Stack> {
  const sim = await startSimulatorProcess(['--seed', 'demo'])
  // The fuzz measures answers, not the rate limits: throttling answers 503 code 6 by design. The fault run
  // turns throttling answers on through faults of its own.
  await exchange(
    sim.url,
    'POST',
    '/_sim/faults',
    { 'Content-Type': 'application/json' },
    '{"throttling":false}',
    5_000,
  )
  const dataDir = mkdtempSync(join(tmpdir(), 'osc-console-fuzz-'))
  const config = parseConfig({
    publicUrl: PUBLIC_URL,
    dataDir,
    accounts: [
      {
        id: 'demo-eu',
        name: 'Demo (Europe)',
        region: EU.region,
        endpoint: sim.url,
        credentials: { accessKey: EU.accessKeyId, secretKey: EU.secretKey },
      },
      {
        id: 'demo-us',
        name: 'Demo (US)',
        region: US.region,
        endpoint: sim.url,
        credentials: { accessKey: US.accessKeyId, secretKey: US.secretKey },
      },
    ],
    // The default retries: with 20 % of the answers throttled (the fault run), the default attempts for reads must
    // answer 99.9 % of them.
    proxy: { rateLimit: { perSecond: 1000, burst: 1000, maxQueueMs: 2000 } },
  })
  const { lines, destination } = errorLines()
  const bff = await start({
    config,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ destination, level: 'warn' }),
    staticDir: join(dataDir, 'no-web-build'),
  })
  const simHost = new URL(sim.url).host
  const stack: Stack = {
    sim,
    bff,
    bffErrors: lines,
    send(target, probe, timeoutMs = 15_000) {
      if (target === 'sim') {
        const path = probe.path?.sim ?? `/api/v1/${probe.action}`
        return exchange(sim.url, probe.method, path, simHeaders(probe, simHost, path), probe.body, timeoutMs)
      }
      const path = probe.path?.bff ?? `/api/osc/demo-eu/${probe.action}`
      return exchange(bff.url, probe.method, path, bffHeaders(probe), probe.body, timeoutMs)
    },
    simCall: (action, body, timeoutMs) =>
      stack.send('sim', { method: 'POST', action, body: JSON.stringify(body) }, timeoutMs),
    bffCall: (account, action, body, timeoutMs) =>
      stack.send(
        'bff',
        {
          method: 'POST',
          action,
          body: JSON.stringify(body),
          path: { bff: `/api/osc/${account}/${action}` },
        },
        timeoutMs,
      ),
    async close() {
      await bff.close()
      await sim.close()
    },
  }
  return stack
}
