// How every failed load or action is shown: what it means and what to do in the reader's language, the words it came
// with as they were sent (OUTSCALE's or the console server's), OUTSCALE's code and RequestId, a copy button and, when
// it makes sense, a retry.
import { toApiError } from '@osc-console/data'
import { CopyButton } from './CopyButton.tsx'
import { useT } from '../i18n/text.ts'
import { ErrorMessage } from '../i18n/ErrorMessage.tsx'

/** Refusals that the same call cannot overcome: a retry button would only be refused again. */
const FINAL_KINDS = new Set(['not-allowed', 'invalid-request', 'unknown-account', 'unknown-action'])

export function ErrorPanel({
  error,
  onRetry,
  title,
}: {
  error: unknown
  onRetry?: () => void
  title?: string
}) {
  const t = useT()
  const apiError = toApiError(error)
  const o = apiError.outscale
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      {title && <p className="font-semibold text-red-800 dark:text-red-200">{title}</p>}
      <ErrorMessage error={error} className="text-red-800 dark:text-red-200" />
      {(o?.code || apiError.referenceId) && (
        <dl className="mt-1 flex flex-wrap gap-x-4 text-xs text-red-900 dark:text-red-300">
          {o?.code && (
            <div>
              <dt className="inline">{t('kit.error.code')} </dt>
              <dd className="inline font-mono">
                {o.code}
                {o.type ? ` ${o.type}` : ''}
              </dd>
            </div>
          )}
          {apiError.referenceId && (
            <div>
              <dt className="inline">{t('kit.error.requestId')} </dt>
              <dd className="inline font-mono">{apiError.referenceId}</dd>
            </div>
          )}
        </dl>
      )}
      {apiError.issues.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {apiError.issues.map((i) => (
            <li key={i.path}>
              <span className="font-mono">{i.path}</span>: <span lang="en">{i.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex gap-2">
        <CopyButton text={apiError.copyText} label={t('kit.error.copy')} />
        {onRetry && !FINAL_KINDS.has(apiError.kind) && (
          <button type="button" className="btn px-2 py-0.5 text-xs" onClick={onRetry}>
            {t('kit.retry')}
          </button>
        )}
      </div>
    </div>
  )
}
