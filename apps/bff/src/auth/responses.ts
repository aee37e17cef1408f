// How the sign-in layer tells a browser that navigated here (it gets a page, pages.ts) from a script (it gets
// JSON, through http-errors.ts like every other route's).
import type { Request } from 'express'

export function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html'
}

export function describeDuration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} seconds`
  const minutes = Math.round(ms / 60_000)
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`
}
