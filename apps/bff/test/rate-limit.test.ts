import { afterEach, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from './harness.ts'
import { seriesValue } from './metrics-text.ts'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('the per-account rate limiter', () => {
  it('queues calls beyond the burst briefly instead of failing them', async () => {
    h = await startHarness({ proxy: { rateLimit: { perSecond: 1, burst: 1, maxQueueMs: 2500 } } })
    const harness = h
    const started = Date.now()
    const answers = await Promise.all(
      [1, 2, 3].map((n) => harness.call('demo-eu', 'ReadVolumes', { Filters: { VolumeSizes: [n] } })),
    )
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    // Two calls waited for their second (one call a second).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
    const metrics = await (await harness.get('/metrics')).text()
    expect(seriesValue(metrics, 'osc_console_rate_limit_waits_total', { account: 'demo-eu' })).toBe(2)
    // The other account has its own bucket.
    expect((await harness.call('demo-us', 'ReadVolumes', {})).status).toBe(200)
    const after = await (await harness.get('/metrics')).text()
    expect(seriesValue(after, 'osc_console_rate_limit_waits_total', { account: 'demo-us' })).toBeUndefined()
  })

  it('refuses with a retryable throttled error when the queue would be too long', async () => {
    h = await startHarness({ proxy: { rateLimit: { perSecond: 1, burst: 1, maxQueueMs: 100 } } })
    const harness = h
    const before = harness.front.attempts.length
    const [first, second] = await Promise.all([
      harness.call('demo-eu', 'ReadVolumes', { Filters: { VolumeSizes: [1] } }),
      harness.call('demo-eu', 'ReadVolumes', { Filters: { VolumeSizes: [2] } }),
    ])
    expect(first?.status).toBe(200)
    expect(second?.status).toBe(429)
    const { error } = (await second!.json()) as ErrorJson
    expect(error).toMatchObject({ source: 'console', kind: 'throttled', retryable: true })
    expect(harness.front.attempts.length - before).toBe(1)
  })
})
