// How the sign-in layer answers: a JSON error in the console's error shape for the SPA, or a small HTML page
// for a browser that navigated here.
import type { Request, Response } from 'express'
import { consoleError } from '../errors.ts'
import { sendError as sendConsoleError } from '../http-errors.ts'
import type { NodeResponse } from '../node-http.ts'

export type ErrorKind =
  'invalid-request' | 'not-allowed' | 'session-expired' | 'throttled' | 'unreachable' | 'internal'

export function sendError(
  res: NodeResponse,
  status: number,
  kind: ErrorKind,
  message: string,
  extra: { login?: string; retryable?: boolean } = {},
): void {
  sendConsoleError(res, consoleError(kind, status, message, extra))
}

export function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html'
}

export function sendPage(res: Response, status: number, page: string): void {
  // The sign-in pages carry their own inline style and nothing else.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  )
  res.setHeader('Cache-Control', 'no-store')
  res.status(status).type('html').send(page)
}

export function describeDuration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} seconds`
  const minutes = Math.round(ms / 60_000)
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`
}
