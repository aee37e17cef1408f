// Which roles can list server certificates, the list an HTTPS or SSL listener picks its certificate from. The
// answer of ReadServerCertificates carries names, ids, ORNs, paths and dates, never the private key, so it is an
// ordinary read: an operator who may add an HTTPS listener can pick its certificate, and a viewer sees which exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Me } from '@osc-console/osc-api'
import { startHarness, type Harness } from './harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness({
    auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
    bindings: [
      { group: 'admins', role: 'admin', accounts: ['*'] },
      { group: 'ops', role: 'operator', accounts: ['*'] },
      { group: 'viewers', role: 'viewer', accounts: ['*'] },
    ],
  })
})
afterAll(async () => {
  await h?.close()
})

const as = (user: string, group: string) => ({
  'X-Forwarded-User': user,
  'X-Forwarded-Email': `${user}@example.com`,
  'X-Forwarded-Groups': group,
})
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nnot-a-real-key-material\n-----END PRIVATE KEY-----'

describe('listing server certificates for an HTTPS listener', () => {
  it('answers names, ids and ORNs without the private key', async () => {
    const created = await h.call(
      'demo-eu',
      'CreateServerCertificate',
      {
        Name: 'shop-tls',
        Body: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----',
        PrivateKey: PRIVATE_KEY,
      },
      as('ada', 'admins'),
    )
    expect(created.status).toBe(200)
    const listed = await h.call('demo-eu', 'ReadServerCertificates', {}, as('ada', 'admins'))
    expect(listed.status).toBe(200)
    const text = await listed.text()
    expect(text).not.toContain('not-a-real-key-material')
    expect(text).not.toContain('PrivateKey')
    const certificates = (JSON.parse(text) as { ServerCertificates: Array<Record<string, unknown>> })
      .ServerCertificates
    expect(certificates.some((c) => c.Name === 'shop-tls')).toBe(true)
  })

  it('lists them for an operator, who may create an HTTPS listener with one', async () => {
    const listed = await h.call('demo-eu', 'ReadServerCertificates', {}, as('olga', 'ops'))
    expect(listed.status).toBe(200)

    const me = (await (await fetch(`${h.bff.url}/api/me`, { headers: as('olga', 'ops') })).json()) as Me
    const allowed = me.accounts.find((a) => a.id === 'demo-eu')?.allowedActions ?? []
    expect(allowed).toContain('CreateLoadBalancerListeners')
    expect(allowed).toContain('UpdateLoadBalancer')
    expect(allowed).toContain('ReadServerCertificates')
  })

  it('lists them for a viewer too', async () => {
    expect((await h.call('demo-eu', 'ReadServerCertificates', {}, as('vera', 'viewers'))).status).toBe(200)
  })
})
