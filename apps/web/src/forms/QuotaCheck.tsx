// The quota step of a create form: reads the account's quotas, lists what the request takes of each, and refuses
// the submit button (with the reason as its description) when a limit would be passed.
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import type { MessageId } from '../i18n/catalog.ts'
import { useT } from '../i18n/text.ts'
import { allowed, type Check } from '../ui/ActionButton.tsx'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { overQuota, quotaLines, type QuotaLine, type QuotaNeed } from './quota-check.ts'

/** The sentences of a form's quota step; a form names what it creates ("this VM") with its own. */
export interface QuotaWords {
  line: MessageId
  over: MessageId
  blocked: MessageId
}

const requestWords: QuotaWords = {
  line: 'forms.quota.line',
  over: 'forms.quota.over',
  blocked: 'forms.quota.blocked',
}

export interface QuotaCheckResult {
  lines: QuotaLine[]
  check: Check
  error: unknown
  retry: () => void
  words: QuotaWords
}

export function useQuotaCheck(
  account: string,
  needs: readonly QuotaNeed[],
  words: QuotaWords = requestWords,
): QuotaCheckResult {
  const t = useT()
  // Read afresh when a form opens: someone else on the team may have used the quota a moment ago.
  const quotas = useQuery({ ...oscQueryAll(account, 'ReadQuotas', {}), refetchOnMount: 'always' })
  const lines = quotaLines(
    (quotas.data?.QuotaTypes ?? []).flatMap((type) => type.Quotas ?? []),
    needs,
  )
  const over = overQuota(lines)
  const check: Check =
    over.length === 0
      ? allowed
      : {
          allowed: false,
          reason: t('forms.quota.reason', {
            reasons: over
              .map((l) =>
                t(words.over, { label: t(l.label), used: l.used, max: l.max, requested: l.requested }),
              )
              .join('; '),
          }),
        }
  return { lines, check, error: quotas.error, retry: () => void quotas.refetch(), words }
}

export function QuotaSummary({ quota }: { quota: QuotaCheckResult }) {
  const t = useT()
  if (quota.error)
    return <ErrorPanel error={quota.error} onRetry={quota.retry} title={t('forms.quota.readFailed')} />
  return (
    <>
      <ul className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3" aria-label={t('forms.quota.left')}>
        {quota.lines.map((l) => (
          <li
            key={l.name}
            className={l.used + l.requested > l.max ? 'font-medium text-red-700 dark:text-red-300' : ''}
          >
            {t(quota.words.line, {
              label: t(l.label),
              left: Math.max(0, l.max - l.used),
              max: l.max,
              requested: l.requested,
            })}
          </li>
        ))}
      </ul>
      {!quota.check.allowed && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {t(quota.words.blocked, { reason: quota.check.reason })}
        </p>
      )}
    </>
  )
}
