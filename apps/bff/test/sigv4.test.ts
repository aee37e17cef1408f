import aws4 from 'aws4'
import { describe, expect, it } from 'vitest'
import { createSigner } from '../src/upstream/sigv4.ts'

const credentials = {
  accessKeyId: 'AKIDEXAMPLE0123456789',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
}

function byAws4(host: string, path: string, region: string, body: string, at: number) {
  return aws4.sign(
    {
      host,
      path,
      method: 'POST',
      service: 'api',
      region,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'osc-console/test',
        // aws4 reads the time from this header when it is given, instead of the clock.
        'X-Amz-Date': new Date(at).toISOString().replace(/[:-]|\.\d{3}/g, ''),
      },
      body,
    },
    credentials,
  ).headers
}

describe('SigV4 signing of console calls', () => {
  it('signs byte for byte as aws4 does, across hosts, regions, bodies and days', () => {
    const cases: Array<[string, string, string, string, number]> = [
      ['api.eu-west-2.outscale.com', '/api/v1/ReadVms', 'eu-west-2', '{}', Date.UTC(2026, 10, 30, 17, 5, 9)],
      [
        '127.0.0.1:8443',
        '/api/v1/CreateVms',
        'eu-west-2',
        '{"ImageId":"ami-1","Name":"été ☃"}',
        Date.UTC(2026, 0, 1, 0, 0, 0),
      ],
      [
        'api.us-east-2.outscale.com',
        '/api/v1/ReadVolumes',
        'us-east-2',
        '{"Filters":{}}',
        Date.UTC(2026, 11, 31, 23, 59, 59),
      ],
    ]
    for (const [host, path, region, body, at] of cases) {
      const sign = createSigner('osc-console/test', () => at + 999)
      const ours = sign({ host, path, region }, body, credentials)
      const expected = byAws4(host, path, region, body, at)!
      expect(ours).toEqual({
        'Content-Type': expected['Content-Type'],
        'User-Agent': expected['User-Agent'],
        Host: expected.Host,
        'Content-Length': expected['Content-Length'],
        'X-Amz-Date': expected['X-Amz-Date'],
        Authorization: expected.Authorization,
      })
    }
  })

  it('follows the clock: a new second gets a new timestamp, a new day a new signing key', () => {
    let now = Date.UTC(2026, 10, 30, 23, 59, 59, 500)
    const sign = createSigner('osc-console/test', () => now)
    const target = { host: 'api.eu-west-2.outscale.com', path: '/api/v1/ReadVms', region: 'eu-west-2' }
    const before = sign(target, '{}', credentials)
    now += 1000
    const after = sign(target, '{}', credentials)
    expect(after['X-Amz-Date']).toBe('20261201T000000Z')
    expect(after.Authorization).toBe(
      byAws4(target.host, target.path, target.region, '{}', now - 500)!.Authorization,
    )
    expect(after.Authorization).not.toBe(before.Authorization)
  })
})
