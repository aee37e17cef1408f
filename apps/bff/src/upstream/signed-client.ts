// One signed HTTP attempt against an OUTSCALE endpoint: SigV4 with aws4 (service `api`, the account's region),
// the exact body string that was signed, a keep-alive agent per protocol and an abort at the deadline.
import aws4 from 'aws4'
import http from 'node:http'
import https from 'node:https'
import { readFileSync } from 'node:fs'
import { CONSOLE_USER_AGENT } from '@osc-console/osc-api'
import type { ResolvedAccount } from '../config.ts'

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}
/** Signed too: OUTSCALE's API log names the console as the caller of what it sends. */
export const USER_AGENT = `${CONSOLE_USER_AGENT}/${version}`

export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; text: string; durationMs: number }
  /** The request never reached the server (refused, DNS): safe to report as a plain failure. */
  | { kind: 'unreachable'; code: string; message: string; durationMs: number }
  /** The connection broke or the deadline passed after the request may have been received. */
  | { kind: 'broken'; code: string; message: string; durationMs: number; timedOut: boolean }

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
])

export interface SignedClient {
  send(account: ResolvedAccount, action: string, body: string, timeoutMs: number): Promise<AttemptOutcome>
  close(): void
}

export function createSignedClient(options: { maxSockets?: number } = {}): SignedClient {
  const agentOptions = { keepAlive: true, keepAliveMsecs: 1000, maxSockets: options.maxSockets ?? 128 }
  const httpAgent = new http.Agent(agentOptions)
  const httpsAgent = new https.Agent(agentOptions)

  // Parsed once per endpoint and action: a URL per call showed in profiles of the proxy under load.
  const targets = new Map<string, URL>()
  const targetOf = (endpoint: string, action: string): URL => {
    const key = `${endpoint}\u0000${action}`
    let url = targets.get(key)
    if (!url) {
      url = new URL(`${endpoint}/api/v1/${action}`)
      targets.set(key, url)
    }
    return url
  }

  return {
    send(account, action, body, timeoutMs) {
      const url = targetOf(account.endpoint, action)
      const secure = url.protocol === 'https:'
      const signed = aws4.sign(
        {
          host: url.host,
          path: url.pathname,
          method: 'POST',
          service: 'api',
          region: account.region,
          headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT },
          body,
        },
        { accessKeyId: account.accessKey.reveal(), secretAccessKey: account.secretKey.reveal() },
      )
      const started = performance.now()
      return new Promise<AttemptOutcome>((resolve) => {
        let settled = false
        const finish = (outcome: AttemptOutcome) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve(outcome)
        }
        const elapsed = () => performance.now() - started
        const request = (secure ? https : http).request(
          {
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port || (secure ? 443 : 80),
            path: url.pathname,
            method: 'POST',
            headers: signed.headers as http.OutgoingHttpHeaders,
            agent: secure ? httpsAgent : httpAgent,
          },
          (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () =>
              finish({
                kind: 'response',
                status: response.statusCode ?? 0,
                headers: response.headers,
                text: Buffer.concat(chunks).toString('utf8'),
                durationMs: elapsed(),
              }),
            )
            response.on('error', (error: NodeJS.ErrnoException) =>
              finish({
                kind: 'broken',
                code: error.code ?? 'ERESPONSE',
                message: error.message,
                durationMs: elapsed(),
                timedOut: false,
              }),
            )
          },
        )
        const timer = setTimeout(() => {
          finish({
            kind: 'broken',
            code: 'ETIMEDOUT',
            message: 'deadline passed',
            durationMs: elapsed(),
            timedOut: true,
          })
          request.destroy()
        }, timeoutMs)
        request.on('error', (error: NodeJS.ErrnoException) => {
          const code = error.code ?? 'EUNKNOWN'
          finish(
            NOT_SENT_CODES.has(code)
              ? { kind: 'unreachable', code, message: error.message, durationMs: elapsed() }
              : { kind: 'broken', code, message: error.message, durationMs: elapsed(), timedOut: false },
          )
        })
        request.end(body)
      })
    },
    close() {
      httpAgent.destroy()
      httpsAgent.destroy()
    },
  }
}
