import { describe, expect, it } from 'vitest'
import { fromOutscaleError } from '../src/errors.ts'
import { parseByteSize } from '../src/json-body.ts'
import { backoffMs, resourceIdsOf, retryAfterMs } from '../src/proxy.ts'
import { canonicalJson, createReadCache, type CachedRead } from '../src/read-cache.ts'
import { paramsDigest } from '../src/redact.ts'
import { createRateLimiter, RateLimitExceeded } from '../src/upstream/rate-limiter.ts'

const answer = (text: string, fetchedAt = 1000): CachedRead => ({
  status: 200,
  text,
  fetchedAt,
  upstreamMs: 1,
  attempts: 1,
})

describe('read cache', () => {
  it('shares one load between callers in flight, then serves hits until just before the TTL ends', async () => {
    let now = 1000
    const cache = createReadCache(() => now)
    let loads = 0
    let release: (v: CachedRead) => void = () => undefined
    const load = () => {
      loads += 1
      return new Promise<CachedRead>((resolve) => (release = resolve))
    }
    const a = cache.get('acc', 'k', 2000, load)
    const b = cache.get('acc', 'k', 2000, load)
    release(answer('one', now))
    expect((await a).cache).toBe('miss')
    expect((await b).cache).toBe('coalesced')
    now = 2899
    expect((await cache.get('acc', 'k', 2000, load)).cache).toBe('hit')
    now = 2900
    const c = cache.get('acc', 'k', 2000, load)
    release(answer('two', now))
    expect(await c).toMatchObject({ cache: 'miss', value: { text: 'two' } })
    expect(loads).toBe(2)
  })

  it('drops an account’s entries on mutation and does not keep a read that was in flight across it', async () => {
    const cache = createReadCache(() => 1000)
    let release: (v: CachedRead) => void = () => undefined
    const inflight = cache.get(
      'acc',
      'k',
      2000,
      () => new Promise<CachedRead>((resolve) => (release = resolve)),
    )
    cache.invalidateAccount('acc')
    const after = cache.get('acc', 'k', 2000, async () => answer('fresh'))
    expect((await after).cache).toBe('miss')
    release(answer('stale'))
    await inflight
    expect((await cache.get('acc', 'k', 2000, async () => answer('x'))).value.text).toBe('fresh')
    await cache.get('other', 'k', 2000, async () => answer('other'))
    cache.invalidateAccount('acc')
    expect((await cache.get('other', 'k', 2000, async () => answer('y'))).cache).toBe('hit')
  })

  it('never keeps an error answer', async () => {
    const cache = createReadCache(() => 1000)
    await cache.get('acc', 'k', 2000, async () => ({ ...answer('err'), status: 500 }))
    expect((await cache.get('acc', 'k', 2000, async () => answer('ok'))).cache).toBe('miss')
  })

  it('treats bodies with keys in another order as the same read', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' })).toBe(
      canonicalJson({ a: 'x', b: [1, { c: 2, d: 1 }] }),
    )
    // The key is JSON: fields left undefined are absent, as JSON.stringify leaves them.
    const body = { z: null, a: [undefined, 'é"'], m: { y: undefined, x: 1.5, w: {} } }
    expect(canonicalJson(body)).toBe('{"a":[null,"é\\""],"m":{"w":{},"x":1.5},"z":null}')
    expect(JSON.parse(canonicalJson(body))).toEqual(JSON.parse(JSON.stringify(body)))
  })
})

describe('rate limiter', () => {
  it('lets one second of calls through, queues the next callers briefly and refuses beyond the queue limit', async () => {
    const limiter = createRateLimiter({ perSecond: 2, burst: 2, maxQueueMs: 1500 })
    expect(await limiter.acquire('a')).toBe(0)
    expect(await limiter.acquire('a')).toBe(0)
    // Three more callers queue for the next second, which has room for two: whichever two get there first go.
    const queued = Promise.allSettled([limiter.acquire('a'), limiter.acquire('a'), limiter.acquire('a')])
    expect(await limiter.acquire('b')).toBe(0)
    const settled = await queued
    const refused = settled.filter((s) => s.status === 'rejected')
    expect(refused).toHaveLength(1)
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(RateLimitExceeded)
    for (const s of settled.filter((s) => s.status === 'fulfilled')) {
      expect(s.value).toBeGreaterThan(800)
      expect(s.value).toBeLessThan(1300)
    }
  })
})

