// A web page that rebinds its own name to the console's address is, for the browser, on the same origin as the
// console: it may send any header and read every answer. The console answers only requests addressed to its
// public host, and takes a state-changing request only from its own origin — on Express's routes and on the
// proxy's fast path alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from '../harness.ts'
import { rawRequest } from './raw-http.ts'

const PUBLIC = 'http://localhost:8080'
const REBOUND = 'rebind.evil:8080'

/** What the rebinding page's fetch sends: for the browser it is a same-origin request to rebind.evil. */
const fromRebindingPage = (extra: Record<string, string> = {}) => ({
  Host: REBOUND,
  Origin: `http://${REBOUND}`,
  'Sec-Fetch-Site': 'same-origin',
  'X-Requested-With': 'osc-console',
  'Content-Type': 'application/json',
  ...extra,
})

function errorOf(text: string): ErrorJson['error'] {
  return (JSON.parse(text) as ErrorJson).error
}

describe('without sign-in (auth.mode none, the local admin)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })
  const creates = () => h.sim.stats().byAction.CreateTags ?? 0

  it('refuses a read addressed to another host, and says where the console is', async () => {
    const answer = await rawRequest(h.bff.url, '/api/me', { headers: { Host: REBOUND } })
    expect(answer.status).toBe(421)
    const error = errorOf(answer.text)
    expect(error).toMatchObject({ kind: 'not-allowed', status: 421, source: 'console' })
    expect(error.message).toContain(`Open ${PUBLIC}/`)
    expect(answer.text).not.toContain('Local user')
  })

  it('refuses a change sent through the fast path (exact JSON content type), before anything is signed', async () => {
    const before = creates()
    const answer = await rawRequest(h.bff.url, '/api/osc/demo-eu/CreateTags', {
      method: 'POST',
      headers: fromRebindingPage(),
      body: JSON.stringify({ ResourceIds: ['vol-12345678'], Tags: [{ Key: 'owned', Value: 'yes' }] }),
    })
    expect(answer.status).toBe(421)
    expect(creates()).toBe(before)
  })

  it('refuses a change sent through the Express route (another JSON content type)', async () => {
    const before = creates()
    const answer = await rawRequest(h.bff.url, '/api/osc/demo-eu/CreateTags', {
      method: 'POST',
      headers: fromRebindingPage({ 'Content-Type': 'application/json; charset=UTF-8' }),
      body: JSON.stringify({ ResourceIds: ['vol-12345678'], Tags: [{ Key: 'owned', Value: 'yes' }] }),
    })
    expect(answer.status).toBe(421)
    expect(creates()).toBe(before)
    const logout = await rawRequest(h.bff.url, '/auth/logout', {
      method: 'POST',
      headers: fromRebindingPage(),
    })
    expect(logout.status).toBe(421)
  })

  it('refuses a change whose Origin is another site even when Sec-Fetch-Site says same-origin', async () => {
    for (const route of ['/api/osc/demo-eu/ReadVms', '/api/operations']) {
      const answer = await rawRequest(h.bff.url, route, {
        method: 'POST',
        headers: fromRebindingPage({ Host: 'localhost:8080' }),
        body: '{}',
      })
      expect(answer.status, route).toBe(403)
      expect(errorOf(answer.text).message).toContain(`does not come from the console's own page (${PUBLIC})`)
    }
  })

  it('shows a person who opened the console at another address a page with the right one', async () => {
    const answer = await rawRequest(h.bff.url, '/vms', { headers: { Host: REBOUND, Accept: 'text/html' } })
    expect(answer.status).toBe(421)
    expect(answer.headers['content-type']).toMatch(/text\/html/)
    expect(answer.text).toContain(`href="${PUBLIC}/"`)
    expect(answer.headers['x-request-id']).toBeDefined()
  })

  it('answers the health probes and metrics whatever the Host (probes address the process by its IP)', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const answer = await rawRequest(h.bff.url, path, { headers: { Host: '10.1.2.3:8080' } })
      expect(answer.status, path).toBe(200)
    }
  })

  it('still serves the console at its own address and at the loopback names of this machine', async () => {
    for (const host of ['localhost:8080', new URL(h.bff.url).host]) {
      const answer = await rawRequest(h.bff.url, '/api/osc/demo-eu/ReadVms', {
        method: 'POST',
        headers: fromRebindingPage({ Host: host, Origin: PUBLIC }),
        body: '{}',
      })
      expect(answer.status, host).toBe(200)
    }
  })
})

describe('behind an authenticating proxy on loopback', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({
      auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
      bindings: [{ group: 'admins', role: 'admin', accounts: ['*'] }],
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('refuses identity headers written by a rebinding page', async () => {
    const before = h.sim.stats().byAction.CreateTags ?? 0
    const answer = await rawRequest(h.bff.url, '/api/osc/demo-eu/CreateTags', {
      method: 'POST',
      headers: fromRebindingPage({ 'X-Forwarded-User': 'ada', 'X-Forwarded-Groups': 'admins' }),
      body: JSON.stringify({ ResourceIds: ['vol-12345678'], Tags: [{ Key: 'owned', Value: 'yes' }] }),
    })
    expect(answer.status).toBe(421)
    expect(h.sim.stats().byAction.CreateTags ?? 0).toBe(before)
  })
})
