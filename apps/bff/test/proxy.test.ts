import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_EU, DEMO_US, startHarness, type ErrorJson, type Harness } from './harness.ts'

let h: Harness
const BAD_SECRET = 'SKWRONG0000000000000000000000000000000099'

beforeAll(async () => {
  // A long TTL so that "served from the cache" does not depend on how fast a loaded machine runs the test.
  h = await startHarness({
    proxy: { cacheTtlMs: { default: 60_000 } },
    extraAccounts: [
      {
        id: 'bad-key',
        region: 'eu-west-2',
        credentials: { accessKey: DEMO_EU.accessKey, secretKey: BAD_SECRET },
      },
    ],
  })
})
afterAll(async () => {
  await h?.close()
})
beforeEach(() => {
  h.sim.stats() // touch: the simulator is alive
})

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

function upstreamCalls(action: string): number {
  return h.sim.stats().byAction[action] ?? 0
}

interface VolumesAnswer {
  Volumes: Array<{ VolumeId: string }>
  ResponseContext: { RequestId: string }
}

describe('the signing proxy', () => {
  it('passes a read through with the data age headers and a request id', async () => {
    const response = await h.call('demo-eu', 'ReadVolumes', {})
    expect(response.status).toBe(200)
    const body = await json<VolumesAnswer>(response)
    expect(Array.isArray(body.Volumes)).toBe(true)
    expect(body.ResponseContext.RequestId).toMatch(/.+/)
    expect(response.headers.get('x-cache')).toBe('miss')
    expect(Date.parse(response.headers.get('x-fetched-at') ?? '')).toBeGreaterThan(Date.now() - 60_000)
    expect(response.headers.get('age')).toBe('0')
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('server-timing')).toMatch(/bff;dur=[\d.]+, upstream;dur=[\d.]+/)
    // Signed for the account's region with service `api`: the simulator checked the signature.
    const [attempt] = h.front.attemptsOf('ReadVolumes')
    expect(attempt?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKDEMO00000000000001\/\d{8}\/eu-west-2\/api\/aws4_request/,
    )
    // Named, so that OUTSCALE's own API log tells the console's calls from a script's.
    expect(attempt?.headers['user-agent']).toMatch(/^osc-console\/\d+\.\d+\.\d+$/)
  })

  it('passes a mutation through, changes the simulator state and drops the cached reads of the account', async () => {
    const first = await h.call('demo-eu', 'ReadVolumes', {})
    const before = (await json<VolumesAnswer>(first)).Volumes.length
    const cached = await h.call('demo-eu', 'ReadVolumes', {})
    expect(cached.headers.get('x-cache')).toBe('hit')
    const created = await h.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 10 })
    expect(created.status).toBe(200)
    const volumeId = (await json<{ Volume: { VolumeId: string } }>(created)).Volume.VolumeId
    const after = await h.call('demo-eu', 'ReadVolumes', {})
    expect(after.headers.get('x-cache')).toBe('miss')
    const volumes = (await json<VolumesAnswer>(after)).Volumes
    expect(volumes).toHaveLength(before + 1)
    expect(volumes.map((v) => v.VolumeId)).toContain(volumeId)
  })

  it('makes one upstream call for 50 identical reads at once', async () => {
    const body = { Filters: { VolumeTypes: ['gp2', 'io1', 'standard'] } }
    const before = upstreamCalls('ReadVolumes')
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => h.call('demo-eu', 'ReadVolumes', body)),
    )
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(upstreamCalls('ReadVolumes') - before).toBe(1)
    const kinds = answers.map((a) => a.headers.get('x-cache'))
    expect(kinds.filter((k) => k === 'miss')).toHaveLength(1)
    expect(kinds.filter((k) => k === 'coalesced' || k === 'hit')).toHaveLength(49)
    // Same read with keys in another order is the same read.
    const reordered = await h.call('demo-eu', 'ReadVolumes', {
      Filters: { VolumeTypes: ['gp2', 'io1', 'standard'] },
    })
    expect(reordered.headers.get('x-cache')).toBe('hit')
  })

  it('refuses an unknown action before any upstream call', async () => {
    const before = h.front.attempts.length
    const response = await h.call('demo-eu', 'DropAllTables', {})
    expect(response.status).toBe(404)
    const { error } = await json<ErrorJson>(response)
    expect(error).toMatchObject({
      source: 'console',
      kind: 'unknown-action',
      retryable: false,
      outscale: null,
    })
    expect(error.requestId).toBe(response.headers.get('x-request-id'))
    expect(h.front.attempts.length).toBe(before)
  })

  it('refuses an invalid body naming the field, before any upstream call', async () => {
    const before = h.front.attempts.length
    const response = await h.call('demo-eu', 'CreateVolume', {
      SubregionName: 'eu-west-2a',
      Size: 'ten',
      Colour: 1,
    })
    expect(response.status).toBe(400)
    const { error } = await json<ErrorJson>(response)
    expect(error.kind).toBe('invalid-request')
    const paths = error.issues?.map((i) => i.path) ?? []
    expect(paths.some((p) => p === 'Size' || p === '')).toBe(true)
    expect(error.message).toMatch(/CreateVolume/)
    expect(h.front.attempts.length).toBe(before)
  })

  it('refuses an unknown account', async () => {
    const response = await h.call('nope', 'ReadVms', {})
    expect(response.status).toBe(404)
    expect((await json<ErrorJson>(response)).error.kind).toBe('unknown-account')
  })

  it('reports credentials refused by OUTSCALE for the account, without the secret', async () => {
    const response = await h.call('bad-key', 'ReadVolumes', {})
    const text = await response.text()
    expect(response.status).toBe(502)
    const { error } = JSON.parse(text) as ErrorJson
    expect(error.kind).toBe('credentials-refused')
    expect(error.source).toBe('console')
    expect(error.message).toContain('account bad-key')
    expect(error.outscale?.code).toBeTruthy()
    expect(text).not.toContain(BAD_SECRET)
  })

  it('passes an OUTSCALE error through with its code, type, details and RequestId', async () => {
    const response = await h.call('demo-eu', 'DeleteVolume', { VolumeId: 'vol-00000000' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    const { error } = await json<ErrorJson>(response)
    expect(error.source).toBe('outscale')
    expect(error.outscale?.requestId).toBeTruthy()
    expect(error.outscale?.code).toMatch(/^\d+$/)
    expect(error.message.length).toBeGreaterThan(20)
    // The operator finds the failure in the logs by the console's request id and OUTSCALE's RequestId.
    const line = h.logs.find((l) => l.includes('upstream call failed') && l.includes(error.requestId))
    expect(line).toContain(String(error.outscale?.requestId))
  })
})

