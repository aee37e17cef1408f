// The audit records, newest first, one row each with a disclosure for its details. A plain table rather than
// the resource table: the log is paged by the BFF, never sorted or selected in the browser.
import { Fragment, useState, type ReactNode } from 'react'
import type { AuditRecord } from '@osc-console/osc-api'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { personLabel } from './audit-format.ts'
import { ResourceIds, ResultBadge } from './AuditRecordParts.tsx'
import { AuditRecordDetails } from './AuditRecordDetails.tsx'
import type { MessageId } from '../../i18n/catalog.ts'
import { useT } from '../../i18n/text.ts'
import { useFormatters } from '../../i18n/format.ts'

const headers: MessageId[] = [
  'audit.column.time',
  'audit.column.person',
  'audit.column.action',
  'audit.column.resources',
  'audit.column.result',
  'audit.column.attempts',
  'audit.column.duration',
  'audit.column.requestId',
]
const COLUMNS = headers.length + 1

export interface AuditTableProps {
  account: string
  records: AuditRecord[]
  loading: boolean
  /** Set when the first page could not be read. */
  error: unknown
  onRetry: () => void
  /** What to say when there is no record: it differs with and without filters. */
  empty: ReactNode
}

export function AuditTable({ account, records, loading, error, onRetry, empty }: AuditTableProps) {
  const t = useT()
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setOpen((old) => {
      const next = new Set(old)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  let body: ReactNode
  if (loading)
    body = Array.from({ length: 8 }, (_, i) => (
      <tr key={i}>
        <td colSpan={COLUMNS} className="px-2 py-2">
          <Skeleton className="h-8 w-full" />
        </td>
      </tr>
    ))
  else if (error && records.length === 0)
    body = (
      <tr>
        <td colSpan={COLUMNS} className="p-4">
          <ErrorPanel error={error} onRetry={onRetry} title={t('audit.loadFailed')} />
        </td>
      </tr>
    )
  else if (records.length === 0)
    body = (
      <tr>
        <td colSpan={COLUMNS} className="p-10 text-center">
          {empty}
        </td>
      </tr>
    )
  else
    body = records.map((record) => (
      <AuditRow
        key={record.id}
        account={account}
        record={record}
        open={open.has(record.id)}
        onToggle={() => toggle(record.id)}
      />
    ))

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table aria-label={t('audit.table')} aria-busy={loading} className="w-full text-sm">
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className="w-8 border-b border-slate-200 px-1.5 py-2 dark:border-slate-700">
              <span className="sr-only">{t('audit.column.details')}</span>
            </th>
            {headers.map((h) => (
              <th
                key={h}
                scope="col"
                className="border-b border-slate-200 px-1.5 py-2 text-left font-medium whitespace-nowrap dark:border-slate-700"
              >
                {t(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  )
}

function AuditRow({
  account,
  record,
  open,
  onToggle,
}: {
  account: string
  record: AuditRecord
  open: boolean
  onToggle: () => void
}) {
  const t = useT()
  const f = useFormatters()
  const when = { date: f.date(record.time), time: f.time(record.time) }
  const detailsId = `audit-details-${record.id}`
  const cell = 'px-1.5 py-2 align-top'
  return (
    <Fragment>
      <tr className="border-b border-slate-100 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
        <td className={cell}>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={t('audit.detailsOf', { action: record.action ?? record.kind, ...when })}
            className="rounded px-1 text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
            onClick={onToggle}
          >
            <span
              aria-hidden="true"
              className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}
            >
              ▸
            </span>
          </button>
        </td>
        <td className={`${cell} whitespace-nowrap`}>
          <time dateTime={record.time} title={record.time}>
            <span className="block">{when.date}</span>
            <span className="block text-xs muted">{when.time}</span>
          </time>
        </td>
        <td className={cell} title={record.person.email}>
          {personLabel(record.person) || <span className="muted">—</span>}
        </td>
        <td className={`${cell} font-medium`}>
          <ActionName name={record.action ?? record.kind} />
        </td>
        <td className={cell}>
          <ResourceIds account={account} ids={record.resourceIds ?? []} />
        </td>
        <td className={cell}>
          <ResultBadge record={record} />
        </td>
        <td className={`${cell} text-right tabular-nums`}>{record.attempts ?? '—'}</td>
        <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>
          {f.duration(record.durationMs) || '—'}
        </td>
        <td className={cell}>
          {record.requestId ? (
            <span className="flex items-center gap-1.5">
              {/* The whole id stays in the page (find, copy, screen readers); the cell shows its start. */}
              <span className="block w-16 truncate font-mono text-xs" title={record.requestId}>
                {record.requestId}
              </span>
              <CopyButton text={record.requestId} label={t('audit.copy')} />
            </span>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
      </tr>
      {open && (
        <tr
          id={detailsId}
          className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60"
        >
          <td />
          <td colSpan={COLUMNS - 1} className="px-2 py-3">
            {/* Zero width, full cell: the details take the columns' width instead of widening them. */}
            <div className="w-0 min-w-full">
              <AuditRecordDetails record={record} account={account} />
            </div>
          </td>
        </tr>
      )}
    </Fragment>
  )
}

/** An action name that may break between its words (Create·Load·Balancer·Listeners), never inside one. */
function ActionName({ name }: { name: string }) {
  const words = name.split(/(?=[A-Z])/)
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </>
  )
}
