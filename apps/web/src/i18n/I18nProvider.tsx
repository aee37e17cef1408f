// Holds the reader's language and its messages. Switching loads the other catalogue first, then swaps both at once,
// so no page ever shows message ids while a language loads.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import { loadMessages, type Messages } from './catalog.ts'
import { storeLocale, type Locale } from './locale.ts'

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => Promise<void>
}

const LocaleContext = createContext<LocaleState | undefined>(undefined)

export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const [current, setCurrent] = useState({ locale: props.locale, messages: props.messages })
  const setLocale = useCallback(async (locale: Locale) => {
    const messages = await loadMessages[locale]()
    storeLocale(locale)
    setCurrent({ locale, messages })
  }, [])
  const state = useMemo(() => ({ locale: current.locale, setLocale }), [current.locale, setLocale])
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={current.locale} defaultLocale="en" messages={current.messages}>
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  )
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext)
  if (!state) throw new Error('useLocale is used outside I18nProvider')
  return state
}
