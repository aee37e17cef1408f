import { useT } from '../i18n/text.ts'
import { browserLocale, isLocale, localeNames, locales } from '../i18n/locale.ts'
import { usePersonLocale } from './person-locale.ts'

/**
 * The reader's language; each is named in itself, so a reader finds theirs whatever the page's language. The first
 * choice follows the browser's languages (what the console does until the person picks one).
 */
export function LanguageSelect({ className }: { className: string }) {
  const t = useT()
  const { locale, followsBrowser, chooseLocale } = usePersonLocale()
  return (
    <select
      className={`input ${className}`}
      value={followsBrowser ? 'browser' : locale}
      aria-label={t('shell.language')}
      onChange={(event) => {
        const value = event.target.value
        if (value === 'browser' || isLocale(value)) chooseLocale(value)
      }}
    >
      <option value="browser">{t('shell.language.browser', { name: localeNames[browserLocale()] })}</option>
      {locales.map((code) => (
        <option key={code} value={code} lang={code}>
          {localeNames[code]}
        </option>
      ))}
    </select>
  )
}
