// Known-answer tests for the SigV4 steps, with vectors worked out independently of the implementation.
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buildCanonicalRequest,
  buildStringToSign,
  deriveSigningKey,
  headerMap,
  parseAuthorization,
  sign,
  verifySignature,
} from '../src/sigv4.ts'

// The AWS documentation's worked example (IAM ListUsers, 2015-08-30), whose intermediate values AWS publishes.
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const AWS_CANONICAL = [
  'GET',
  '/',
  'Action=ListUsers&Version=2010-05-08',
  'content-type:application/x-www-form-urlencoded; charset=utf-8',
  'host:iam.amazonaws.com',
  'x-amz-date:20150830T123600Z',
  '',
  'content-type;host;x-amz-date',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
].join('\n')

describe('SigV4 known answers', () => {
  it('builds the canonical request of the AWS documentation example byte for byte', () => {
    const canonical = buildCanonicalRequest({
      method: 'GET',
      canonicalUri: '/',
      canonicalQuery: 'Action=ListUsers&Version=2010-05-08',
      headers: headerMap([
        'Content-Type',
        'application/x-www-form-urlencoded; charset=utf-8',
        'Host',
        'iam.amazonaws.com',
        'X-Amz-Date',
        '20150830T123600Z',
      ]),
      signedHeaders: ['content-type', 'host', 'x-amz-date'],
      payloadHash: createHash('sha256').update('').digest('hex'),
    })
    expect(canonical).toBe(AWS_CANONICAL)
    expect(createHash('sha256').update(canonical).digest('hex')).toBe(
      'f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59',
    )
  })

  it('derives the published signing key and signature', () => {
    const key = deriveSigningKey('AWS', AWS_SECRET, '20150830', 'us-east-1', 'iam')
    expect(key.toString('hex')).toBe('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9')
    const sts = buildStringToSign(
      'AWS4-HMAC-SHA256',
      '20150830T123600Z',
      '20150830/us-east-1/iam/aws4_request',
      AWS_CANONICAL,
    )
    expect(sts).toBe(
      'AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59',
    )
    expect(sign(key, sts)).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7')
  })

  it('verifies the AWS example request as received and refuses it once a header changes', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7'
    const parsed = parseAuthorization(header)
    if (!parsed.ok) throw new Error(parsed.reason)
    const rawHeaders = [
      'Host',
      'iam.amazonaws.com',
      'Content-Type',
      'application/x-www-form-urlencoded; charset=utf-8',
      'X-Amz-Date',
      '20150830T123600Z',
    ]
    const req = {
      method: 'GET',
      rawPath: '/',
      rawQuery: 'Action=ListUsers&Version=2010-05-08',
      rawHeaders,
      body: Buffer.alloc(0),
    }
    const at = Date.UTC(2015, 7, 30, 12, 36, 0)
    expect(verifySignature(parsed.auth, AWS_SECRET, req, at)).toEqual({ ok: true })
    const changed = { ...req, rawHeaders: [...rawHeaders.slice(0, 3), 'text/plain', ...rawHeaders.slice(4)] }
    expect(verifySignature(parsed.auth, AWS_SECRET, changed, at).ok).toBe(false)
    expect(verifySignature(parsed.auth, AWS_SECRET, req, at + 6 * 60_000).ok).toBe(false)
  })

  it('computes the OSC4 variant: OSC4 key prefix, X-Osc-Date and osc4_request (vector worked by hand)', () => {
    const secret = 'SKDEMO0000000000000000000000000000000001'
    const body = '{}'
    const bodyHash = createHash('sha256').update(body).digest('hex')
    // Step 1, by hand: the canonical request curl --aws-sigv4 "osc:osc:eu-west-2:api" builds.
    const canonical = `POST\n/api/v1/ReadVms\n\ncontent-type:application/json\nhost:127.0.0.1:8181\nx-osc-date:20260101T000000Z\n\ncontent-type;host;x-osc-date\n${bodyHash}`
    // Steps 2–4, by hand with bare HMACs.
    const h = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest()
    const kSigning = h(h(h(h(`OSC4${secret}`, '20260101'), 'eu-west-2'), 'api'), 'osc4_request')
    const sts = `OSC4-HMAC-SHA256\n20260101T000000Z\n20260101/eu-west-2/api/osc4_request\n${createHash('sha256').update(canonical).digest('hex')}`
    const expected = createHmac('sha256', kSigning).update(sts).digest('hex')

    const built = buildCanonicalRequest({
      method: 'POST',
      canonicalUri: '/api/v1/ReadVms',
      canonicalQuery: '',
      headers: headerMap([
        'Host',
        '127.0.0.1:8181',
        'Content-Type',
        'application/json',
        'X-Osc-Date',
        '20260101T000000Z',
      ]),
      signedHeaders: ['content-type', 'host', 'x-osc-date'],
      payloadHash: bodyHash,
    })
    expect(built).toBe(canonical)
    const key = deriveSigningKey('OSC', secret, '20260101', 'eu-west-2', 'api')
    expect(key.equals(kSigning)).toBe(true)
    expect(
      sign(
        key,
        buildStringToSign(
          'OSC4-HMAC-SHA256',
          '20260101T000000Z',
          '20260101/eu-west-2/api/osc4_request',
          built,
        ),
      ),
    ).toBe(expected)
  })

  it('refuses an Authorization header whose scope does not end with the algorithm terminator', () => {
    const r = parseAuthorization(
      `OSC4-HMAC-SHA256 Credential=AK/20260101/eu-west-2/api/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
    )
    expect(r.ok).toBe(false)
  })
})
