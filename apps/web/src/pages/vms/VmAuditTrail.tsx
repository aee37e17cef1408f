import { useQuery } from '@tanstack/react-query'
import { auditQuery } from '@osc-console/data'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { formatDate } from '../../table/columns.tsx'

export function VmAuditTrail({ vmId, account }: { vmId: string; account: string }) {
  const query = useQuery(auditQuery({ account, resourceId: vmId, limit: 50 }))
  if (query.isPending) return <Skeleton className="h-24 w-full" />
  if (query.error) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  const records = query.data.records
  if (records.length === 0) {
    return <p className="card p-4 text-sm muted">Nobody has changed this VM through the console yet.</p>
  }
  return (
    <div className="card p-4">
      <table aria-label="Audit trail" className="w-full text-sm">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col">Time</th>
            <th scope="col">Person</th>
            <th scope="col">Action</th>
            <th scope="col">Result</th>
            <th scope="col">RequestId</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 dark:border-slate-800">
              <td className="py-1">
                <time dateTime={r.time}>{formatDate(r.time)}</time>
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
