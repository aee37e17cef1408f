// The language of the pages the BFF writes itself (sign-in, no access): the one the person chose in the console
// (the SPA keeps it in the `osc_locale` cookie, readable here before any session exists), else the first of their
// browser's languages the console speaks, else English.
import type { Request } from 'express'
import { readCookie } from './cookies.ts'

export const pageLanguages = ['en', 'fr'] as const
export type PageLanguage = (typeof pageLanguages)[number]

/** The cookie the SPA writes when a person picks a language in the top bar (apps/web/src/i18n/locale.ts). */
export const LOCALE_COOKIE = 'osc_locale'

const isPageLanguage = (value: unknown): value is PageLanguage =>
  typeof value === 'string' && (pageLanguages as readonly string[]).includes(value)

export function pageLanguage(req: Pick<Request, 'headers' | 'acceptsLanguages'>): PageLanguage {
  const chosen = readCookie(req.headers.cookie, LOCALE_COOKIE)
  if (isPageLanguage(chosen)) return chosen
  // Without an Accept-Language header, express answers the first language offered: English.
  const accepted = req.acceptsLanguages(...pageLanguages)
  return isPageLanguage(accepted) ? accepted : 'en'
}
