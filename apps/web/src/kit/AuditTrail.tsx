// Who changed one resource through the console, from the audit log: the shared Audit trail tab.
import { useQuery } from '@tanstack/react-query'
import { auditQuery } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { Skeleton } from '../ui/Skeleton.tsx'
import { DateTime } from '../ui/DateTime.tsx'
import { useAccountId } from '../app/account.ts'
import { useT } from '../i18n/text.ts'
import type { ResourceDescriptor } from './descriptor.ts'

export function AuditTrail({ resource: d, id }: { resource: ResourceDescriptor; id: string }) {
  const account = useAccountId()
  const t = useT()
  const query = useQuery(auditQuery({ account, resourceId: id, limit: 50 }))
  if (query.isPending) return <Skeleton className="h-24 w-full" />
  if (query.error) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  const records = query.data.records
  if (records.length === 0) {
    return <p className="card p-4 text-sm muted">{t('kit.audit.none', { noun: t(d.noun, { count: 1 }) })}</p>
  }
  return (
    <div className="card p-4">
      <table aria-label={t('kit.tab.audit')} className="w-full text-sm">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col">{t('kit.audit.time')}</th>
            <th scope="col">{t('kit.audit.person')}</th>
            <th scope="col">{t('kit.audit.action')}</th>
            <th scope="col">{t('kit.audit.result')}</th>
            <th scope="col">{t('kit.audit.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 dark:border-slate-800">
              <td className="py-1">
                <DateTime iso={r.time} />
              </td>
              <td>{r.person.name ?? r.person.email ?? r.person.subject}</td>
              <td>{r.action}</td>
              <td
                className={
                  r.result === 'success'
                    ? 'text-green-700 dark:text-green-300'
                    : 'text-red-700 dark:text-red-300'
                }
              >
                {r.result}
                {r.errorCode ? ` (${[r.errorCode, r.errorType].filter(Boolean).join(' ')})` : ''}
              </td>
              <td className="font-mono text-xs">{r.requestId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
