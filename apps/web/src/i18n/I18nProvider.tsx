// Holds the reader's language and the words loaded so far (words.ts): the shell's, then each page's as it opens.
// Switching loads every loaded catalogue in the other language first, then swaps them all at once, so no page ever
// shows message ids while a language loads.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { createIntl, IntlProvider, type ParsedMessages } from './intl.tsx'
import { browserLocale, forgetLocale, storeLocale, storedLocale, type Locale } from './locale.ts'
import { subscribeWords, switchWords, wordsState } from './words.ts'

interface LocaleState {
  locale: Locale
  /** True while no language is kept in this browser: the browser's own languages decide. */
  followsBrowser: boolean
  setLocale: (locale: Locale) => Promise<void>
  /** Forgets the language kept in this browser and speaks the browser's. */
  followBrowser: () => Promise<void>
}

const LocaleContext = createContext<LocaleState | undefined>(undefined)

export function I18nProvider(props: { children: ReactNode }) {
  const current = useSyncExternalStore(subscribeWords, wordsState)
  const [followsBrowser, setFollowsBrowser] = useState(() => storedLocale(document.cookie) === undefined)
  const setLocale = useCallback(async (locale: Locale) => {
    await switchWords(locale)
    storeLocale(wordsState().locale)
    setFollowsBrowser(false)
  }, [])
  const followBrowser = useCallback(async () => {
    await switchWords(browserLocale())
    forgetLocale(wordsState().locale)
    setFollowsBrowser(true)
  }, [])
  // The catalogues are typed as the strings they are written as; the build ships them parsed.
  const intl = useMemo(
    () =>
      createIntl({
        locale: current.locale,
        messages: current.messages as unknown as ParsedMessages,
        onError: reportMissing,
      }),
    [current],
  )
  const state = useMemo(
    () => ({ locale: current.locale, followsBrowser, setLocale, followBrowser }),
    [current.locale, followsBrowser, setLocale, followBrowser],
  )
  return (
    <LocaleContext.Provider value={state}>
      {/* The words of the pages opened so far: a page's are loaded before it draws (catalog.ts). */}
      <IntlProvider value={intl}>{props.children}</IntlProvider>
    </LocaleContext.Provider>
  )
}

/**
 * A message shown as its raw id means a page's words were not loaded with it (catalog.ts): say so in the console, in
 * production too (the browser stories watch for it).
 */
function reportMissing(error: Error) {
  console.error(`[i18n] ${error.message}`)
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext)
  if (!state) throw new Error('useLocale is used outside I18nProvider')
  return state
}
