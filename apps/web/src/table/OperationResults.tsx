// Per-item results of a bulk operation, read from the BFF by id (kept in the URL), so they are still there
// after a reload.
import { useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, humanAction, invalidateAfter, operationQuery, type Operation } from '@osc-console/data'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'

const statusText: Record<Operation['items'][number]['status'], MessageId> = {
  pending: 'table.op.pending',
  succeeded: 'table.op.succeeded',
  failed: 'table.op.failed',
  unknown: 'table.op.unknown',
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
  heading,
}: {
  id: string
  onDismiss: () => void
  nameOf: (resourceId: string) => string | undefined
  /** The heading while it runs and once done, for an operation of several actions ("Clean-up running"). */
  heading?: { running: string; done: string }
}) {
  const t = useT()
  const { data, error, refetch } = useQuery(operationQuery(id))
  const client = useQueryClient()
  // Items change state while the operation runs: refresh what the lists show. Structural sharing keeps `data`
  // the same object between polls that bring nothing new, so this runs only when an item settles.
  useEffect(() => {
    if (!data) return
    // A staged operation's items run actions of their own (DeleteVms, then DeleteVolume…).
    for (const action of new Set([data.action, ...data.items.flatMap((item) => item.action ?? [])]))
      void invalidateAfter(client, data.account, action)
  }, [data, client])
  if (error) {
    return (
      <section aria-label={t('table.op.region')} className="card p-3">
        <ErrorPanel error={error} onRetry={() => void refetch()} title={t('table.op.unreadable')} />
        <button type="button" className="btn mt-2" onClick={onDismiss}>
          {t('table.op.dismiss')}
        </button>
      </section>
    )
  }
  if (!data)
    return (
      <section aria-label={t('table.op.region')} aria-busy="true" className="card p-3 text-sm muted">
        {t('table.op.loading')}
      </section>
    )
  const counts = data.items.reduce<Record<string, number>>((acc, item) => {
    acc[item.status] = (acc[item.status] ?? 0) + 1
    return acc
  }, {})
  return (
    <section aria-label={t('table.op.region')} className="card max-h-56 overflow-y-auto p-3">
      <div className="flex items-center gap-3">
        <h2 className="text-sm font-semibold">
          {heading
            ? heading[data.status === 'running' ? 'running' : 'done']
            : t(data.status === 'running' ? 'table.op.running' : 'table.op.done', {
                action: humanAction(data.action),
              })}
        </h2>
        <p className="text-xs muted">
          {t('table.op.counts', {
            succeeded: counts.succeeded ?? 0,
            failed: counts.failed ?? 0,
            unknown: counts.unknown ?? 0,
            pending: counts.pending ?? 0,
          })}
        </p>
        <div className="flex-1" />
        <button type="button" className="btn px-2 py-0.5 text-xs" onClick={onDismiss}>
          {t('table.op.dismiss')}
        </button>
      </div>
      <table aria-label={t('table.op.perItem')} className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-xs muted">
            <th scope="col" className="py-1 font-medium">
              {t('table.op.resource')}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t('table.op.result')}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t('table.op.details')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item, position) => {
            const name = nameOf(item.resourceId)
            const error = item.error ? ApiError.fromBody({ error: item.error }, item.error.status) : undefined
            return (
              // One resource may appear twice (an internet service unlinked, then deleted).
              <tr
                key={`${position}-${item.resourceId}`}
                className="border-t border-slate-100 align-top dark:border-slate-800"
              >
                <td className="py-1 pr-3">
                  {name ? `${name} ` : ''}
                  <span className="font-mono text-xs">{item.resourceId}</span>
                </td>
                <td className={`py-1 pr-3 font-medium ${statusClass[item.status]}`}>
                  {t(statusText[item.status])}
                </td>
                <td className="py-1">
                  {error ? (
                    <>
                      {error.message}
                      {error.referenceId && (
                        <span className="ml-1 font-mono text-xs muted">
                          {t('table.op.requestId', { id: error.referenceId })}
                        </span>
                      )}
                    </>
                  ) : item.requestId ? (
                    <span className="font-mono text-xs muted">
                      {t('table.op.requestId', { id: item.requestId })}
                    </span>
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
