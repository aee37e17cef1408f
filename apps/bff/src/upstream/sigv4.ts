// AWS Signature Version 4 for the one shape of request the console sends OUTSCALE: a POST of a JSON body (always an
// object's text, never empty) to /api/v1/<Action>, service `api`, signed headers content-length, content-type, host
// and x-amz-date. Byte for byte
// what aws4 produces for that request (tested against it), without aws4's generic work on every call: the canonical
// path and header names are fixed per target, the timestamp is formatted once a second and the signing key
// derived once a day per account.
import { createHash, createHmac } from 'node:crypto'

const SERVICE = 'api'
const SIGNED_HEADERS = 'content-length;content-type;host;x-amz-date'
const CONTENT_TYPE = 'application/json'

export interface SigningCredentials {
  accessKeyId: string
  secretAccessKey: string
}

/** Where a call goes: its host (with a port when not the default) and its path, as the URL spells them. */
export interface SigningTarget {
  host: string
  path: string
  region: string
}

/** The headers a signed call is sent with, in the order aws4 gives them. */
export type SignedHeaders = Record<string, string | number>

/** aws4's path canonicalisation for a path without `.`, `..` or repeated slashes: each segment RFC 3986-encoded. */
function canonicalPath(path: string): string {
  return path
    .split('/')
    .map((piece) =>
      encodeURIComponent(piece).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/')
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()

export function createSigner(userAgent: string, now: () => number = Date.now) {
  // The request line and header names of each target, worked out once.
  const prefixes = new Map<string, string>()
  const prefixOf = (target: SigningTarget): string => {
    const key = `${target.host}\u0000${target.path}`
    let prefix = prefixes.get(key)
    if (prefix === undefined) {
      prefix = `POST\n${canonicalPath(target.path)}\n\n`
      prefixes.set(key, prefix)
    }
    return prefix
  }

  // YYYYMMDDTHHMMSSZ, as aws4 writes it, for the current second.
  let second = Number.NaN
  let stamp = ''
  const dateTime = (): string => {
    const t = now()
    const s = Math.floor(t / 1000)
    if (s !== second) {
      second = s
      stamp = new Date(s * 1000).toISOString().replace(/[:-]|\.\d{3}/g, '')
    }
    return stamp
  }

  // The signing key of the day, per secret and region (derived with four HMACs, as SigV4 defines it).
  const keys = new Map<string, Buffer>()
  const signingKey = (secret: string, date: string, region: string): Buffer => {
    const cacheKey = `${date}\u0000${region}\u0000${secret}`
    let key = keys.get(cacheKey)
    if (!key) {
      if (keys.size >= 100) keys.clear()
      key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), SERVICE), 'aws4_request')
      keys.set(cacheKey, key)
    }
    return key
  }

  return function sign(target: SigningTarget, body: string, credentials: SigningCredentials): SignedHeaders {
    if (body === '') throw new Error('an OUTSCALE call always has a JSON body')
    const amzDate = dateTime()
    const date = amzDate.slice(0, 8)
    const length = Buffer.byteLength(body)
    const scope = `${date}/${target.region}/${SERVICE}/aws4_request`
    const canonical =
      `${prefixOf(target)}content-length:${length}\ncontent-type:${CONTENT_TYPE}\nhost:${target.host}\n` +
      `x-amz-date:${amzDate}\n\n${SIGNED_HEADERS}\n${sha256Hex(body)}`
    const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256Hex(canonical)}`
    const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, date, target.region))
      .update(toSign, 'utf8')
      .digest('hex')
    return {
      'Content-Type': CONTENT_TYPE,
      'User-Agent': userAgent,
      Host: target.host,
      'Content-Length': length,
      'X-Amz-Date': amzDate,
      Authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`,
    }
  }
}
