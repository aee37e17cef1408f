// The person's language as the console keeps it: a switch in the top bar applies at once and is kept with the
// person on the server, and the language the server holds for them (chosen in another browser, or before this
// browser's cookie existed) wins over the browser's.
import { useCallback, useEffect, useRef } from 'react'
import { useSaveLocale } from '@osc-console/data'
import { useLocale } from '../i18n/I18nProvider.tsx'
import type { Locale } from '../i18n/locale.ts'
import { useMe } from './account.ts'

export function usePersonLocale(): {
  locale: Locale
  followsBrowser: boolean
  /** A language, or `browser` to follow each browser's languages again (forgotten on the server too). */
  chooseLocale: (locale: Locale | 'browser') => void
} {
  const { locale, followsBrowser, setLocale, followBrowser } = useLocale()
  const { mutate: save } = useSaveLocale()
  const personLocale = useMe()?.locale
  const shown = useRef(locale)
  useEffect(() => {
    shown.current = locale
  }, [locale])
  // Only when the server's answer changes: a switch made here updates that answer itself (useSaveLocale).
  useEffect(() => {
    if (personLocale && personLocale !== shown.current) void setLocale(personLocale)
  }, [personLocale, setLocale])
  const chooseLocale = useCallback(
    (next: Locale | 'browser') => {
      if (next === 'browser') {
        void followBrowser()
        save(null)
      } else {
        void setLocale(next)
        save(next)
      }
    },
    [setLocale, followBrowser, save],
  )
  return { locale, followsBrowser, chooseLocale }
}
