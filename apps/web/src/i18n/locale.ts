// The reader's language: the one they chose in the top bar, else the first of their browser's languages that the
// console speaks, else English. The choice is a cookie rather than local storage so that the BFF's own pages (sign-in,
// no access) answer in the same language before the SPA has loaded. The choice is also kept with the person on the
// server (app/person-locale.ts): signing in from another browser sets this cookie from it, and /api/me carries it.
export const locales = ['en', 'fr'] as const
export type Locale = (typeof locales)[number]

export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français' }

export const LOCALE_COOKIE = 'osc_locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The first of the browser's languages the console speaks: `fr-CA` counts as `fr`. */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return undefined
}

export function storedLocale(cookie: string): Locale | undefined {
  const value = cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1]
  return isLocale(value) ? value : undefined
}

/** The language this browser asks for, whatever the person chose. */
export function browserLocale(): Locale {
  return preferredLocale(navigator.languages) ?? 'en'
}

export function initialLocale(): Locale {
  return storedLocale(document.cookie) ?? browserLocale()
}

/** No language kept in this browser: its own languages decide from now on. */
export function forgetLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
  document.documentElement.lang = locale
}

export function storeLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`
  document.documentElement.lang = locale
}
