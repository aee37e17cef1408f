// The console's catalogues outside React, for tests of code that formats or translates.
import { createIntl, type IntlShape } from 'react-intl'
import type { Locale } from './locale.ts'
import en from './en.ts'
import fr from './fr.ts'
import networkEn from './network.en.ts'
import networkFr from './network.fr.ts'
import sgEn from './security-groups.en.ts'
import sgFr from './security-groups.fr.ts'
import { translator, type Translate } from './text.ts'
import { formatters, type Formatters } from './format.ts'

// Tests see every message, the page catalogues' too.
const catalogues = { en: { ...en, ...networkEn, ...sgEn }, fr: { ...fr, ...networkFr, ...sgFr } }

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
