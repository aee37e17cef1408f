// GET /api/me/address over real HTTP: the address a "my IP" rule would use, read through trusted proxies only.
import type { MeAddress } from '@osc-console/osc-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from './harness.ts'

const address = async (h: Harness, headers: Record<string, string> = {}) => {
  const res = await fetch(`${h.bff.url}/api/me/address`, { headers })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return (await res.json()) as MeAddress
}

describe('GET /api/me/address behind a trusted proxy (loopback, the default)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('answers the connection’s own address when no proxy forwarded one, and says it is not public', async () => {
    expect(await address(h)).toEqual({ address: '127.0.0.1', version: 4, viaProxy: false, isPublic: false })
  })

  it('answers the address the proxy forwarded, and says it came through a proxy', async () => {
    expect(await address(h, { 'x-forwarded-for': '198.51.100.7' })).toEqual({
      address: '198.51.100.7',
      version: 4,
      viaProxy: true,
      isPublic: true,
    })
    expect(await address(h, { 'x-forwarded-for': '2001:db8::7' })).toMatchObject({
      address: '2001:db8::7',
      version: 6,
      viaProxy: true,
    })
  })

  it('ignores what the browser wrote at the left of X-Forwarded-For', async () => {
    expect((await address(h, { 'x-forwarded-for': '203.0.113.99, 198.51.100.7' })).address).toBe(
      '198.51.100.7',
    )
  })
})

describe('GET /api/me/address when the peer is not a trusted proxy', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ auth: { proxy: { trustedProxies: ['10.20.30.40'] } } })
  })
  afterAll(async () => {
    await h.close()
  })

  it('does not believe X-Forwarded-For and answers the connection’s address', async () => {
    expect(await address(h, { 'x-forwarded-for': '198.51.100.7' })).toEqual({
      address: '127.0.0.1',
      version: 4,
      viaProxy: false,
      isPublic: false,
    })
  })
})

describe('GET /api/me/address without a signed-in person', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } } })
  })
  afterAll(async () => {
    await h.close()
  })

  it('is refused like every other console API call', async () => {
    const res = await fetch(`${h.bff.url}/api/me/address`, { headers: { accept: 'application/json' } })
    expect(res.status).toBe(401)
  })
})
