import { useT } from '../i18n/text.ts'
import { isLocale, localeNames, locales } from '../i18n/locale.ts'
import { usePersonLocale } from './person-locale.ts'

/** The reader's language; each is named in itself, so a reader finds theirs whatever the page's language. */
export function LanguageSelect({ className }: { className: string }) {
  const t = useT()
  const { locale, chooseLocale } = usePersonLocale()
  return (
    <select
      className={`input ${className}`}
      value={locale}
      aria-label={t('shell.language')}
      onChange={(event) => {
        if (isLocale(event.target.value)) chooseLocale(event.target.value)
      }}
    >
      {locales.map((code) => (
        <option key={code} value={code} lang={code}>
          {localeNames[code]}
        </option>
      ))}
    </select>
  )
}
