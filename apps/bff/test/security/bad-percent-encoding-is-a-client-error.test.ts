// A path the console cannot decode is the caller's mistake: 400 in the console's error shape, never 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

function expectClientError(response: Response, body: ErrorJson): void {
  expect(response.status).toBe(400)
  expect(body.error).toMatchObject({
    source: 'console',
    kind: 'invalid-request',
    status: 400,
    retryable: false,
  })
  expect(body.error.message).toMatch(/percent-encoding/)
  expect(typeof body.error.requestId).toBe('string')
}

describe('a path with bad percent-encoding', () => {
  it.each(['/api/osc/demo-eu/Read%ZZVms', '/api/osc/%ZZ/ReadVms'])(
    'is refused with 400 on POST %s',
    async (path) => {
      const response = await h.post(path, {})
      expectClientError(response, (await response.json()) as ErrorJson)
    },
  )

  it('is refused with 400 on GET /api/operations/%ZZ', async () => {
    const response = await h.get('/api/operations/%ZZ')
    expectClientError(response, (await response.json()) as ErrorJson)
  })

  it('leaves the console answering afterwards', async () => {
    expect((await h.call('demo-eu', 'ReadVms', {})).status).toBe(200)
  })
})
