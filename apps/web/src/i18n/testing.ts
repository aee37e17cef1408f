// The console's catalogues outside React, for tests of code that formats or translates. Tests read the catalogues as
// written (strings); they are parsed here as the build parses them (precompile-messages.ts).
import { parse } from '@formatjs/icu-messageformat-parser'
import type { Locale } from './locale.ts'
import en from './en.ts'
import fr from './fr.ts'
import { createIntl, type IntlShape, type ParsedMessages } from './intl.tsx'
import { translator, type Translate } from './text.ts'
import { formatters, type Formatters } from './format.ts'

export function parsed(catalogue: Readonly<Record<string, string>>): ParsedMessages {
  return Object.fromEntries(Object.entries(catalogue).map(([id, message]) => [id, parse(message)]))
}

const catalogues = { en: parsed(en), fr: parsed(fr) }

export function intlFor(locale: Locale): IntlShape {
  return createIntl({
    locale,
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
