// Authentication as the API does it: aws4 and curl --aws-sigv4 signatures accepted; wrong secret, changed
// body, unknown key, stale date refused with 401 code 1; lockout after four bad signatures (code 13); Basic only
// where the spec allows it (code 9 elsewhere); public calls answer without credentials.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import aws4 from 'aws4'
import { describe, expect, it } from 'vitest'
import { startSimulator } from '../src/index.ts'
import { EU, call, expectOscError, simulatorForFile } from './helpers.ts'

const run = promisify(execFile)
const sim = await simulatorForFile({ seed: 'demo' }, { reset: false })

/** The headers of a ReadVms signed over `{}` as the EU demo account, for a test to tamper with. */
function signedReadVmsHeaders(): Record<string, string> {
  const signed = aws4.sign(
    {
      host: new URL(sim.url).host,
      path: '/api/v1/ReadVms',
      method: 'POST',
      service: 'api',
      region: 'eu-west-2',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    },
    { accessKeyId: EU.accessKeyId, secretAccessKey: EU.secretKey },
  )
  return { ...(signed.headers as Record<string, string>) }
}

async function curl(action: string, user: string, extra: string[] = []) {
  const { stdout } = await run('curl', [
    '-s',
    '-o',
    '-',
    '-w',
    '\n%{http_code}',
    '--aws-sigv4',
    'osc:osc:eu-west-2:api',
    '--user',
    user,
    '-H',
    'Content-Type: application/json',
    '-d',
    '{}',
    ...extra,
    `${sim.url}/api/v1/${action}`,
  ])
  const lines = stdout.trimEnd().split('\n')
  const status = Number(lines.pop())
  return {
    status,
    body: JSON.parse(lines.join('\n')) as { Errors?: Array<{ Code: string }>; Vms?: unknown[] },
  }
}

