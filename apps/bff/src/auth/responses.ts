// How the sign-in layer answers a browser that navigated here: a small HTML page. JSON errors go through
// http-errors.ts like every other route's.
import type { Request, Response } from 'express'
import type { AuthPage } from './pages.ts'
import { pageLanguage } from './page-language.ts'

export function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html'
}

/** Sends `page` in the language of the request it answers (page-language.ts). */
export function sendPage(res: Response, status: number, page: AuthPage): void {
  // The sign-in pages carry their own inline style and nothing else.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  )
  res.setHeader('Cache-Control', 'no-store')
  // The page differs with the language cookie and header; a shared cache must not give one reader's to another.
  res.setHeader('Vary', 'Cookie, Accept-Language')
  res
    .status(status)
    .type('html')
    .send(page.render(pageLanguage(res.req)))
}

export function describeDuration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} seconds`
  const minutes = Math.round(ms / 60_000)
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`
}
