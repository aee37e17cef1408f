// How the sign-in layer answers: a JSON error in the console's error shape for the SPA, or a small HTML page
// for a browser that navigated here.
import type { Request, Response } from 'express'

export type ErrorKind =
  'invalid-request' | 'not-allowed' | 'session-expired' | 'throttled' | 'unreachable' | 'internal'

export function sendError(
  res: Response,
  status: number,
  kind: ErrorKind,
  message: string,
  extra: { login?: string; retryable?: boolean } = {},
): void {
  const requestId = res.locals.requestId as string | undefined
  res.status(status).json({
    error: {
      source: 'console',
      kind,
      message,
      retryable: extra.retryable ?? false,
      status,
      outscale: null,
      ...(extra.login ? { login: extra.login } : {}),
      ...(requestId ? { requestId } : {}),
    },
  })
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
