import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { isApiError } from '@osc-console/data'
import { makeRouter } from './router.tsx'
import { applyTheme, watchSystemTheme } from './app/theme.ts'
import { installSessionHandling } from './app/session.ts'
import { Toaster } from './app/toasts.tsx'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import { loadPageWords, shellWords } from './i18n/catalog.ts'
import { loadWords, startWords } from './i18n/words.ts'
import { initialLocale } from './i18n/locale.ts'
import './styles.css'

applyTheme()
watchSystemTheme()
installSessionHandling()

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // The BFF already retried OUTSCALE; retry once more only what it marks retryable, never a 4xx, so a
      // failure shows within seconds.
      retry: (failures, error) => isApiError(error) && error.retryable && failures < 1,
    },
  },
})

const router = makeRouter(queryClient)

// Only the reader's language is loaded before the first render, the shell's words and the first page's at once;
// other pages' words load with them, the other language when the reader switches.
const locale = initialLocale()
startWords(locale)
// No top-level await: it would turn off the bundler's merging of shared chunks for the whole app.
void Promise.all([loadWords(shellWords), loadPageWords(window.location.pathname)]).then(render)

function render() {
  // Not kept as a choice: until the person picks one, each visit follows the browser's languages.
  document.documentElement.lang = locale
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element')
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
          <Toaster />
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  )
}
