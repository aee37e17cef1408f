// The pieces of an audit record that both its row and its details show: the result badge and the resource ids.
import type { AuditRecord, AuditResult } from '@osc-console/osc-api'
import { useT } from '../../i18n/text.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'

const resultColours: Record<AuditResult, string> = {
  success: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200',
  failure: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  unknown: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  refused: 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200',
}

/** The result as a badge, with the error code under it: the code is what a person quotes to support. */
export function ResultBadge({ record }: { record: Pick<AuditRecord, 'result' | 'errorCode' | 'errorType'> }) {
  const t = useT()
  return (
    <span className="flex flex-col items-start gap-0.5">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${resultColours[record.result]}`}>
        {t(`audit.result.${record.result}`)}
      </span>
      {record.errorCode && (
        <span className="text-xs muted">
          {t('audit.errorCode', { code: record.errorCode })}
          {record.errorType ? ` ${record.errorType}` : ''}
        </span>
      )}
    </span>
  )
}

/** The first few ids of a record; a bulk call can name a hundred, which its details list in full. */
export function ResourceIds({ account, ids, max = 3 }: { account: string; ids: string[]; max?: number }) {
  const t = useT()
  if (ids.length === 0) return <span className="muted">—</span>
  const shown = ids.slice(0, max)
  return (
    <ul className="flex flex-col">
      {shown.map((id) => (
        <li key={id}>
          <ResourceId account={account} id={id} />
        </li>
      ))}
      {ids.length > shown.length && (
        <li className="text-xs muted">{t('audit.moreIds', { count: ids.length - shown.length })}</li>
      )}
    </ul>
  )
}
