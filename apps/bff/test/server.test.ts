import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from './harness.ts'
import { seriesValue } from './metrics-text.ts'

let h: Harness
const web = mkdtempSync(join(tmpdir(), 'osc-console-web-'))
mkdirSync(join(web, 'assets'))
writeFileSync(join(web, 'index.html'), '<!doctype html><title>OSC Console</title><div id="root"></div>')
writeFileSync(join(web, 'assets', 'index-Bx7Qk2aZ.js'), `console.log(${JSON.stringify('x'.repeat(4000))})`)
writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')

beforeAll(async () => {
  h = await startHarness({ staticDir: web, proxy: { cacheTtlMs: { default: 60_000 } } })
})
afterAll(async () => {
  await h?.close()
})

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

describe('state-changing requests', () => {
  it('are refused without the X-Requested-With header', async () => {
    const response = await fetch(`${h.bff.url}/api/osc/demo-eu/ReadVms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:8080' },
      body: '{}',
    })
    expect(response.status).toBe(403)
    expect((await json<ErrorJson>(response)).error.message).toMatch(/X-Requested-With/)
  })

  it('are refused from another site', async () => {
    const cross = await h.call('demo-eu', 'ReadVms', {}, { Origin: 'https://evil.example' })
    expect(cross.status).toBe(403)
    const fetchSite = await h.call('demo-eu', 'ReadVms', {}, { 'Sec-Fetch-Site': 'cross-site' })
    expect(fetchSite.status).toBe(403)
    // Sec-Fetch-Site says what the browser thinks; an Origin that is not the console's still refuses the call.
    const otherOrigin = await h.call(
      'demo-eu',
      'ReadVms',
      {},
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'https://x' },
    )
    expect(otherOrigin.status).toBe(403)
    const sameOrigin = await h.call('demo-eu', 'ReadVms', {}, { 'Sec-Fetch-Site': 'same-origin' })
    expect(sameOrigin.status).toBe(200)
  })

  it('must be JSON, within the size limit', async () => {
    const text = await fetch(`${h.bff.url}/api/osc/demo-eu/ReadVms`, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain',
        'X-Requested-With': 'osc-console',
        Origin: 'http://localhost:8080',
      },
      body: '{}',
    })
    expect(text.status).toBe(415)
    const big = await h.call('demo-eu', 'CreateTags', { ResourceIds: ['x'.repeat(2_000_000)], Tags: [] })
    expect(big.status).toBe(413)
    expect((await json<ErrorJson>(big)).error.kind).toBe('invalid-request')
    const broken = await fetch(`${h.bff.url}/api/osc/demo-eu/ReadVms`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'osc-console',
        Origin: 'http://localhost:8080',
      },
      body: '{"Filters":',
    })
    expect(broken.status).toBe(400)
    const body = await broken.text()
    expect(body).not.toMatch(/at .*\.(js|ts):\d+/)
  })
})

describe('operations endpoints', () => {
  it('answer /healthz, /readyz and /metrics', async () => {
    expect(await json(await h.get('/healthz'))).toEqual({ status: 'ok' })
    expect(await json(await h.get('/readyz'))).toMatchObject({ status: 'ready', storage: 'ok' })
    await h.call('demo-eu', 'ReadVolumes', {})
    await h.call('demo-eu', 'ReadVolumes', {})
    const metrics = await (await h.get('/metrics')).text()
    const route = '/api/osc/:account/:action'
    const labels = { action: 'ReadVolumes', method: 'POST', route, status: '200' }
    expect(seriesValue(metrics, 'osc_console_http_requests_total', labels)).toBe(2)
    expect(seriesValue(metrics, 'osc_console_read_cache_total', { result: 'hit' })).toBe(1)
    expect(seriesValue(metrics, 'osc_console_upstream_responses_total', { status: '200' })).toBeGreaterThan(0)
    const proxied = { action: 'ReadVolumes', status: '200', le: '+Inf' }
    expect(seriesValue(metrics, 'osc_console_proxy_call_duration_seconds_bucket', proxied)).toBe(2)
    // Every series names the replica that answers, and the process's own figures are there.
    expect(metrics).toMatch(/osc_console_http_requests_total\{[^}]*replica="[^"]+"/)
    expect(metrics).toMatch(/^osc_console_process_resident_memory_bytes\{replica="[^"]+"\} \d+/m)
  })

  it('set strict security headers and a request id on every answer', async () => {
    const response = await h.get('/')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-request-id')).toBeTruthy()
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('answers an unknown API path with the error shape', async () => {
    const response = await h.get('/api/nothing-here')
    expect(response.status).toBe(404)
    expect((await json<ErrorJson>(response)).error.kind).toBe('not-found')
  })
})

describe('proxied calls, answered without the Express router', () => {
  it('carry the request id, Server-Timing, security headers and no-store', async () => {
    const response = await h.call('demo-eu', 'ReadVms', {}, { 'X-Request-Id': 'fast-path-0001' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe('fast-path-0001')
    expect(response.headers.get('server-timing')).toMatch(/^bff;dur=[\d.]+, upstream;dur=[\d.]+$/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('vary')).toContain('Accept-Encoding')
  })

  it('compress a large answer when the browser accepts it, and only then', async () => {
    const zipped = await h.call('demo-eu', 'ReadImages', {}, { 'Accept-Encoding': 'gzip' })
    expect(zipped.status).toBe(200)
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    const body = await json<{ Images: unknown[] }>(zipped)
    expect(body.Images.length).toBeGreaterThan(0)
    const plain = await h.call('demo-eu', 'ReadImages', {}, { 'Accept-Encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(1024)
  })

  it('answer a body that is not JSON with the documented error and its request id', async () => {
    const response = await fetch(`${h.bff.url}/api/osc/demo-eu/ReadVms`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'osc-console',
        Origin: 'http://localhost:8080',
        'X-Request-Id': 'fast-path-0002',
      },
      body: '{not json',
    })
    expect(response.status).toBe(400)
    // A refusal goes out with the headers of every answer, though the proxy did not produce it.
    expect(response.headers.get('x-request-id')).toBe('fast-path-0002')
    expect(response.headers.get('server-timing')).toMatch(/^bff;dur=[\d.]+$/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('vary')).toContain('Accept-Encoding')
    const error = (await json<ErrorJson>(response)).error
    expect(error.kind).toBe('invalid-request')
    expect(error.requestId).toBe('fast-path-0002')
  })

  it('refuse an unknown action with the documented error', async () => {
    const response = await h.call('demo-eu', 'ReadNothing')
    expect(response.status).toBe(404)
    expect((await json<ErrorJson>(response)).error.kind).toBe('unknown-action')
  })
})

describe('metrics behind a bearer token', () => {
  it('are refused without the configured token, and served with it', async () => {
    const guarded = await startHarness({
      metrics: { tokenEnv: 'METRICS_TOKEN' },
      env: { METRICS_TOKEN: 'scraper-token-0123456789' },
    })
    try {
      const bare = await guarded.get('/metrics')
      expect(bare.status).toBe(401)
      expect(bare.headers.get('www-authenticate')).toContain('Bearer')
      expect((await json<ErrorJson>(bare)).error.message).toContain('metrics.tokenEnv')
      const wrong = await fetch(`${guarded.bff.url}/metrics`, {
        headers: { Authorization: 'Bearer scraper-token-0123456788' },
      })
      expect(wrong.status).toBe(401)
      const right = await fetch(`${guarded.bff.url}/metrics`, {
        headers: { Authorization: 'Bearer scraper-token-0123456789' },
      })
      expect(right.status).toBe(200)
      expect(await right.text()).toContain('osc_console_http_requests_total')
    } finally {
      await guarded.close()
    }
  })
})

describe('the single-page application', () => {
  it('serves hashed assets as immutable, compressed', async () => {
    const response = await fetch(`${h.bff.url}/assets/index-Bx7Qk2aZ.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('immutable')
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })

  it('serves index.html uncached, and falls back to it for client routes', async () => {
    const root = await h.get('/')
    expect(root.headers.get('cache-control')).toBe('no-cache')
    expect(await root.text()).toContain('<div id="root">')
    const deep = await h.get('/accounts/demo-eu/vms/i-12345678')
    expect(deep.status).toBe(200)
    expect(deep.headers.get('cache-control')).toBe('no-cache')
    expect(await deep.text()).toContain('<div id="root">')
    expect((await h.get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache')
  })
})

describe('a console without a web build', () => {
  it('says to run npm run build', async () => {
    const bare = await startHarness()
    try {
      const text = await (await bare.get('/')).text()
      expect(text).toContain('npm run build')
    } finally {
      await bare.close()
    }
  })
})