describe('retry timing', () => {
  it('uses full jitter from 100 ms, 500 ms when throttled, capped', () => {
    expect(backoffMs(1, false, () => 1)).toBe(100)
    expect(backoffMs(2, false, () => 1)).toBe(200)
    expect(backoffMs(1, true, () => 1)).toBe(500)
    expect(backoffMs(9, true, () => 1)).toBe(4000)
    expect(backoffMs(3, true, () => 0)).toBe(0)
  })

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('2')).toBe(2000)
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000)
    expect(retryAfterMs(undefined)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
  })
})

describe('error translation', () => {
  const ctx = { accountId: 'prod', action: 'DeleteVolume' }
  const body = (code: string) =>
    JSON.stringify({
      Errors: [{ Code: code, Type: 'T', Details: 'd' }],
      ResponseContext: { RequestId: 'r-1' },
    })
  it.each([
    [429, '24', 'throttled', true],
    [503, '6', 'throttled', true],
    [401, '1', 'credentials-refused', false],
    [401, '13', 'credentials-refused', false],
    [401, '5', 'not-allowed', false],
    [400, '4045', 'invalid-request', false],
    [400, '5063', 'not-found', false],
    [409, '9039', 'conflict', true],
    [400, '6003', 'invalid-state', false],
    [400, '10022', 'quota-exceeded', false],
    [500, '0', 'upstream-error', true],
    [503, '0', 'upstream-error', true],
  ])('HTTP %i code %s is %s', (status, code, kind, retryable) => {
    const error = fromOutscaleError(status, body(code), ctx)
    expect(error.body).toMatchObject({ kind, retryable, outscale: { code, requestId: 'r-1' } })
    expect(error.message).toMatch(/\.$|\. /)
  })
})

describe('audit helpers', () => {
  it('lists the resource ids named in a request and in a create answer', () => {
    expect(resourceIdsOf({ VmIds: ['i-1', 'i-2'], Filters: { VmIds: ['i-9'] } })).toEqual(['i-1', 'i-2'])
    expect(
      resourceIdsOf(
        { ImageId: 'ami-1' },
        JSON.stringify({ Vms: [{ VmId: 'i-3' }], ResponseContext: { RequestId: 'x' } }),
      ),
    ).toEqual(['ami-1', 'i-3'])
    expect(resourceIdsOf({ LoadBalancerName: 'web-lb', BackendVmIds: ['i-1'] })).toEqual(['web-lb', 'i-1'])
    expect(resourceIdsOf({ LoadBalancerNames: ['a', 'b'], Tags: [{ Key: 'env' }] })).toEqual(['a', 'b'])
  })

  it('removes the secret parameters the contract names from the parameter digest', () => {
    const digest = paramsDigest('CreateVms', { ImageId: 'ami-1', UserData: 'c2VjcmV0', ClientToken: 't' })
    expect(digest).not.toContain('c2VjcmV0')
    expect(digest).toContain('"ClientToken":"t"')
    const bgp = paramsDigest('CreateDirectLinkInterface', {
      DirectLinkId: 'dxcon-1',
      DirectLinkInterface: { BgpKey: 'hunter2', Vlan: 101 },
    })
    expect(bgp).not.toContain('hunter2')
    expect(bgp).toContain('"Vlan":101')
  })
})

describe('body size limit', () => {
  it('reads sizes written as bytes, kb or mb', () => {
    expect(parseByteSize('1mb')).toBe(1024 * 1024)
    expect(parseByteSize('100kb')).toBe(102400)
    expect(parseByteSize('512')).toBe(512)
    expect(() => parseByteSize('lots')).toThrow(/100kb or 1mb/)
  })
})
