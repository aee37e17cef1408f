// Signature Version 4 verification, rebuilt from the request exactly as it arrived: the method, the path and the
// query as sent, the signed headers' raw values and a hash of the body bytes received. Both flavours the API
// accepts: AWS4-HMAC-SHA256 (X-Amz-Date, aws4_request, key prefix AWS4) and the OUTSCALE one, OSC4-HMAC-SHA256
// (X-Osc-Date, osc4_request, key prefix OSC4) that `curl --aws-sigv4 "osc:osc:<region>:api"` sends.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export interface ParsedAuthorization {
  algorithm: string
  /** 'AWS' or 'OSC': selects the date header, the key prefix and the scope terminator. */
  provider: 'AWS' | 'OSC'
  accessKeyId: string
  date: string
  region: string
  service: string
  terminator: string
  signedHeaders: string[]
  signature: string
}

export type ParseResult = { ok: true; auth: ParsedAuthorization } | { ok: false; reason: string }

const ALGORITHM = /^(AWS|OSC)4-HMAC-SHA256$/

export function parseAuthorization(header: string): ParseResult {
  const space = header.indexOf(' ')
  if (space < 0) return { ok: false, reason: 'The Authorization header has no credential part.' }
  const algorithm = header.slice(0, space)
  const match = ALGORITHM.exec(algorithm)
  if (!match) return { ok: false, reason: `Unsupported signature algorithm "${algorithm}".` }
  const provider = match[1] as 'AWS' | 'OSC'
  const fields = new Map<string, string>()
  for (const part of header.slice(space + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const credential = fields.get('Credential')
  const signed = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!credential || !signed || !signature) {
    return {
      ok: false,
      reason: 'The Authorization header must carry Credential, SignedHeaders and Signature.',
    }
  }
  const scope = credential.split('/')
  if (scope.length !== 5) {
    return {
      ok: false,
      reason: 'The credential scope must read AccessKey/YYYYMMDD/region/service/terminator.',
    }
  }
  const [accessKeyId, date, region, service, terminator] = scope as [string, string, string, string, string]
  const expectedTerminator = `${provider.toLowerCase()}4_request`
  if (terminator !== expectedTerminator) {
    return { ok: false, reason: `A ${algorithm} credential scope must end with "${expectedTerminator}".` }
  }
  if (!/^\d{8}$/.test(date)) return { ok: false, reason: 'The credential scope date must be YYYYMMDD.' }
  if (!/^[0-9a-f]{64}$/.test(signature))
    return { ok: false, reason: 'The signature must be 64 hex characters.' }
  return {
    ok: true,
    auth: {
      algorithm,
      provider,
      accessKeyId,
      date,
      region,
      service,
      terminator,
      signedHeaders: signed.split(';').map((h) => h.trim().toLowerCase()),
      signature,
    },
  }
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest()
}

/** RFC 3986 encoding as SigV4 wants it: encodeURIComponent plus !'()* . */
export function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The canonical URI candidates: the path normalised and encoded (what SDKs sign) and the path as sent. */
export function canonicalUris(rawPath: string): string[] {
  const encoded = rawPath
    .split('/')
    .map((segment) => encodeRfc3986(encodeRfc3986(safeDecode(segment))))
    .join('/')
  const single = rawPath
    .split('/')
    .map((segment) => encodeRfc3986(safeDecode(segment)))
    .join('/')
  return [...new Set([single, encoded, rawPath || '/'])]
}

/** The canonical query candidates: sorted (per the SigV4 spec) and as sent (curl 7.88 does not sort). */
export function canonicalQueries(rawQuery: string): string[] {
  if (!rawQuery) return ['']
  const pairs = rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=')
      const k = eq < 0 ? p : p.slice(0, eq)
      const v = eq < 0 ? '' : p.slice(eq + 1)
      return [
        encodeRfc3986(safeDecode(k.replace(/\+/g, ' '))),
        encodeRfc3986(safeDecode(v.replace(/\+/g, ' '))),
      ] as const
    })
  const asSent = pairs.map(([k, v]) => `${k}=${v}`).join('&')
  const sorted = [...pairs]
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  return [...new Set([sorted, asSent])]
}

/** Header values grouped by lower-cased name from Node's rawHeaders, trimmed and with inner runs of spaces collapsed. */
export function headerMap(rawHeaders: string[]): Map<string, string> {
  const out = new Map<string, string[]>()
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase()
    const value = (rawHeaders[i + 1] ?? '').trim().replace(/\s+/g, ' ')
    const list = out.get(name)
    if (list) list.push(value)
    else out.set(name, [value])
  }
  return new Map([...out].map(([k, v]) => [k, v.join(',')]))
}

