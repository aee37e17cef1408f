// What a person chose in the console and that follows them from browser to browser: for now their language. Kept
// per identity (issuer and subject), not per session, so it outlives sign-outs and is shared by replicas.
import type { ServerResponse } from 'node:http'
import type { Db } from '../storage/index.ts'
import { appendSetCookie } from '../node-http.ts'
import type { CookiePolicy } from './cookies.ts'
import type { Identity } from './identity.ts'
import { isPageLanguage, LOCALE_COOKIE, type PageLanguage } from './page-language.ts'

export class PersonPreferences {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** The language the person chose, or undefined until they choose one. */
  async localeOf(identity: Identity): Promise<PageLanguage | undefined> {
    const rows = await this.db.query<{ locale: string }>(
      'SELECT locale FROM auth_person_preferences WHERE issuer = $1 AND subject = $2',
      [identity.issuer, identity.subject],
    )
    const locale = rows[0]?.locale
    return isPageLanguage(locale) ? locale : undefined
  }

  /** Back to following the browser's languages: no language kept for the person. */
  async forgetLocale(identity: Identity): Promise<void> {
    await this.db.execute('DELETE FROM auth_person_preferences WHERE issuer = $1 AND subject = $2', [
      identity.issuer,
      identity.subject,
    ])
  }

  async setLocale(identity: Identity, locale: PageLanguage): Promise<void> {
    await this.db.execute(
      `INSERT INTO auth_person_preferences (issuer, subject, locale, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (issuer, subject) DO UPDATE SET locale = excluded.locale, updated_at = excluded.updated_at`,
      [identity.issuer, identity.subject, locale, this.now()],
    )
  }
}

/**
 * The language cookie the SPA and the BFF's own pages read (page-language.ts). Not HttpOnly: the SPA reads it
 * before its first request and writes it when the person switches. `null` removes it: the browser's languages decide.
 */
export function setLocaleCookie(
  res: ServerResponse,
  policy: CookiePolicy,
  locale: PageLanguage | null,
): void {
  const maxAge = locale === null ? 0 : 31536000
  appendSetCookie(
    res,
    `${LOCALE_COOKIE}=${locale ?? ''}; Path=/; Max-Age=${maxAge}${policy.secure ? '; Secure' : ''}; SameSite=Lax`,
  )
}
