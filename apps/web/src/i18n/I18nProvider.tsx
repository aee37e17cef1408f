// Holds the reader's language and its messages. Switching loads the other catalogue first (and the page catalogues
// the pages asked for), then swaps them at once, so no page ever shows message ids while a language loads.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { IntlProvider } from 'react-intl'
import { loadMessages, type FirstRouteMessages, type Messages } from './catalog.ts'
import { storeLocale, type Locale } from './locale.ts'
import {
  pageMessages,
  pageMessagesVersion,
  preparePageCatalogues,
  setPageLocale,
  subscribePageMessages,
} from './page-messages.ts'

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => Promise<void>
}

const LocaleContext = createContext<LocaleState | undefined>(undefined)

export function I18nProvider(props: { locale: Locale; messages: FirstRouteMessages; children: ReactNode }) {
  const [current, setCurrent] = useState(() => {
    setPageLocale(props.locale)
    return { locale: props.locale, messages: props.messages }
  })
  const version = useSyncExternalStore(subscribePageMessages, pageMessagesVersion)
  const setLocale = useCallback(async (locale: Locale) => {
    const [messages] = await Promise.all([loadMessages[locale](), preparePageCatalogues(locale)])
    storeLocale(locale)
    setPageLocale(locale)
    setCurrent({ locale, messages })
  }, [])
  const state = useMemo(() => ({ locale: current.locale, setLocale }), [current.locale, setLocale])
  // A page catalogue's ids are here once a route has loaded it, which its loader does before the page draws.
  const messages = useMemo(
    () => ({ ...current.messages, ...pageMessages(current.locale) }) as Messages,
    // The version changes when a page catalogue arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, version],
  )
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={current.locale} defaultLocale="en" messages={messages}>
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
