// /metrics labels requests by route template: random URLs, however many, share one label and add no series.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

/** The console's HTTP series (the process's own — GC kinds, handles — come and go by themselves). */
async function series(): Promise<string[]> {
  const text = await (await h.get('/metrics')).text()
  return text.split('\n').filter((line) => line.startsWith('osc_console_http_'))
}

const PREFIXES = ['/api/x', '/auth/x', '/_x', '/x', '/api/operations/x/', '/API/']

async function randomRequests(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const path = `${PREFIXES[i % PREFIXES.length]}${randomBytes(6).toString('hex')}`
    const response = await h.get(path)
    await response.arrayBuffer()
  }
}

describe('metrics of requests to unknown paths', () => {
  it('do not grow with the number of distinct paths requested', async () => {
    // A first round and a first read of /metrics make the series the next requests fall under.
    await randomRequests(PREFIXES.length * 2)
    await series()
    const before = await series()
    await randomRequests(200)
    const after = await series()
    expect(after.filter((line) => !before.some((b) => b.split(' ')[0] === line.split(' ')[0]))).toEqual([])
    expect(after.length).toBe(before.length)
    expect(after.join('\n')).toMatch(/route="unmatched"/)
    expect(after.join('\n')).not.toMatch(/route="\/(api|auth|_)x/)
  })

  it('still label the console routes by their template', async () => {
    await h.call('demo-eu', 'ReadVolumes', {})
    await h.get('/api/operations/op-123')
    const text = (await series()).join('\n')
    expect(text).toMatch(/route="\/api\/osc\/:account\/:action"/)
    expect(text).toMatch(/route="\/api\/operations\/:id"/)
  })
})
