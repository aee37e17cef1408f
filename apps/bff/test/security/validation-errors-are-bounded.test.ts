// A request with many invalid values gets an answer that names the first problems and counts the rest, never one
// that grows with the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

async function refusal(response: Response): Promise<{ bytes: number; error: ErrorJson['error'] }> {
  const text = await response.text()
  return { bytes: Buffer.byteLength(text), error: (JSON.parse(text) as ErrorJson).error }
}

describe('validation errors', () => {
  it('lists at most 20 problems of a 60,000-item array and counts the others', async () => {
    const response = await h.call('demo-eu', 'ReadVms', {
      Filters: { VmIds: Array.from({ length: 60_000 }, (_, i) => i) },
    })
    expect(response.status).toBe(400)
    const { bytes, error } = await refusal(response)
    expect(error.kind).toBe('invalid-request')
    expect(error.issues).toHaveLength(20)
    expect(error.issues?.[0]?.path).toBe('Filters.VmIds[0]')
    expect(error.omittedIssues).toBe(59_980)
    expect(error.message).toMatch(
      /^The request for ReadVms is invalid: Filters\.VmIds\[0\]: .+ \(and 59999 other problems\)\. Correct it and try again\.$/,
    )
    expect(bytes).toBeLessThan(16_000)
  })

  it('shortens a problem that quotes a huge unknown field name', async () => {
    const name = 'K'.repeat(200_000)
    const response = await h.call('demo-eu', 'ReadVms', { [name]: 1 })
    expect(response.status).toBe(400)
    const { bytes, error } = await refusal(response)
    expect(error.kind).toBe('invalid-request')
    expect(error.issues?.length).toBeGreaterThan(0)
    expect(error.omittedIssues).toBeUndefined()
    expect(error.message).toMatch(/Correct it and try again\.$/)
    expect(bytes).toBeLessThan(2_000)
  })

  it('bounds the problems of a bulk operation the same way', async () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ resourceId: `i-${i}`, params: { VmIds: [1, 2] } }))
    const response = await h.post('/api/operations', { account: 'demo-eu', action: 'StopVms', items })
    expect(response.status).toBe(400)
    const { error } = await refusal(response)
    expect(error.issues).toHaveLength(20)
    expect(error.omittedIssues).toBe(180)
    expect(error.message).toMatch(
      /^This StopVms operation is invalid: items\.0\.params.* \(and 199 other problems\)\. Correct it and try again\.$/,
    )
  })
})
