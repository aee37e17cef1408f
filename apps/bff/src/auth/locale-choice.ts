// PUT /api/me/locale: the SPA keeps the language a person picks in the top bar with the person, so it follows them
// to another browser (the sign-in sets the language cookie from it, and /api/me returns it); `null` goes back to
// following each browser's languages. An unsafe method: the
// same-origin guard (../same-origin.ts) has refused it already unless it comes from the console's own page.
import type { RequestHandler } from 'express'
import type { LocaleChoice } from '@osc-console/osc-api'
import { consoleError } from '../errors.ts'
import { sendError } from '../http-errors.ts'
import type { CookiePolicy } from './cookies.ts'
import type { Identity } from './identity.ts'
import { isPageLanguage, pageLanguages } from './page-language.ts'
import { setLocaleCookie, type PersonPreferences } from './preferences.ts'

export function localeChoiceHandler(deps: {
  preferences: PersonPreferences
  cookie: CookiePolicy
}): RequestHandler {
  return async (req, res) => {
    const body: unknown = req.body
    const locale =
      typeof body === 'object' && body !== null ? (body as { locale?: unknown }).locale : undefined
    if (locale !== null && !isPageLanguage(locale)) {
      return sendError(
        res,
        consoleError(
          'invalid-request',
          400,
          `The body must be JSON such as {"locale":"fr"}, with locale one of ${pageLanguages.join(', ')}, or null to follow the browser's languages; got ${JSON.stringify(locale ?? null).slice(0, 40)}.`,
        ),
      )
    }
    const identity = res.locals.identity as Identity
    if (locale === null) await deps.preferences.forgetLocale(identity)
    else await deps.preferences.setLocale(identity, locale)
    setLocaleCookie(res, deps.cookie, locale)
    res.setHeader('Cache-Control', 'no-store')
    const answer: LocaleChoice = { locale }
    res.json(answer)
  }
}