describe('an OUTSCALE failure', () => {
  it('is a plain, retryable upstream error for a read, never the throttling message', async () => {
    // The demo's flaky-worker-1 is tagged sim:fail=503: OUTSCALE answers 503 with an internal error.
    const tagged = await h.call('demo-eu', 'ReadVms', { Filters: { TagKeys: ['sim:fail'] } })
    const flaky = (await json<{ Vms: Array<{ VmId: string }> }>(tagged)).Vms[0]?.VmId
    expect(flaky).toBeTruthy()
    const response = await h.call('demo-eu', 'ReadVms', { Filters: { VmIds: [flaky] } })
    expect(response.status).toBe(503)
    const { error } = await json<ErrorJson>(response)
    expect(error).toMatchObject({ kind: 'upstream-error', source: 'outscale', retryable: true })
    expect(error.outscale).toMatchObject({ code: '0', type: 'DefaultError' })
    expect(error.outscale?.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(error.message).toMatch(/^OUTSCALE failed to process ReadVms on account demo-eu \(HTTP 503\)\./)
    expect(error.message).not.toMatch(/limiting|rate/i)
  })
})

describe('retries', () => {
  it('retries injected throttling (429 code 24, 503 code 6) to success', async () => {
    h.front.plan('ReadSnapshots', [
      { status: 429, code: '24', type: 'TooManyRequests' },
      { status: 503, code: '6', type: 'ServiceUnavailable' },
    ])
    const response = await h.call('demo-eu', 'ReadSnapshots', {})
    expect(response.status).toBe(200)
    expect(h.front.attemptsOf('ReadSnapshots')).toHaveLength(3)
  })

  it('honours Retry-After and retries a throttled mutation too', async () => {
    h.front.plan('CreateTags', [{ status: 429, code: '25', headers: { 'Retry-After': '1' } }])
    const volumes = (await json<VolumesAnswer>(await h.call('demo-eu', 'ReadVolumes', {}))).Volumes
    const started = Date.now()
    const response = await h.call('demo-eu', 'CreateTags', {
      ResourceIds: [volumes[0]?.VolumeId],
      Tags: [{ Key: 'team', Value: 'blue' }],
    })
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(h.front.attemptsOf('CreateTags')).toHaveLength(2)
  })

  it('gives up a read after 5 attempts and says the call is throttled', async () => {
    h.front.plan(
      'ReadKeypairs',
      Array.from({ length: 5 }, () => ({ status: 429, code: '24' })),
    )
    const response = await h.call('demo-eu', 'ReadKeypairs', {})
    expect(response.status).toBe(429)
    const { error } = await json<ErrorJson>(response)
    expect(error).toMatchObject({ kind: 'throttled', retryable: true, source: 'outscale' })
    expect(h.front.attemptsOf('ReadKeypairs')).toHaveLength(5)
  })

  it('gives up a throttled change after 3 attempts, fewer than a read gets', async () => {
    h.front.plan(
      'CreateTags',
      Array.from({ length: 4 }, () => ({ status: 429, code: '24' })),
    )
    const volumes = (await json<VolumesAnswer>(await h.call('demo-eu', 'ReadVolumes', {}))).Volumes
    const before = h.front.attemptsOf('CreateTags').length
    const response = await h.call('demo-eu', 'CreateTags', {
      ResourceIds: [volumes[0]?.VolumeId],
      Tags: [{ Key: 'team', Value: 'red' }],
    })
    expect(response.status).toBe(429)
    expect((await json<ErrorJson>(response)).error.kind).toBe('throttled')
    expect(h.front.attemptsOf('CreateTags').length - before).toBe(3)
    h.front.plan('CreateTags', [])
  })

  it('does not retry a mutating call on 500 and reports its outcome as unknown, audited', async () => {
    const volumes = (await json<VolumesAnswer>(await h.call('demo-eu', 'ReadVolumes', {}))).Volumes
    const target = volumes.at(-1)?.VolumeId
    h.front.plan('DeleteVolume', [{ status: 500, code: '0', type: 'InternalError', afterForward: true }])
    const response = await h.call('demo-eu', 'DeleteVolume', { VolumeId: target })
    expect(response.status).toBe(500)
    const { error } = await json<ErrorJson>(response)
    expect(error.kind).toBe('unknown-outcome')
    expect(error.message).toMatch(/not known whether the change was applied/)
    expect(h.front.attemptsOf('DeleteVolume').filter((a) => a.body.includes(String(target)))).toHaveLength(1)
    const audit = await json<{ records: Array<{ result: string; resourceIds: string[]; attempts: number }> }>(
      await h.get(`/api/audit?action=DeleteVolume&resourceId=${target}`),
    )
    expect(audit.records[0]).toMatchObject({ result: 'unknown', resourceIds: [target], attempts: 1 })
  })

  it('retries a read on 500 and on a dropped connection', async () => {
    h.front.plan('ReadSubnets', [{ status: 500 }, { status: 0, drop: true }])
    const response = await h.call('demo-eu', 'ReadSubnets', {})
    expect(response.status).toBe(200)
    expect(h.front.attemptsOf('ReadSubnets')).toHaveLength(3)
  })

  it('adds a ClientToken to CreateVms so a retried create makes one VM', async () => {
    const images = await json<{ Images: Array<{ ImageId: string }> }>(
      await h.call('demo-eu', 'ReadImages', {}),
    )
    const imageId = images.Images[0]?.ImageId
    const count = async () =>
      (
        await json<{ Vms: unknown[] }>(
          await h.call('demo-eu', 'ReadVms', { Filters: { ImageIds: [imageId] } }),
        )
      ).Vms.length
    const before = await count()
    // The first attempt reaches the simulator, then its answer is lost in a 503.
    h.front.plan('CreateVms', [{ status: 503, code: '0', afterForward: true }])
    const response = await h.call('demo-eu', 'CreateVms', { ImageId: imageId, VmType: 'tinav5.c1r1p2' })
    expect(response.status).toBe(200)
    const attempts = h.front.attemptsOf('CreateVms')
    expect(attempts).toHaveLength(2)
    const tokens = attempts.map((a) => (JSON.parse(a.body) as { ClientToken?: string }).ClientToken)
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens[1]).toBe(tokens[0])
    expect(await count()).toBe(before + 1)
  })
})

