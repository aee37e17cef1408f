// The console's catalogues outside React, for tests of code that formats or translates.
import { createIntl, type IntlShape } from 'react-intl'
import type { Locale } from './locale.ts'
import en from './en.ts'
import fr from './fr.ts'
import { translator, type Translate } from './text.ts'
import { formatters, type Formatters } from './format.ts'

const catalogues = { en, fr }

export function intlFor(locale: Locale): IntlShape {
  return createIntl({
    locale,
    defaultLocale: 'en',
    messages: catalogues[locale],
    onError: (error) => {
      throw error
    },
  })
}

export function i18nFor(locale: Locale): { t: Translate; f: Formatters } {
  const intl = intlFor(locale)
  return { t: translator(intl), f: formatters(intl) }
}
