// Test helpers: signed calls over real HTTP with aws4 (service "api"), as the BFF and the SDKs send them.
import aws4 from 'aws4'
import { afterAll, beforeEach } from 'vitest'
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/index.ts'
import { DEMO_ACCOUNTS } from '../src/accounts.ts'

export const EU = DEMO_ACCOUNTS[0]!
export const US = DEMO_ACCOUNTS[1]!

export interface CallResult<T = Record<string, unknown>> {
  status: number
  body: T & {
    ResponseContext?: { RequestId?: string }
    Errors?: Array<{ Code: string; Type: string; Details: string }>
  }
}

export interface CallOptions {
  accessKeyId?: string
  secretKey?: string
  region?: string
  service?: string
  path?: string
  headers?: Record<string, string>
}

export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  action: string,
  body: unknown = {},
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const u = new URL(baseUrl)
  const path = opts.path ?? `/api/v1/${action}`
  const text = JSON.stringify(body)
  const signed = aws4.sign(
    {
      host: u.host,
      path,
      method: 'POST',
      service: opts.service ?? 'api',
      region: opts.region ?? EU.region,
      body: text,
      headers: { 'Content-Type': 'application/json', ...opts.headers },
    },
    { accessKeyId: opts.accessKeyId ?? EU.accessKeyId, secretAccessKey: opts.secretKey ?? EU.secretKey },
  )
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: signed.headers as Record<string, string>,
    body: text,
  })
  return { status: res.status, body: (await res.json()) as CallResult<T>['body'] }
}

/** A signed call with a body sent exactly as given (malformed JSON, other content types, huge nesting). */
export async function callRaw(
  baseUrl: string,
  action: string,
  text: string,
  contentType = 'application/json',
) {
  const u = new URL(baseUrl)
  const signed = aws4.sign(
    {
      host: u.host,
      path: `/api/v1/${action}`,
      method: 'POST',
      service: 'api',
      region: EU.region,
      body: text,
      headers: { 'Content-Type': contentType },
    },
    { accessKeyId: EU.accessKeyId, secretAccessKey: EU.secretKey },
  )
  const res = await fetch(`${baseUrl}/api/v1/${action}`, {
    method: 'POST',
    headers: signed.headers as Record<string, string>,
    body: text,
  })
  return { status: res.status, body: (await res.json()) as CallResult['body'] }
}

/** Calls as the US demo account. */
export const callUs = <T = Record<string, unknown>>(baseUrl: string, action: string, body: unknown = {}) =>
  call<T>(baseUrl, action, body, { accessKeyId: US.accessKeyId, secretKey: US.secretKey, region: US.region })

export async function admin(
  baseUrl: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

export function expectOscError(result: CallResult, status: number, code: string): void {
  if (result.status !== status || result.body.Errors?.[0]?.Code !== code) {
    throw new Error(`expected ${status}/${code}, got ${result.status} ${JSON.stringify(result.body)}`)
  }
}

/**
 * The simulator a test file calls: started once for the file and closed after it, and put back on its seed before
 * each test (unless `reset` is false), so that no test sees what another one changed.
 */
export async function simulatorForFile(options: SimulatorOptions, { reset = true } = {}): Promise<Simulator> {
  const sim = await startSimulator({ port: 0, ...options })
  afterAll(() => sim.close())
  if (reset) beforeEach(() => sim.reset(options.seed ?? 'demo'))
  return sim
}