export function buildCanonicalRequest(parts: {
  method: string
  canonicalUri: string
  canonicalQuery: string
  headers: Map<string, string>
  signedHeaders: string[]
  payloadHash: string
}): string {
  const canonicalHeaders = parts.signedHeaders.map((h) => `${h}:${parts.headers.get(h) ?? ''}\n`).join('')
  return [
    parts.method.toUpperCase(),
    parts.canonicalUri,
    parts.canonicalQuery,
    canonicalHeaders,
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n')
}

export function buildStringToSign(
  algorithm: string,
  requestDate: string,
  scope: string,
  canonicalRequest: string,
) {
  return [algorithm, requestDate, scope, sha256Hex(canonicalRequest)].join('\n')
}

export function deriveSigningKey(
  provider: 'AWS' | 'OSC',
  secret: string,
  date: string,
  region: string,
  service: string,
): Buffer {
  const kDate = hmac(`${provider}4${secret}`, date)
  const kRegion = hmac(kDate, region)
  const kService = hmac(kRegion, service)
  return hmac(kService, `${provider.toLowerCase()}4_request`)
}

export function sign(signingKey: Buffer, stringToSign: string): string {
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex')
}

/** Parses YYYYMMDDTHHMMSSZ; NaN when malformed. */
export function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!m) return Number.NaN
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)
}

export interface ReceivedRequest {
  method: string
  rawPath: string
  rawQuery: string
  rawHeaders: string[]
  body: Buffer
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

export const MAX_SKEW_MS = 5 * 60 * 1000

/** Checks a parsed SigV4 Authorization against the secret and the request as received. */
export function verifySignature(
  auth: ParsedAuthorization,
  secret: string,
  req: ReceivedRequest,
  wallNow: number,
): VerifyResult {
  const headers = headerMap(req.rawHeaders)
  const dateHeader = auth.provider === 'AWS' ? 'x-amz-date' : 'x-osc-date'
  const requestDate = headers.get(dateHeader)
  if (!requestDate)
    return { ok: false, reason: `A ${auth.algorithm} request must carry the ${dateHeader} header.` }
  const at = parseAmzDate(requestDate)
  if (Number.isNaN(at)) return { ok: false, reason: `The ${dateHeader} header must read YYYYMMDDTHHMMSSZ.` }
  if (Math.abs(wallNow - at) > MAX_SKEW_MS) {
    return {
      ok: false,
      reason: 'The request date is more than 5 minutes away from the server time; check the clock.',
    }
  }
  if (requestDate.slice(0, 8) !== auth.date) {
    return { ok: false, reason: 'The credential scope date does not match the request date.' }
  }
  for (const required of ['host', dateHeader]) {
    if (!auth.signedHeaders.includes(required)) {
      return { ok: false, reason: `The "${required}" header must be among the signed headers.` }
    }
  }
  for (const h of auth.signedHeaders) {
    if (!headers.has(h)) return { ok: false, reason: `The signed header "${h}" is missing from the request.` }
  }
  const payloadHash = sha256Hex(req.body)
  const declared = headers.get('x-amz-content-sha256') ?? headers.get('x-osc-content-sha256')
  if (declared && declared !== 'UNSIGNED-PAYLOAD' && declared !== payloadHash) {
    return { ok: false, reason: 'The body does not match its declared content hash.' }
  }
  const scope = `${auth.date}/${auth.region}/${auth.service}/${auth.terminator}`
  const key = deriveSigningKey(auth.provider, secret, auth.date, auth.region, auth.service)
  const expected = Buffer.from(auth.signature, 'hex')
  for (const canonicalUri of canonicalUris(req.rawPath)) {
    for (const canonicalQuery of canonicalQueries(req.rawQuery)) {
      const canonical = buildCanonicalRequest({
        method: req.method,
        canonicalUri,
        canonicalQuery,
        headers,
        signedHeaders: auth.signedHeaders,
        payloadHash,
      })
      const actual = Buffer.from(
        sign(key, buildStringToSign(auth.algorithm, requestDate, scope, canonical)),
        'hex',
      )
      if (actual.length === expected.length && timingSafeEqual(actual, expected)) return { ok: true }
    }
  }
  return {
    ok: false,
    reason:
      'The request signature does not match: check the secret key, and sign the body and headers exactly as sent.',
  }
}
