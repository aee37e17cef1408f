// The language of the pages the BFF writes itself (sign-in, no access, wrong address): the one the person chose in
// the console (the SPA keeps it in the `osc_locale` cookie, readable here before any session exists, and the BFF
// sets it at sign-in from the person's stored choice), else the first of their browser's languages the console
// speaks, else English.
import type { IncomingMessage } from 'node:http'
import { readCookie } from './cookies.ts'

export const pageLanguages = ['en', 'fr'] as const
export type PageLanguage = (typeof pageLanguages)[number]

/** The cookie the SPA writes when a person picks a language in the top bar (apps/web/src/i18n/locale.ts). */
export const LOCALE_COOKIE = 'osc_locale'

export const isPageLanguage = (value: unknown): value is PageLanguage =>
  typeof value === 'string' && (pageLanguages as readonly string[]).includes(value)

export function pageLanguage(req: Pick<IncomingMessage, 'headers'>): PageLanguage {
  const chosen = readCookie(req.headers.cookie, LOCALE_COOKIE)
  if (isPageLanguage(chosen)) return chosen
  return acceptedLanguage(req.headers['accept-language'])
}

/**
 * The console's language the browser ranks highest in Accept-Language (`fr-FR,fr;q=0.9,en;q=0.5` → fr), by
 * primary subtag; a wildcard or nothing the console speaks means English. Parsed here rather than through Express:
 * the wrong-address page is answered before Express sees the request.
 */
export function acceptedLanguage(header: string | undefined): PageLanguage {
  let best: { language: PageLanguage; q: number } | undefined
  for (const entry of (header ?? '').split(',')) {
    const [tag = '', ...params] = entry.trim().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (!(q > 0)) continue
    const primary = tag.trim().toLowerCase().split('-')[0]
    const language: PageLanguage | undefined =
      primary === '*' ? 'en' : isPageLanguage(primary) ? primary : undefined
    if (language && (!best || q > best.q)) best = { language, q }
  }
  return best?.language ?? 'en'
}
