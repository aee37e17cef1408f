// Library entry: start a simulator on a port (0 = any free port) for tests, the stack script and the CLI.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SimClock } from './clock.ts'
import type { ClockMode } from './clock.ts'
import { Engine } from './server.ts'
import { buildWorld } from './seeds/index.ts'
import type { SeedName } from './seeds/index.ts'
import type { StatsSnapshot } from './stats.ts'
import { DEFAULT_THROTTLE } from './throttle.ts'
import type { ThrottleSettings } from './throttle.ts'
import type { Faults } from './faults.ts'
import { DEMO_ACCOUNTS } from './accounts.ts'

export { DEMO_ACCOUNTS }
export { sampleRequest } from './families/generic.ts'
export type { AccountDef } from './accounts.ts'
export type { SeedName } from './seeds/index.ts'
export type { Faults } from './faults.ts'
export type { StatsSnapshot } from './stats.ts'
export type { ThrottleSettings } from './throttle.ts'

/** One entry of the console's `accounts` configuration. */
export interface ConsoleAccountConfig {
  id: string
  name: string
  region: string
  endpoint: string
  credentials: { accessKey: string; secretKey: string }
}

// The console's id (seen in its URLs: /demo-eu/vms) and display name for each demo account, by region: the
// demo has one account per region.
const CONSOLE_NAMES: Readonly<Record<string, { id: string; name: string }>> = {
  'eu-west-2': { id: 'demo-eu', name: 'Demo (Europe)' },
  'us-east-2': { id: 'demo-us', name: 'Demo (US)' },
}

/** The demo accounts as the console's configuration lists them, calling the simulator at `endpoint`. */
export function demoConsoleAccounts(endpoint: string): ConsoleAccountConfig[] {
  return DEMO_ACCOUNTS.map((account) => {
    const names = CONSOLE_NAMES[account.region]
    if (!names) throw new Error(`the demo account in ${account.region} has no console name`)
    return {
      ...names,
      region: account.region,
      endpoint,
      credentials: { accessKey: account.accessKeyId, secretKey: account.secretKey },
    }
  })
}

export interface SimulatorOptions {
  host?: string
  port?: number
  seed?: SeedName
  /** 'real' follows wall-clock time; 'manual' (the library default) moves only with advance(). */
  clock?: ClockMode
  /** Refuse signatures whose scope region differs from the account's region. */
  strictRegion?: boolean
  throttle?: Partial<ThrottleSettings>
  /** Initial fault settings, as POST /_sim/faults takes them. */
  faults?: Faults
}

export interface Simulator {
  url: string
  port: number
  reset(seed?: SeedName): void
  /** Moves the simulator clock forward and runs every transition that becomes due. */
  advance(ms: number): number
  now(): number
  stats(): StatsSnapshot
  setFaults(faults: Faults): void
  close(): Promise<void>
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1'
  const clock = new SimClock(options.clock ?? 'manual')
  const engine = new Engine({
    clock,
    strictRegion: options.strictRegion ?? false,
    throttle: { ...DEFAULT_THROTTLE, ...options.throttle },
    buildWorld: (seed) => buildWorld(seed as SeedName, clock),
    seed: options.seed ?? 'demo',
  })
  if (options.faults) engine.setFaults(options.faults)
  const server = createServer((req, res) => {
    engine.handle(req, res).catch((err: unknown) => {
      console.error('[sim] request failed', err)
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end('{"Errors":[{"Code":"0","Type":"DefaultError","Details":"internal error"}]}')
      }
    })
  })
  server.requestTimeout = 30_000
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    port,
    reset: (seed) => engine.reset(seed),
    advance: (ms) => engine.advance(ms),
    now: () => clock.now(),
    stats: () => engine.stats.snapshot(),
    setFaults: (faults) => engine.setFaults(faults),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}
