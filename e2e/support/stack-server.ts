// One worker's whole stack in one process, through each app's library entry point: the simulator (demo seed,
// manual clock), the dev IdP when sign-in exists, and the BFF serving the built SPA from a fresh data dir.
// Run by support/stack.ts with tsx; prints one `READY {json}` line, and closes everything on SIGTERM.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createServer as createHttpServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')
const withSignIn =
  existsSync(join(root, 'apps/bff/src/auth/index.ts')) && existsSync(join(root, 'apps/idp/src/index.ts'))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

const closers: Array<() => Promise<unknown>> = []
const dataDir = mkdtempSync(join(tmpdir(), 'osc-console-e2e-'))

async function main() {
  const { demoConsoleAccounts, startSimulator } = await import('@osc-console/sim')
  const sim = await startSimulator({ port: 0, seed: 'demo', clock: 'manual' })
  closers.push(() => sim.close())

  const bffPort = await freePort()
  const publicUrl = `http://127.0.0.1:${bffPort}`
  let auth: Record<string, unknown> = { mode: 'none' }
  let idpUrl: string | undefined
  let controlUrl: string | undefined
  if (withSignIn) {
    const { startIdp, DEMO_USERS } = await import('@osc-console/idp')
    // The IdP's people, whose groups a story may change as an administrator would in the directory.
    const people = DEMO_USERS.map((u) => ({ ...u, groups: [...u.groups] }))
    controlUrl = await startPeopleControl(people)
    const idp = await startIdp({
      port: 0,
      people,
      clients: [
        {
          clientId: 'osc-console',
          clientSecret: 'osc-console-dev-secret',
          redirectUris: [`${publicUrl}/auth/callback`],
          postLogoutRedirectUris: [`${publicUrl}/`, `${publicUrl}/signed-out`],
        },
      ],
    })
    closers.push(() => idp.close())
    idpUrl = idp.url
    auth = {
      mode: 'oidc',
      oidc: { issuer: idp.url, clientId: 'osc-console', clientSecret: { value: 'osc-console-dev-secret' } },
      // Groups are read again every 6 s rather than 15 min, so a story sees a change of group apply.
      session: { groupsRefreshMinutes: 0.1 },
    }
  }

  const config = {
    publicUrl,
    listen: { host: '127.0.0.1', port: bffPort },
    dataDir,
    auth,
    bindings: [
      { group: 'console-admins', role: 'admin', accounts: ['*'] },
      { group: 'console-operators', role: 'operator', accounts: ['*'] },
      { group: 'console-viewers', role: 'viewer', accounts: ['*'] },
      { group: 'finance', role: 'billing', accounts: ['*'] },
    ],
    accounts: demoConsoleAccounts(sim.url),
    // Each story resets the simulator: a cached read from the story before must never show up in the next one.
    proxy: { cacheTtlMs: { default: 0 }, rateLimit: { perSecond: 200, burst: 400, maxQueueMs: 2000 } },
    // Quotas sampled every 3 s rather than every hour, so a story sees a quota's trend drawn within seconds.
    quotas: { sampleMinutes: 0.05 },
  }
  const configPath = join(dataDir, 'console.json')
  writeFileSync(configPath, JSON.stringify(config, null, 2))
  const { start } = await import('@osc-console/bff')
  const bff = await start({
    configPath,
    port: bffPort,
    host: '127.0.0.1',
    staticDir: process.env.E2E_WEB_DIST ?? join(root, 'apps/web/dist'),
  })
  closers.push(() => bff.close())

  console.log(
    `READY ${JSON.stringify({ baseUrl: bff.url, simUrl: sim.url, idpUrl, controlUrl, auth: auth.mode })}`,
  )
}

/** PUT /people/<username>/groups with a JSON array of group names: the IdP says those groups from now on. */
async function startPeopleControl(people: { username: string; groups: string[] }[]): Promise<string> {
  const server = createHttpServer((req, res) => {
    const match = /^\/people\/([a-z]+)\/groups$/.exec(req.url ?? '')
    const person = match && people.find((p) => p.username === match[1])
    if (req.method !== 'PUT' || !person) return void res.writeHead(404).end()
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      const groups: unknown = JSON.parse(body)
      if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string'))
        return void res.writeHead(400).end('a JSON array of group names')
      person.groups = groups
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise((resolve) => server.close(resolve)))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('the people control server has no port')
  return `http://127.0.0.1:${address.port}`
}

async function shutdown(code: number) {
  for (const close of closers.reverse()) await close().catch(() => undefined)
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}

process.on('SIGTERM', () => void shutdown(0))
process.on('SIGINT', () => void shutdown(0))
main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  void shutdown(1)
})