describe('SigV4 as clients send it', () => {
  it('accepts aws4 signatures with service "api" (and oapi, osc)', async () => {
    for (const service of ['api', 'oapi', 'osc']) {
      const r = await call(sim.url, 'ReadVms', {}, { service })
      expect(r.status).toBe(200)
      expect(r.body.ResponseContext?.RequestId).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('answers curl --aws-sigv4 "osc:osc:eu-west-2:api" (OSC4-HMAC-SHA256) with 200 on ReadVms and ReadQuotas', async () => {
    const vms = await curl('ReadVms', `${EU.accessKeyId}:${EU.secretKey}`)
    expect(vms.status).toBe(200)
    expect(Array.isArray(vms.body.Vms)).toBe(true)
    const quotas = await curl('ReadQuotas', `${EU.accessKeyId}:${EU.secretKey}`)
    expect(quotas.status).toBe(200)
  })

  it('refuses curl with a wrong secret key: 401 code 1', async () => {
    sim.reset('demo')
    const r = await curl('ReadVms', `${EU.accessKeyId}:${'X'.repeat(40)}`)
    expect(r.status).toBe(401)
    expect(r.body.Errors?.[0]?.Code).toBe('1')
  })

  it('accepts /api/latest/<Action> as well', async () => {
    const r = await call(sim.url, 'ReadVms', {}, { path: '/api/latest/ReadVms' })
    expect(r.status).toBe(200)
  })

  it('refuses a body changed after signing', async () => {
    sim.reset('demo')
    const headers = signedReadVmsHeaders()
    delete headers['Content-Length']
    const res = await fetch(`${sim.url}/api/v1/ReadVms`, {
      method: 'POST',
      headers,
      body: '{"Filters":{}}',
    })
    expect(res.status).toBe(401)
    expect(((await res.json()) as { Errors: Array<{ Code: string }> }).Errors[0]?.Code).toBe('1')
  })

  it('refuses an unknown access key and a missing signature with 401 code 1', async () => {
    expectOscError(await call(sim.url, 'ReadVms', {}, { accessKeyId: 'AKUNKNOWN00000000000' }), 401, '1')
    const res = await fetch(`${sim.url}/api/v1/ReadVms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(401)
  })

  it('refuses a signature dated more than 5 minutes away', async () => {
    sim.reset('demo')
    const stale = new Date(Date.now() - 6 * 60_000)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
    const r = await call(sim.url, 'ReadVms', {}, { headers: { 'X-Amz-Date': stale } })
    expectOscError(r, 401, '1')
    expect(r.body.Errors?.[0]?.Details).toMatch(/5 minutes/)
  })

  it('locks the key after four bad signatures in a row (code 13), until a minute has passed', async () => {
    sim.reset('demo')
    for (let i = 0; i < 4; i++)
      expectOscError(await call(sim.url, 'ReadVms', {}, { secretKey: 'W'.repeat(40) }), 401, '1')
    const locked = await call(sim.url, 'ReadVms')
    expectOscError(locked, 401, '13')
    sim.advance(61_000)
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })

  it('locks one minute longer for each further four bad signatures', async () => {
    sim.reset('demo')
    const bad = () => call(sim.url, 'ReadVms', {}, { secretKey: 'W'.repeat(40) })
    for (let i = 0; i < 4; i++) await bad()
    sim.advance(61_000)
    for (let i = 0; i < 4; i++) await bad()
    expectOscError(await call(sim.url, 'ReadVms'), 401, '13')
    sim.advance(61_000)
    expectOscError(await call(sim.url, 'ReadVms'), 401, '13')
    sim.advance(60_000)
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })

  it('refuses a signed header changed after signing', async () => {
    sim.reset('demo')
    const headers = { ...signedReadVmsHeaders(), 'Content-Type': 'application/json; charset=utf-8' }
    const res = await fetch(`${sim.url}/api/v1/ReadVms`, { method: 'POST', headers, body: '{}' })
    expect(res.status).toBe(401)
  })

  it('refuses a region other than the account’s in strict mode only', async () => {
    expect((await call(sim.url, 'ReadVms', {}, { region: 'us-west-1' })).status).toBe(200)
    const strict = await startSimulator({ port: 0, seed: 'empty', strictRegion: true })
    try {
      expectOscError(await call(strict.url, 'ReadVms', {}, { region: 'us-west-1' }), 401, '1')
      expect((await call(strict.url, 'ReadVms', {}, { region: 'eu-west-2' })).status).toBe(200)
    } finally {
      await strict.close()
    }
  })
})

describe('Basic auth and public calls', () => {
  const basic = (login: string, password: string) => ({
    Authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
    'X-Osc-Date': new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, ''),
    'Content-Type': 'application/json',
  })

  it('accepts login/password on ReadAccessKeys, a call whose security lists BasicAuth', async () => {
    const res = await fetch(`${sim.url}/api/v1/ReadAccessKeys`, {
      method: 'POST',
      headers: basic(EU.login, EU.password),
      body: '{}',
    })
    expect(res.status).toBe(200)
  })

  it('refuses login/password on ReadVms with 401 code 9', async () => {
    const res = await fetch(`${sim.url}/api/v1/ReadVms`, {
      method: 'POST',
      headers: basic(EU.login, EU.password),
      body: '{}',
    })
    expect(res.status).toBe(401)
    expect(((await res.json()) as { Errors: Array<{ Code: string }> }).Errors[0]?.Code).toBe('9')
  })

  it('refuses a wrong password with 401 code 1', async () => {
    const res = await fetch(`${sim.url}/api/v1/ReadAccessKeys`, {
      method: 'POST',
      headers: basic(EU.login, 'nope'),
      body: '{}',
    })
    expect(res.status).toBe(401)
  })

  it('answers a public call whatever its signature, and a bad one there locks nothing', async () => {
    sim.reset('demo')
    for (let i = 0; i < 5; i++) {
      expect((await call(sim.url, 'ReadVmTypes', {}, { secretKey: 'V'.repeat(40) })).status).toBe(200)
    }
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })

  it('answers ReadRegions, ReadVmTypes and ReadPublicCatalog without any credentials', async () => {
    for (const action of ['ReadRegions', 'ReadVmTypes', 'ReadPublicCatalog', 'ReadLocations']) {
      const res = await fetch(`${sim.url}/api/v1/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      expect(res.status, action).toBe(200)
    }
  })
})
