// The whole console (start()) signing people in through the development IdP and calling the simulator for them:
// the role decides before anything is signed, refusals and calls are audited under the person's name.
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoConsoleAccounts, startSimulator } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { start } from '../src/server.ts'
import type { RunningConsole } from '../src/server.ts'
import { Browser, CLIENT_SECRET, DEMO_BINDINGS, signIn, startTestIdp } from './auth-harness.ts'
import type { Me } from './auth-harness.ts'

type Sim = Awaited<ReturnType<typeof startSimulator>>
type Idp = Awaited<ReturnType<typeof startTestIdp>>
let sim: Sim
let idp: Idp
let bff: RunningConsole
let vmId = ''
let otherVmId = ''

// The public URL must carry the port the console listens on (it is the OIDC redirect URI), so pick it first.
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 'demo' })
  idp = await startTestIdp()
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'osc-auth-app-'))
  const config = parseConfig({
    publicUrl: `http://127.0.0.1:${port}`,
    listen: { host: '127.0.0.1', port },
    dataDir,
    auth: {
      mode: 'oidc',
      oidc: { issuer: idp.url, clientId: 'osc-console', clientSecret: { value: CLIENT_SECRET } },
    },
    bindings: DEMO_BINDINGS,
    // One account, so that each person's /api/me lists exactly one role.
    accounts: demoConsoleAccounts(sim.url).filter((account) => account.id === 'demo-eu'),
    proxy: { rateLimit: { perSecond: 1000, burst: 1000, maxQueueMs: 2000 } },
  })
  bff = await start({
    config,
    logger: createLogger({ level: 'silent' }),
    staticDir: join(dataDir, 'no-web-build'),
  })
})

afterAll(async () => {
  await bff?.close()
  await idp?.close()
  await sim?.close()
})

const app = () => ({ url: bff.url })

async function person(username: string): Promise<Browser> {
  const browser = new Browser()
  const done = await signIn(browser, app(), username)
  expect(done.res.status).toBe(302)
  return browser
}

async function call(browser: Browser, action: string, body: unknown = {}) {
  const res = await browser.api(app(), `/api/osc/demo-eu/${action}`, body)
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { error?: Record<string, unknown> },
  }
}

interface AuditList {
  records: {
    kind: string
    action?: string
    role?: string
    result: string
    person: { issuer?: string; subject?: string; email?: string }
  }[]
}

describe('the console with OIDC sign-in', () => {
  it('shows each person their role from /api/me', async () => {
    for (const [username, role] of [
      ['alice', 'admin'],
      ['oscar', 'operator'],
      ['vera', 'viewer'],
      ['bill', 'billing'],
    ] as const) {
      const me = (await (await (await person(username)).api(app(), '/api/me')).json()) as Me
      expect([username, me.accounts.map((a) => a.role)]).toEqual([username, [role]])
    }
  })

  it('tells alice, who may list the access keys, which one the console signs with, and hides it from the others', async () => {
    const signingKey = demoConsoleAccounts(sim.url).find((a) => a.id === 'demo-eu')?.credentials
    const expected = signingKey && 'accessKey' in signingKey ? signingKey.accessKey : 'none'
    const accountOf = async (username: string) =>
      ((await (await (await person(username)).api(app(), '/api/me')).json()) as Me).accounts[0]
    const alice = await accountOf('alice')
    expect(alice?.consoleAccessKeyId).toBe(expected)
    // The key is listed by ReadAccessKeys, so alice's page can mark it; never the secret.
    const keys = await call(await person('alice'), 'ReadAccessKeys')
    expect((keys.body.AccessKeys as { AccessKeyId: string }[]).map((k) => k.AccessKeyId)).toContain(expected)
    expect(JSON.stringify(alice)).not.toContain(
      signingKey && 'secretKey' in signingKey ? signingKey.secretKey : '?',
    )
    for (const username of ['oscar', 'vera', 'bill']) {
      expect([username, (await accountOf(username))?.consoleAccessKeyId]).toEqual([username, undefined])
    }
  })

  it('never sends ReadSecretAccessKey, not even for alice, although the simulator answers it', async () => {
    const refused = await call(await person('alice'), 'ReadSecretAccessKey', {
      AccessKeyId: 'AKDEMO00000000000001',
    })
    expect(refused.status).toBe(404)
    expect(refused.body.error).toMatchObject({ kind: 'unknown-action' })
    expect(JSON.stringify(refused.body)).not.toContain('SKDEMO')
    expect(sim.stats().byAction.ReadSecretAccessKey).toBeUndefined()
  })

  it('lets vera read VMs from the simulator and refuses StopVms before signing it, audited', async () => {
    const vera = await person('vera')
    const read = await call(vera, 'ReadVms')
    expect(read.status).toBe(200)
    const vms = read.body.Vms as { VmId: string; State: string }[]
    expect(vms.length).toBeGreaterThan(0)
    const running = vms.filter((v) => v.State === 'running').map((v) => v.VmId)
    expect(running.length).toBeGreaterThan(1)
    vmId = running[0] ?? ''
    otherVmId = running[1] ?? ''
    const stop = await call(vera, 'StopVms', { VmIds: [vmId] })
    expect(stop.status).toBe(403)
    expect(stop.body.error).toMatchObject({ kind: 'not-allowed', status: 403 })
    expect(String(stop.body.error?.message)).toContain('StopVms')

    const alice = await person('alice')
    const audit = (await (await alice.api(app(), '/api/audit?action=StopVms&limit=50')).json()) as AuditList
    expect(
      audit.records.some(
        (r) =>
          r.kind === 'refusal' &&
          r.result === 'refused' &&
          r.role === 'viewer' &&
          r.person.subject === 'vera' &&
          r.person.email === 'vera.nowak@example.com' &&
          r.person.issuer === idp.url,
      ),
    ).toBe(true)
  })

  it('lets oscar stop a VM, audited with his name and role, and refuses him CreateAccessKey', async () => {
    const oscar = await person('oscar')
    const stop = await call(oscar, 'StopVms', { VmIds: [vmId] })
    expect(stop.status).toBe(200)
    expect(await call(oscar, 'CreateAccessKey')).toMatchObject({ status: 403 })
    const alice = await person('alice')
    const audit = (await (await alice.api(app(), '/api/audit?action=StopVms&limit=50')).json()) as AuditList
    expect(
      audit.records.some(
        (r) =>
          r.kind === 'call' &&
          r.result === 'success' &&
          r.role === 'operator' &&
          r.person.subject === 'oscar',
      ),
    ).toBe(true)
  })

  it('lets alice do both', async () => {
    const alice = await person('alice')
    expect((await call(alice, 'StopVms', { VmIds: [otherVmId] })).status).toBe(200)
    expect((await call(alice, 'CreateAccessKey')).status).toBe(200)
  })

  it('lets bill read consumption and refuses him the VMs', async () => {
    const bill = await person('bill')
    const consumption = await call(bill, 'ReadConsumptionAccount', {
      FromDate: '2026-01-01',
      ToDate: '2026-02-01',
    })
    expect(consumption.status).toBe(200)
    expect((await call(bill, 'ReadVms')).status).toBe(403)
  })

  it('refuses nobody at sign-in and every /api call without a session', async () => {
    const browser = new Browser()
    const done = await signIn(browser, app(), 'nobody')
    expect(done.res.status).toBe(403)
    const res = await call(browser, 'ReadVms')
    expect(res.status).toBe(401)
    expect(res.body.error).toMatchObject({ kind: 'session-expired' })
  })
})
