// Malformed requests get OUTSCALE-shaped 4xx answers, never a crash, a hang or a 500.
import { describe, expect, it } from 'vitest'
import { call, callRaw, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'empty' }, { reset: false })

async function raw(path: string, init: RequestInit) {
  const res = await fetch(`${sim.url}${path}`, init)
  return {
    status: res.status,
    body: (await res.json()) as {
      Errors: Array<{ Code: string; Type: string; Details: string }>
      ResponseContext: { RequestId: string }
    },
  }
}

describe('request shape', () => {
  it('answers an unknown action with 404 and an OUTSCALE error body', async () => {
    const r = await raw('/api/v1/ReadUnicorns', { method: 'POST', body: '{}' })
    expect(r.status).toBe(404)
    expect(r.body.Errors[0]?.Details).toMatch(/ReadUnicorns/)
    expect(r.body.ResponseContext.RequestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers a wrong method with 405 code 2', async () => {
    const r = await raw('/api/v1/ReadVms', { method: 'GET' })
    expect(r.status).toBe(405)
    expect(r.body.Errors[0]?.Code).toBe('2')
  })

  it('refuses malformed JSON, a JSON array and a non-JSON content type', async () => {
    const bad = await call(sim.url, 'ReadVms', undefined)
    expect(bad.status).toBe(200) // an empty body is an empty request
    // Signed bodies that are not objects:
    for (const [body, type, status] of [
      ['{"Filters": ', 'application/json', 400],
      ['[1,2]', 'application/json', 400],
      ['a=b', 'application/x-www-form-urlencoded', 415],
    ] as const) {
      const r = await callRaw(sim.url, 'ReadVms', body, type)
      expect(r.status, body).toBe(status)
      expect(r.body.Errors?.[0]?.Type).toBeTruthy()
    }
  })

  it('refuses a body over 1 MiB with 413 without hanging', async () => {
    const big = JSON.stringify({ Filters: { VmIds: ['i-00000000'], Pad: 'x'.repeat(1024 * 1024 + 10) } })
    const r = await raw('/api/v1/ReadVms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    })
    expect(r.status).toBe(413)
  })

  it('answers a deeply nested body with a 4xx, not a crash', async () => {
    sim.reset('demo') // the demo has a sentinel, so every string of a request is looked at
    const deep = `{"Filters":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const r = await callRaw(sim.url, 'ReadVms', deep)
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
  })

  it('keeps serving after all of the above', async () => {
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })
})

describe('validation', () => {
  it('maps a missing field to 7000 MissingParameter', async () => {
    expectOscError(await call(sim.url, 'CreateVms', {}), 400, '7000')
  })
  it('maps an unknown field to 3001 InvalidParameter', async () => {
    expectOscError(await call(sim.url, 'ReadVms', { Bogus: true }), 400, '3001')
    expectOscError(await call(sim.url, 'ReadVms', { Filters: { Bogus: [] } }), 400, '3001')
  })
  it('maps a wrong type to 4108 and a bad enum to 4047', async () => {
    expectOscError(await call(sim.url, 'ReadVms', { ResultsPerPage: 'ten' }), 400, '4108')
    const images = await call<{ Images: Array<{ ImageId: string }> }>(sim.url, 'ReadImages')
    expectOscError(
      await call(sim.url, 'CreateVms', { ImageId: images.body.Images[0]?.ImageId, Performance: 'ludicrous' }),
      400,
      '4047',
    )
  })
  it('maps a malformed id to 4105 and a wrong prefix to 4104', async () => {
    expectOscError(await call(sim.url, 'StopVms', { VmIds: ['i-zz'] }), 400, '4105')
    expectOscError(await call(sim.url, 'StopVms', { VmIds: ['vol-12345678'] }), 400, '4104')
    expectOscError(await call(sim.url, 'ReadVms', { Filters: { VmIds: ['nonsense'] } }), 400, '4105')
    expect((await call(sim.url, 'ReadVms', { Filters: { VmIds: ['i-12345678'] } })).status).toBe(200)
  })
  it('answers an unknown but well-formed id with 400 5063 InvalidResource', async () => {
    expectOscError(await call(sim.url, 'StopVms', { VmIds: ['i-12345678'] }), 400, '5063')
  })
})
