// The Refresh button of every page: a spinner while the page's data is being read again.
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
      <span
        aria-hidden="true"
        className={`inline-block h-3 w-3 rounded-full border-2 border-current border-t-transparent ${
          refreshing ? 'animate-spin' : 'opacity-0'
        }`}
      />
      {t('kit.refresh')}
    </button>
  )
}
