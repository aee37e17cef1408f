// `npm start` and `npm run dev`: the whole console on this machine — simulator (the default cloud), dev identity
// provider, BFF serving the built SPA — each as a child process with prefixed logs. It starts whatever exists, so
// a fresh clone never fails while parts are still missing, and Ctrl-C stops everything.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { PNPM } from './pnpm.ts'
import { readOwnConfiguration, type OwnConfiguration } from './own-config.ts'

const root = join(import.meta.dirname, '..')
const mode = process.argv[2] === 'dev' ? 'dev' : 'start'
const at = (...parts: string[]) => join(root, ...parts)
const tsx = at('node_modules', '.bin', 'tsx')

const SIM_PORT = 8181
const IDP_PORT = 8282

// A configuration of one's own (OSC_CONSOLE_CONFIG) replaces the demo: read and checked before anything starts.
let own: OwnConfiguration | undefined
if (process.env.OSC_CONSOLE_CONFIG) {
  const read = readOwnConfiguration(root, process.env.OSC_CONSOLE_CONFIG, SIM_PORT, IDP_PORT)
  if ('problem' in read) {
    console.error(`OSC_CONSOLE_CONFIG: ${read.problem}`)
    process.exit(2)
  }
  own = read
}

const BFF_PORT = Number(process.env.PORT || own?.listenPort || 8080)
if (!Number.isInteger(BFF_PORT) || BFF_PORT <= 0 || BFF_PORT > 65535) {
  console.error(`PORT must be a port number (1–65535), got "${process.env.PORT}".`)
  process.exit(2)
}
const VITE_PORT = 5173
// The origin the browser uses: in dev, Vite serves the pages and forwards /api and /auth to the BFF.
const publicUrl =
  mode === 'dev'
    ? `http://localhost:${VITE_PORT}`
    : (process.env.PUBLIC_URL ?? (own && !process.env.PORT ? own.publicUrl : `http://localhost:${BFF_PORT}`))

// The demo accounts of the simulator's `demo` seed; the BFF's demo config reads them from these variables.
const demoEnv = {
  OSC_DEMO_EU_ACCESS_KEY: 'AKDEMO00000000000001',
  OSC_DEMO_EU_SECRET_KEY: 'SKDEMO0000000000000000000000000000000001',
  OSC_DEMO_US_ACCESS_KEY: 'AKDEMO00000000000002',
  OSC_DEMO_US_SECRET_KEY: 'SKDEMO0000000000000000000000000000000002',
  OIDC_CLIENT_SECRET: 'osc-console-dev-secret',
}

// The demo configuration: the simulator's two demo accounts, sign-in through the dev IdP with the demo groups.
const demoConfig = at('apps/bff/config/demo.yaml')

type Part = {
  name: string
  entry: string // the file that must exist for the part to start
  args: string[]
  env?: Record<string, string>
  port: number
  ready: string // a URL that answers once the part is up
  command?: string[] // instead of `tsx [watch] entry args`
  cwd?: string
}

const allParts: Part[] = [
  {
    name: 'sim',
    entry: 'apps/sim/src/cli.ts',
    args: ['--port', String(SIM_PORT), '--seed', 'demo'],
    port: SIM_PORT,
    ready: `http://127.0.0.1:${SIM_PORT}/_sim/stats`,
  },
  {
    name: 'idp',
    entry: 'apps/idp/src/cli.ts',
    args: ['--port', String(IDP_PORT), '--redirect-uri', `${publicUrl}/auth/callback`],
    port: IDP_PORT,
    ready: `http://127.0.0.1:${IDP_PORT}/.well-known/openid-configuration`,
  },
  {
    name: 'bff',
    entry: 'apps/bff/src/main.ts',
    args: ['--config', own?.path ?? demoConfig],
    env: { ...(own ? {} : demoEnv), PORT: String(BFF_PORT), PUBLIC_URL: publicUrl },
    port: BFF_PORT,
    ready: `http://127.0.0.1:${BFF_PORT}/healthz`,
  },
  ...(mode === 'dev'
    ? [
        {
          name: 'web',
          entry: 'apps/web/index.html',
          args: [],
          env: { OSC_CONSOLE_BFF_URL: `http://127.0.0.1:${BFF_PORT}` },
          port: VITE_PORT,
          ready: `http://127.0.0.1:${VITE_PORT}/`,
          command: [at('apps/web/node_modules/.bin/vite'), '--port', String(VITE_PORT), '--strictPort'],
          cwd: at('apps/web'),
        },
      ]
    : []),
]

// With a configuration of one's own, the simulator and the dev IdP start only when it points at them.
const parts = allParts.filter(
  (part) => !own || (part.name === 'sim' ? own.needsSimulator : part.name === 'idp' ? own.needsIdp : true),
)

