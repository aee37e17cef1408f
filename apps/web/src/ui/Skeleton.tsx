import type { MessageId } from '../i18n/catalog.ts'
import { useT } from '../i18n/text.ts'

export function Skeleton({ className = 'h-4 w-full' }: { className?: string }) {
  return (
    <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 dark:bg-slate-700 ${className}`} />
  )
}

/** What a route shows while its code and words load: its label is a shell word, loaded before any page. */
export function PageSkeleton({ label = 'skeleton.page' }: { label?: MessageId }) {
  const t = useT()
  return <LoadingPage label={t(label)} />
}

/** A page's placeholder while its data load, named for screen readers by `label` (already in the reader's words). */
export function LoadingPage({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3 p-6">
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-4 w-96" />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </div>
  )
}
