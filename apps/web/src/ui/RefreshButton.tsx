// The Refresh button of every page: a circular arrow, which turns while the page's data is being read again.
import { useT } from '../i18n/text.ts'

export function RefreshButton({
  onRefresh,
  refreshing,
  disabled = false,
  className = '',
}: {
  onRefresh: () => void
  refreshing: boolean
  disabled?: boolean
  className?: string
}) {
  const t = useT()
  return (
    <button
      type="button"
      className={`btn ${className}`}
      onClick={onRefresh}
      disabled={disabled}
      aria-busy={refreshing}
    >
      <svg
        aria-hidden="true"
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        className={refreshing ? 'animate-spin motion-reduce:animate-none' : ''}
      >
        <path d="M20 12a8 8 0 1 1-2.34-5.66" />
        <path d="M20 4v4h-4" />
      </svg>
      {t('kit.refresh')}
    </button>
  )
}