describe('audit', () => {
  it('records success and failure with who, where, what, RequestId, status and attempts', async () => {
    const created = await h.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 4 })
    const volume = await json<{ Volume: { VolumeId: string }; ResponseContext: { RequestId: string } }>(
      created,
    )
    const failed = await h.call('demo-eu', 'DeleteVolume', { VolumeId: 'vol-deadbeef' })
    const failure = (await json<ErrorJson>(failed)).error

    type Rec = {
      result: string
      requestId: string
      person: { subject: string }
      accountId: string
      region: string
      httpStatus: number
      attempts: number
      role: string
      paramsDigest: string
      errorCode?: string
      errorType?: string
      durationMs: number
    }
    const ok = await json<{ records: Rec[] }>(
      await h.get(`/api/audit?action=CreateVolume&resourceId=${volume.Volume.VolumeId}`),
    )
    expect(ok.records[0]).toMatchObject({
      result: 'success',
      requestId: volume.ResponseContext.RequestId,
      person: { subject: 'local' },
      accountId: 'demo-eu',
      region: 'eu-west-2',
      httpStatus: 200,
      attempts: 1,
      role: 'admin',
    })
    expect(ok.records[0]?.paramsDigest).toContain('"Size":4')
    expect(ok.records[0]?.durationMs).toBeGreaterThanOrEqual(0)
    const bad = await json<{ records: Rec[] }>(
      await h.get('/api/audit?action=DeleteVolume&resourceId=vol-deadbeef'),
    )
    expect(bad.records[0]).toMatchObject({
      result: 'failure',
      requestId: failure.outscale?.requestId,
      errorCode: failure.outscale?.code,
      errorType: failure.outscale?.type,
    })
    expect(bad.records[0]?.errorType).toMatch(/^[A-Z][A-Za-z]+$/)
    // Reads are not audited.
    expect(
      (await json<{ records: Rec[] }>(await h.get('/api/audit?action=ReadVolumes'))).records,
    ).toHaveLength(0)
    // Each record is also a JSON log line.
    expect(
      h.logs.some((line) => line.includes('"audit"') && line.includes(volume.ResponseContext.RequestId)),
    ).toBe(true)
  })

  it('finds the records of given OUTSCALE RequestIds, to match OUTSCALE’s own API log', async () => {
    const created = async () =>
      json<{ ResponseContext: { RequestId: string } }>(
        await h.call('demo-eu', 'CreateVolume', { SubregionName: 'eu-west-2a', Size: 2 }),
      )
    const [one, two] = [await created(), await created()]
    await created()
    const ids = [one, two].map((v) => v.ResponseContext.RequestId)
    const found = await json<{ records: Array<{ requestId: string }> }>(
      await h.get(`/api/audit?requestIds=${ids.join(',')}`),
    )
    expect(found.records.map((r) => r.requestId).sort()).toEqual([...ids].sort())
    expect((await h.get(`/api/audit?requestIds=${'x,'.repeat(100)}x`)).status).toBe(400)
  })

  it('refuses a malformed audit query with the field named', async () => {
    const response = await h.get('/api/audit?result=maybe')
    expect(response.status).toBe(400)
    expect((await json<ErrorJson>(response)).error.issues?.[0]?.path).toBe('result')
  })
})

describe('secrets', () => {
  it('appear in no response and no captured log line', async () => {
    await h.call('bad-key', 'ReadVms', {})
    await h.call('demo-eu', 'CreateKeypair', { KeypairName: 'audit-test-key' })
    const answers = await Promise.all(
      ['/metrics', '/api/audit?limit=500', '/api/me', '/readyz', '/api/operations'].map(async (path) =>
        (await h.get(path)).text(),
      ),
    )
    const everything = [...h.logs, ...answers].join('\n')
    expect(answers[1]).toContain('CreateKeypair')
    for (const secret of [DEMO_EU.secretKey, DEMO_US.secretKey, BAD_SECRET])
      expect(everything).not.toContain(secret)
    expect(h.logs.join('\n')).not.toContain('PrivateKey":"-----BEGIN')
  })
})
