// One block of a dashboard-like page (the account home, the team page): a card with its heading, and what it shows
// while its reads load or fail. On the home, a section whose reads the role does not allow is not drawn at all.
import { useId, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { Skeleton } from '../ui/Skeleton.tsx'
import { useT } from '../i18n/text.ts'
import { paths } from '../paths.ts'

export function Section({
  title,
  action,
  className = '',
  children,
}: {
  title: string
  /** A link beside the heading ("Open Quotas"). */
  action?: ReactNode
  className?: string
  children: ReactNode
}) {
  const id = useId()
  return (
    <section aria-labelledby={id} className={`card flex min-w-0 flex-col gap-3 p-4 ${className}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  )
}

/** The link beside a section's heading to the page that shows all of it ("Open Quotas"). */
export function SectionLink({
  account,
  section,
  children,
}: {
  account: string
  section: string
  children: ReactNode
}) {
  return (
    <Link
      {...paths.section({ account, section })}
      className="text-sm text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
    >
      {children}
    </Link>
  )
}

/**
 * What `Loaded` takes from one read: its error only while nothing was read yet (an answer already shown stays, with
 * its age), whether it is still loading, and a retry.
 */
export function readState(query: {
  data: unknown
  error: unknown
  isPending: boolean
  refetch: () => unknown
}) {
  return {
    error: query.data ? undefined : query.error,
    loading: query.isPending,
    onRetry: () => void query.refetch(),
  }
}

/** The body of a section: its error with a retry, a skeleton while loading, else the content. */
export function Loaded({
  error,
  loading,
  onRetry,
  what,
  lines = 3,
  children,
}: {
  error: unknown
  loading: boolean
  onRetry: () => void
  /** The section's title, for "Loading …" and "… could not be loaded". */
  what: string
  lines?: number
  children: () => ReactNode
}) {
  const t = useT()
  if (error)
    return <ErrorPanel error={error} onRetry={onRetry} title={t('kit.section.loadFailed', { what })} />
  if (loading)
    return (
      <div role="status" aria-label={t('kit.section.loading', { what })} className="flex flex-col gap-2">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
    )
  return <>{children()}</>
}
