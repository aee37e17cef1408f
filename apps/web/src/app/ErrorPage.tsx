import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { isApiError } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { useT } from '../i18n/text.ts'

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const t = useT()
  // The session handler is already taking the person to the sign-in page.
  if (isApiError(error) && error.kind === 'session-expired') {
    return (
      <p role="status" className="p-8 text-sm muted">
        {t('errorPage.sessionEnded')}
      </p>
    )
  }
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-3 text-xl font-semibold">{t('errorPage.title')}</h1>
      <ErrorPanel
        error={error}
        onRetry={() => {
          reset()
          void router.invalidate()
        }}
      />
      <HomeLink />
    </div>
  )
}

export function NotFound() {
  const t = useT()
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-2 text-xl font-semibold">{t('errorPage.notFound')}</h1>
      <p className="muted">{t('errorPage.notFoundBody')}</p>
      <HomeLink />
    </div>
  )
}

/** The way out of a page that cannot be shown. */
function HomeLink() {
  const t = useT()
  return (
    <p className="mt-4 text-sm">
      <Link to="/" className="text-blue-700 underline dark:text-blue-300">
        {t('errorPage.home')}
      </Link>
    </p>
  )
}
