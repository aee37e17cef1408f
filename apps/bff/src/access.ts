// What every answer of the console's HTTP server records, on Express's routes and on the proxy's fast path alike:
// the request id it goes out with, its Server-Timing, the access metrics and the access log line.
import { randomUUID } from 'node:crypto'
import type { Logger } from './logger.ts'
import type { Metrics } from './metrics.ts'

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/

/** The caller's X-Request-Id when it is a sensible one, else a new id. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

/** Server-Timing: the console's own time and, when OUTSCALE was called, the upstream's apart from it. */
export function serverTiming(started: number, upstreamMs: number | undefined): string {
  const total = performance.now() - started
  return upstreamMs === undefined
    ? `bff;dur=${total.toFixed(1)}`
    : `bff;dur=${Math.max(0, total - upstreamMs).toFixed(1)}, upstream;dur=${upstreamMs.toFixed(1)}`
}

export interface Answer {
  route: string
  action: string
  method: string
  status: number
  started: number
}

/** Counted when the status goes out, so a metric is never behind what a client has already received. */
export function countAnswer(metrics: Metrics, answer: Answer): void {
  const { route, action, method, status, started } = answer
  metrics.httpRequests.inc({ route, action, method, status })
  metrics.httpDuration.observe({ route, action, status }, (performance.now() - started) / 1000)
}

/** The level of an answer's access line: failures of the console's own are warnings. */
export function accessLevel(status: number): 'warn' | 'info' {
  return status >= 500 ? 'warn' : 'info'
}

/** The access log line, built only when it is written: at LOG_LEVEL=warn only failed requests are. */
export function logAccess(
  logger: Logger,
  requestLogger: () => Logger,
  answer: Answer & { path: string | undefined },
): void {
  const level = accessLevel(answer.status)
  if (!logger.isLevelEnabled(level)) return
  requestLogger()[level](
    {
      method: answer.method,
      path: answer.path,
      action: answer.action || undefined,
      status: answer.status,
      ms: Math.round(performance.now() - answer.started),
    },
    'request',
  )
}
