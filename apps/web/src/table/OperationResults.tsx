// Per-item results of a bulk operation, read from the BFF by id (kept in the URL), so they are still there
// after a reload.
import { useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, humanAction, invalidateAfter, operationQuery, type Operation } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'

const statusText: Record<Operation['items'][number]['status'], string> = {
  pending: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  unknown: 'Outcome unknown',
}
const statusClass: Record<Operation['items'][number]['status'], string> = {
  pending: 'text-amber-700 dark:text-amber-300',
  succeeded: 'text-green-700 dark:text-green-300',
  failed: 'text-red-700 dark:text-red-300',
  unknown: 'text-amber-700 dark:text-amber-300',
}

export function OperationResults({
  id,
  onDismiss,
  nameOf,
}: {
  id: string
  onDismiss: () => void
  nameOf: (resourceId: string) => string | undefined
}) {
  const { data, error, refetch } = useQuery(operationQuery(id))
  const client = useQueryClient()
  // Items change state while the operation runs: refresh what the lists show. Structural sharing keeps `data`
  // the same object between polls that bring nothing new, so this runs only when an item settles.
  useEffect(() => {
    if (data) void invalidateAfter(client, data.account, data.action)
  }, [data, client])
  if (error) {
    return (
      <section aria-label="Operation results" className="card p-3">
        <ErrorPanel
          error={error}
          onRetry={() => void refetch()}
          title="The results of this operation cannot be read"
        />
        <button type="button" className="btn mt-2" onClick={onDismiss}>
          Dismiss results
        </button>
      </section>
    )
  }
  if (!data)
    return (
      <section aria-label="Operation results" aria-busy="true" className="card p-3 text-sm muted">
        Loading results…
      </section>
    )
  const counts = data.items.reduce<Record<string, number>>((acc, item) => {
    acc[item.status] = (acc[item.status] ?? 0) + 1
    return acc
  }, {})
  return (
    <section aria-label="Operation results" className="card max-h-56 overflow-y-auto p-3">
      <div className="flex items-center gap-3">
        <h2 className="text-sm font-semibold">
          {humanAction(data.action)}: {data.status === 'running' ? 'running' : 'done'}
        </h2>
        <p className="text-xs muted">
          {counts.succeeded ?? 0} succeeded, {counts.failed ?? 0} failed
          {counts.unknown ? `, ${counts.unknown} unknown` : ''}
          {counts.pending ? `, ${counts.pending} in progress` : ''}
        </p>
        <div className="flex-1" />
        <button type="button" className="btn px-2 py-0.5 text-xs" onClick={onDismiss}>
          Dismiss results
        </button>
      </div>
      <table aria-label="Results per item" className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col" className="py-1 font-medium">
              Resource
            </th>
            <th scope="col" className="py-1 font-medium">
              Result
            </th>
            <th scope="col" className="py-1 font-medium">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => {
            const name = nameOf(item.resourceId)
            const error = item.error ? ApiError.fromBody({ error: item.error }, item.error.status) : undefined
            return (
              <tr key={item.resourceId} className="border-t border-slate-100 align-top dark:border-slate-800">
                <td className="py-1 pr-3">
                  {name ? `${name} ` : ''}
                  <span className="font-mono text-xs">{item.resourceId}</span>
                </td>
                <td className={`py-1 pr-3 font-medium ${statusClass[item.status]}`}>
                  {statusText[item.status]}
                </td>
                <td className="py-1">
                  {error ? (
                    <>
                      {error.message}
                      {error.referenceId && (
                        <span className="ml-1 font-mono text-xs muted">RequestId {error.referenceId}</span>
                      )}
                    </>
                  ) : item.requestId ? (
                    <span className="font-mono text-xs muted">RequestId {item.requestId}</span>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
