// "Load more" under a log read a page at a time (the console's records, OUTSCALE's API log): the button while older
// pages remain, and the error with a retry when the next page could not be read.
import type { ReactNode } from 'react'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { useT } from '../../i18n/text.ts'

export function OlderPages({
  query,
  children,
}: {
  query: Pick<
    UseInfiniteQueryResult,
    'error' | 'fetchNextPage' | 'hasNextPage' | 'isFetchNextPageError' | 'isFetchingNextPage'
  >
  /** Said beside the button (how many are shown). */
  children?: ReactNode
}) {
  const t = useT()
  return (
    <>
      {query.isFetchNextPageError && (
        <ErrorPanel
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
          title={t('audit.olderFailed')}
        />
      )}
      <div className="flex items-center gap-3">
        {query.hasNextPage && !query.isFetchNextPageError && (
          <button
            type="button"
            className="btn"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? t('audit.loadingMore') : t('audit.loadMore')}
          </button>
        )}
        {children}
      </div>
    </>
  )
}
