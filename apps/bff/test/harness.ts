// Starts the simulator, the fault front and the console on port 0, and calls the console the way the SPA does.
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { DEMO_ACCOUNTS, startSimulator } from '@osc-console/sim'
import { parseConfig, type Config } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { start, type RunningConsole } from '../src/server.ts'
import { startFaultFront, type FaultFront } from './fault-front.ts'

const credentialsOf = (region: string) => {
  const account = DEMO_ACCOUNTS.find((a) => a.region === region)
  if (!account) throw new Error(`the simulator has no demo account in ${region}`)
  return { accessKey: account.accessKeyId, secretKey: account.secretKey }
}
export const DEMO_EU = credentialsOf('eu-west-2')
export const DEMO_US = credentialsOf('us-east-2')

export type Sim = Awaited<ReturnType<typeof startSimulator>>

export interface Harness {
  sim: Sim
  front: FaultFront
  bff: RunningConsole
  logs: string[]
  dataDir: string
  config: Config
  call(account: string, action: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>
  get(path: string): Promise<Response>
  restart(): Promise<void>
  close(): Promise<void>
}

export interface HarnessOptions {
  dataDir?: string
  proxy?: Record<string, unknown>
  extraAccounts?: Array<Record<string, unknown>>
  staticDir?: string
  auth?: Record<string, unknown>
  bindings?: unknown[]
  metrics?: Record<string, unknown>
  quotas?: Record<string, unknown>
  roles?: Record<string, unknown>
  /** The environment the console reads the variables its configuration names from. */
  env?: NodeJS.ProcessEnv
  /** PostgreSQL instead of SQLite, in its own schema. */
  postgres?: { url: string; schema: string }
  /**
   * Serve at the address the console listens on (http://127.0.0.1:<port>) rather than http://localhost:8080, for
   * tests whose browser must come back to the console from the IdP.
   */
  publicUrlIsListenAddress?: boolean
}

/** A port free on 127.0.0.1 right now, for a console whose publicUrl must name its port before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      )
    })
  })
}

export function captureLogs(): { logs: string[]; logger: ReturnType<typeof createLogger> } {
  const logs: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString())
      done()
    },
  })
  return { logs, logger: createLogger({ destination, level: 'debug' }) }
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sim = await startSimulator({ port: 0, seed: 'demo' })
  const front = await startFaultFront(sim.url)
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'osc-console-bff-'))
  const port = options.publicUrlIsListenAddress ? await freePort() : 0
  const publicUrl = port ? `http://127.0.0.1:${port}` : 'http://localhost:8080'
  const config = parseConfig({
    publicUrl,
    dataDir,
    accounts: [
      {
        id: 'demo-eu',
        name: 'Demo (Europe)',
        region: 'eu-west-2',
        endpoint: front.url,
        credentials: DEMO_EU,
      },
      { id: 'demo-us', name: 'Demo (US)', region: 'us-east-2', endpoint: front.url, credentials: DEMO_US },
      ...(options.extraAccounts ?? []).map((a) => ({ endpoint: front.url, ...a })),
    ],
    proxy: { rateLimit: { perSecond: 1000, burst: 1000, maxQueueMs: 2000 }, ...options.proxy },
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.bindings ? { bindings: options.bindings } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.quotas ? { quotas: options.quotas } : {}),
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.postgres ? { storage: { databaseUrl: options.postgres.url } } : {}),
  })
  const { logs, logger } = captureLogs()
  const launch = () =>
    start({
      config,
      port,
      host: '127.0.0.1',
      logger,
      staticDir: options.staticDir ?? join(dataDir, 'no-web-build'),
      ...(options.postgres ? { databaseSchema: options.postgres.schema } : {}),
      ...(options.env ? { env: options.env } : {}),
    })
  let bff = await launch()
  const headers = (extra: Record<string, string> = {}) => ({
    'Content-Type': 'application/json',
    'X-Requested-With': 'osc-console',
    Origin: publicUrl,
    ...extra,
  })
  const harness: Harness = {
    sim,
    front,
    get bff() {
      return bff
    },
    logs,
    dataDir,
    config,
    call: (account, action, body = {}, extra) =>
      fetch(`${bff.url}/api/osc/${account}/${action}`, {
        method: 'POST',
        headers: headers(extra),
        body: JSON.stringify(body),
      }),
    post: (path, body, extra) =>
      fetch(`${bff.url}${path}`, { method: 'POST', headers: headers(extra), body: JSON.stringify(body) }),
    get: (path) => fetch(`${bff.url}${path}`),
    async restart() {
      await bff.close()
      bff = await launch()
    },
    async close() {
      await bff.close()
      await front.close()
      await sim.close()
    },
  }
  return harness
}

export interface ErrorJson {
  error: {
    source: string
    kind: string
    message: string
    retryable: boolean
    status: number
    outscale: { code: string; type: string; details: string; requestId: string | null } | null
    issues?: Array<{ path: string; message: string }>
    omittedIssues?: number
    requestId: string
  }
}
