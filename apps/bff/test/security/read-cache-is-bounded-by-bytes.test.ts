// Finding: the read cache was bounded by its number of answers (5,000), not their size: 5,000 VM lists carrying
// large UserData would hold gigabytes. It is now bounded by the total size of the answers (proxy.cacheMaxBytes),
// and an expired answer leaves memory even when no one asks for it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadCache, type CachedRead } from '../../src/read-cache.ts'
import type { Harness } from '../harness.ts'
import { asRole, json, startPeopleHarness } from './people.ts'

let h: Harness
const admin = asRole('admin')

beforeAll(async () => {
  h = await startPeopleHarness({ proxy: { cacheTtlMs: { default: 60_000 }, cacheMaxBytes: '1mb' } })
  const images = await json<{ Images: Array<{ ImageId: string }> }>(
    await h.call('demo-eu', 'ReadImages', {}, admin),
  )
  // 400 KB of UserData: every VM list now weighs more than 400 KB.
  const userData = Buffer.alloc(300 * 1024, 7).toString('base64')
  const created = await h.call(
    'demo-eu',
    'CreateVms',
    { ImageId: images.Images[0]?.ImageId, VmType: 'tinav5.c1r1p2', UserData: userData },
    admin,
  )
  expect(created.status).toBe(200)
})
afterAll(async () => {
  await h?.close()
})

/** A VM list read by a distinct request (each page size is its own cache entry), and how it was served. */
async function readVms(pageSize: number): Promise<{ cache: string | null; size: number }> {
  const response = await h.call('demo-eu', 'ReadVms', { ResultsPerPage: pageSize }, admin)
  expect(response.status).toBe(200)
  return { cache: response.headers.get('x-cache'), size: (await response.text()).length }
}

describe('the read cache', () => {
  it('drops the oldest large answers once their total passes the configured size', async () => {
    const first = await readVms(900)
    expect(first.size).toBeGreaterThan(400 * 1024)
    expect((await readVms(900)).cache).toBe('hit')
    // Two more large answers: 1.2 MB in all, over the 1 MB budget.
    await readVms(901)
    await readVms(902)
    expect((await readVms(900)).cache).toBe('miss')
    expect((await readVms(902)).cache).toBe('hit')
  })

  it('forgets expired answers even when no one reads them again', async () => {
    let now = 1_000_000
    const cache = createReadCache(() => now, { maxBytes: 10 * 1024 * 1024 })
    const answer = (text: string): CachedRead => ({
      status: 200,
      text,
      fetchedAt: now,
      upstreamMs: 1,
      attempts: 1,
    })
    for (let i = 0; i < 50; i += 1)
      await cache.get('a', `k${i}`, 2000, async () => answer('x'.repeat(100_000)))
    expect(cache.size()).toBe(50)
    now += 5000
    await cache.get('a', 'other', 2000, async () => answer('{}'))
    expect(cache.size()).toBe(1)
  })
})