const colours = [36, 35, 33, 32, 34]
const children: ChildProcess[] = []
let stopping = false

function say(line: string) {
  console.log(`\x1b[1m[stack]\x1b[0m ${line}`)
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

// The BFF serves apps/web/dist: rebuild it when it is missing or older than what it is built from.
function buildWebIfStale() {
  if (!existsSync(at('apps/web/index.html')))
    return say('apps/web is not there yet: the BFF serves no pages.')
  const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/data/src']
  const newest = Math.max(...sources.map((source) => newestMtime(at(source))))
  if (existsSync(at('apps/web/dist/index.html')) && newestMtime(at('apps/web/dist')) >= newest) return
  say('Building the web app (apps/web/dist is missing or older than its sources)…')
  const [bin, ...pre] = PNPM
  const result = spawnSync(bin!, [...pre, '--filter', '@osc-console/web', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) say('The web app did not build (see above): the BFF serves the API only.')
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

function prefixLines(name: string, colour: number, stream: NodeJS.ReadableStream | null) {
  let buffer = ''
  stream?.setEncoding('utf8')
  stream?.on('data', (chunk: string) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) console.log(`\x1b[${colour}m[${name}]\x1b[0m ${line}`)
  })
}

function launch(part: Part, colour: number): ChildProcess {
  const [bin, ...args] = part.command ?? [
    tsx,
    ...(mode === 'dev' ? ['watch'] : []),
    at(part.entry),
    ...part.args,
  ]
  const child = spawn(bin!, args, {
    cwd: part.cwd ?? root,
    env: { ...process.env, ...part.env, FORCE_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  prefixLines(part.name, colour, child.stdout)
  prefixLines(part.name, colour, child.stderr)
  children.push(child)
  return child
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) })
    return true // any HTTP answer means the server is listening
  } catch {
    return false
  }
}

async function waitUntilReady(part: Part, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    if (await answers(part.ready)) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

function stopAll(code: number) {
  if (stopping) return
  stopping = true
  say('Stopping…')
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  // A part that ignores SIGTERM must not keep the terminal: give them a few seconds, then leave.
  const timer = setTimeout(() => process.exit(code), 5000)
  timer.unref()
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  )
}

async function main() {
  process.on('SIGINT', () => stopAll(0))
  process.on('SIGTERM', () => stopAll(0))
  if (mode === 'start') buildWebIfStale()

  const started: string[] = []
  const missing: string[] = []
  for (const [index, part] of parts.entries()) {
    if (!existsSync(at(part.entry))) {
      missing.push(`${part.name} (${part.entry} is not there yet)`)
      continue
    }
    if (!(await portIsFree(part.port))) {
      missing.push(`${part.name} (port ${part.port} is taken: is another console running? Stop it and retry)`)
      continue
    }
    const child = launch(part, colours[index % colours.length]!)
    if (await waitUntilReady(part, child)) {
      started.push(part.name)
      child.once('exit', (code) => {
        if (stopping) return
        say(`${part.name} stopped unexpectedly (exit code ${code}); stopping the rest.`)
        stopAll(1)
      })
    } else {
      child.kill('SIGTERM')
      missing.push(`${part.name} (did not start: see its log above)`)
    }
  }

  const lines = [
    '',
    started.length ? `Running: ${started.join(', ')}` : 'Nothing could start yet.',
    ...(missing.length ? [`Not running: ${missing.join('; ')}`] : []),
  ]
  if (started.includes('bff')) {
    lines.push('', `  OSC Console   ${publicUrl}`)
    if (own) lines.push(...own.summary)
    if (started.includes('idp'))
      lines.push(
        '  Sign in as    alice (admin), oscar (operator), vera (viewer), bill (billing), nobody (no access) — password "demo"',
      )
    else if (!own) lines.push('  Sign-in       none yet: you are the local user with admin rights')
  }
  if (started.includes('sim') && !own) {
    lines.push(
      '',
      `  Simulator     http://127.0.0.1:${SIM_PORT}  (the OUTSCALE API: POST /api/v1/<Action>, signed with SigV4)`,
      '    123456789012 eu-west-2  AK AKDEMO00000000000001  SK SKDEMO0000000000000000000000000000000001  login demo@example.com / demo',
      '    210987654321 us-east-2  AK AKDEMO00000000000002  SK SKDEMO0000000000000000000000000000000002  login demo-us@example.com / demo',
    )
  }
  if (started.length) lines.push('', 'Press Ctrl-C to stop.')
  say(lines.join('\n'))
  if (!started.length) process.exit(0)
}

await main()
