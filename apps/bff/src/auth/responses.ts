// How the sign-in layer answers a browser that navigated here: a small HTML page. JSON errors go through
// http-errors.ts like every other route's.
import type { Request, Response } from 'express'

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
