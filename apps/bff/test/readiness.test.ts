// /readyz names each dependency: the database and Redis (a replica without them is taken out of the load
// balancer: 503) and the IdP's discovery (shared by every replica, so reported without a 503).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.ts'
import { start, type RunningConsole } from '../src/server.ts'
import { CLIENT_SECRET, startTestIdp } from './auth-harness.ts'
import { captureLogs, DEMO_EU } from './harness.ts'

const running: RunningConsole[] = []
afterAll(async () => {
  for (const r of running) await r.close()
})

async function launch(issuer: string): Promise<RunningConsole> {
  const bff = await start({
    config: parseConfig({
      dataDir: mkdtempSync(join(tmpdir(), 'osc-console-ready-')),
      auth: {
        mode: 'oidc',
        oidc: { issuer, clientId: 'osc-console', clientSecret: { value: CLIENT_SECRET } },
      },
      accounts: [
        { id: 'demo-eu', region: 'eu-west-2', endpoint: 'http://127.0.0.1:9', credentials: DEMO_EU },
      ],
    }),
    port: 0,
    host: '127.0.0.1',
    logger: captureLogs().logger,
    staticDir: '/nonexistent',
  })
  running.push(bff)
  return bff
}

describe('/readyz', () => {
  it('reports the database and the IdP discovery separately', async () => {
    const idp = await startTestIdp()
    try {
      const bff = await launch(idp.url)
      const res = await fetch(`${bff.url}/readyz`)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ status: 'ready', storage: 'ok', idp: 'ok' })
    } finally {
      await idp.close()
    }
  })

  it('stays ready but says so when the IdP cannot be reached', async () => {
    const bff = await launch('http://127.0.0.1:9/realms/none')
    const res = await fetch(`${bff.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ready', storage: 'ok', idp: 'unreachable' })
  })
})
