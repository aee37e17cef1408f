// OUTSCALE's own log of the account's calls (ReadApiLogs), whoever made them: each call is matched by its RequestId
// with the console's records, so a team sees who made a change through the console, and which calls came from
// elsewhere with the account's keys (a script, Terraform, another console). The console's reads are not in its audit
// log; its backend names itself in the User-Agent it sends, which is how they are told apart.
import { useMemo } from 'react'
import { useInfiniteQuery, useQueries } from '@tanstack/react-query'
import { auditQuery, oscPagesQuery } from '@osc-console/data'
import { CONSOLE_USER_AGENT, type AuditRecord, type Log, type ReadApiLogsRequest } from '@osc-console/osc-api'
import { PlainTable } from '../../kit/PlainTable.tsx'
import { Loaded } from '../../kit/Section.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { useFormatters } from '../../i18n/format.ts'
import { useT } from '../../i18n/text.ts'
import { personLabel } from './audit-format.ts'
import { OlderPages } from './OlderPages.tsx'
import type { AuditSearch } from './search.ts'

/** As many as the console's audit log matches in one request. */
const PAGE_SIZE = 100

/** The ReadApiLogs request for the page's filters; the raw headers and payload (secrets) are never asked for. */
export function apiLogRequest(search: AuditSearch): ReadApiLogsRequest {
  return {
    ResultsPerPage: PAGE_SIZE,
    With: { QueryHeaderRaw: false, QueryPayloadRaw: false },
    Filters: {
      ...(search.action ? { QueryCallNames: [search.action] } : {}),
      ...(search.from ? { QueryDateAfter: search.from } : {}),
      ...(search.to ? { QueryDateBefore: search.to } : {}),
    },
  }
}

export function ApiLogView({ account, search }: { account: string; search: AuditSearch }) {
  const t = useT()
  const f = useFormatters()
  const logs = useInfiniteQuery(oscPagesQuery(account, 'ReadApiLogs', apiLogRequest(search)))
  const pages = useMemo(() => logs.data?.pages.map((p) => p.Logs ?? []) ?? [], [logs.data])
  // One audit query per page of logs: the console's records of those RequestIds.
  const matches = useQueries({
    queries: pages.map((page) => {
      const ids = page.flatMap((l) => (l.RequestId ? [l.RequestId] : []))
      return {
        ...auditQuery({ account, requestIds: ids.join(','), limit: PAGE_SIZE }),
        enabled: ids.length > 0,
      }
    }),
  })
  const byRequestId = new Map<string, AuditRecord>()
  for (const match of matches)
    for (const record of match.data?.records ?? [])
      if (record.requestId) byRequestId.set(record.requestId, record)
  const matchFailed = matches.find((m) => m.isError)?.error
  const entries = pages.flat()

  return (
    <div className="flex flex-col gap-3">
      {matchFailed !== undefined && (
        <ErrorPanel
          error={matchFailed}
          title={t('audit.api.matchFailed')}
          onRetry={() => matches.forEach((m) => void m.refetch())}
        />
      )}
      <Loaded
        error={logs.error && entries.length === 0 ? logs.error : null}
        loading={logs.isPending}
        onRetry={() => void logs.refetch()}
        what={t('audit.api.title')}
      >
        {() =>
          entries.length === 0 ? (
            <p className="card p-10 text-center font-medium">{t('audit.api.empty')}</p>
          ) : (
            <PlainTable
              label={t('audit.api.title')}
              columns={[
                t('audit.column.time'),
                t('audit.api.call'),
                t('audit.api.madeBy'),
                t('audit.api.status'),
                t('audit.api.address'),
                t('audit.api.userAgent'),
                t('audit.column.requestId'),
              ]}
            >
              {entries.map((log, index) => (
                <ApiLogRow
                  key={log.RequestId ?? index}
                  log={log}
                  record={log.RequestId ? byRequestId.get(log.RequestId) : undefined}
                  matched={!matches.some((m) => m.isPending || m.isError)}
                  when={log.QueryDate ? `${f.date(log.QueryDate)} ${f.time(log.QueryDate)}` : '—'}
                />
              ))}
            </PlainTable>
          )
        }
      </Loaded>
      <OlderPages query={logs} />
    </div>
  )
}

function ApiLogRow({
  log,
  record,
  matched,
  when,
}: {
  log: Log
  record: AuditRecord | undefined
  /** False while the console's records are still being read: nothing is said about who made the call yet. */
  matched: boolean
  when: string
}) {
  const t = useT()
  const failed = (log.ResponseStatusCode ?? 200) >= 400
  return (
    <tr>
      <td className="whitespace-nowrap">{when}</td>
      <td className="font-medium">{log.QueryCallName ?? '—'}</td>
      <td className="whitespace-nowrap">
        {record ? (
          t('audit.api.throughConsole', { person: personLabel(record.person) })
        ) : !matched ? (
          <span className="muted">…</span>
        ) : log.QueryUserAgent?.startsWith(`${CONSOLE_USER_AGENT}/`) ? (
          <span className="muted">{t('audit.api.consoleRead')}</span>
        ) : (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
            {t('audit.api.outside')}
          </span>
        )}
      </td>
      <td className={failed ? 'font-medium text-red-700 dark:text-red-300' : ''}>
        {log.ResponseStatusCode ?? '—'}
      </td>
      <td className="font-mono text-xs">{log.QueryIpAddress ?? '—'}</td>
      <td className="max-w-56 truncate text-xs" title={log.QueryUserAgent}>
        {log.QueryUserAgent ?? '—'}
      </td>
      <td className="whitespace-nowrap font-mono text-xs">
        {log.RequestId && (
          <>
            {log.RequestId.slice(0, 8)}…
            <CopyButton text={log.RequestId} label={t('audit.copyRequestId')} />
          </>
        )}
      </td>
    </tr>
  )
}
