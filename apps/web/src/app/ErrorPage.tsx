import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { isApiError } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  // The session handler is already taking the person to the sign-in page.
  if (isApiError(error) && error.kind === 'session-expired') {
    return (
      <p role="status" className="p-8 text-sm muted">
        Your session has ended; taking you to the sign-in page…
      </p>
    )
  }
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-3 text-xl font-semibold">This page could not be shown</h1>
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
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-2 text-xl font-semibold">Page not found</h1>
      <p className="muted">There is no page at this address, or the account is not one you can use.</p>
      <HomeLink />
    </div>
  )
}

/** The way out of a page that cannot be shown. */
function HomeLink() {
  return (
    <p className="mt-4 text-sm">
      <Link to="/" className="text-blue-700 underline dark:text-blue-300">
        Back to the console home
      </Link>
    </p>
  )
}
