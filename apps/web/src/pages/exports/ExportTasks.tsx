// An item's export tasks to OOS with their progress, read again every few seconds while one runs, and the button
// that starts another: the exports tab of a snapshot and of an image.
import { Suspense, lazy, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { oscQuery, pollWhile } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf, type RuleCheck } from '../../ui/ActionButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { StateBadge } from '../../ui/StateBadge.tsx'
import { Progress } from '../snapshots/snapshot-columns.tsx'
import { pollingStates, type ExportTaskRow } from './export-form.ts'
import type { ExportKind } from './export-kinds.ts'

const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })))

export function ExportTasks({
  account,
  kind,
  id,
  canExport,
}: {
  account: string
  kind: ExportKind
  id: string
  /** Whether the item itself can be exported now (completed, available, owned). */
  canExport: RuleCheck
}) {
  const t = useT()
  const can = useCan()
  const [open, setOpen] = useState(false)
  const readable = can(kind.read)
  const tasksOf = (data: unknown) => (data as Record<string, ExportTaskRow[] | undefined>)[kind.listKey] ?? []
  const tasks = useQuery({
    ...oscQuery(account, kind.read, kind.readParams(id) as never),
    refetchInterval: pollWhile((data: unknown) => pollingStates(tasksOf(data))),
    enabled: readable.allowed,
  })
  const list = tasksOf(tasks.data ?? {})
  return (
    <section className="card flex flex-col gap-3 p-4 text-sm">
      <div>
        <ActionButton check={allOf(can(kind.create), canExport)} onClick={() => setOpen(true)}>
          {t('exports.title')}
        </ActionButton>
      </div>
      {tasks.error ? (
        <ErrorPanel error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">{readable.allowed ? t(kind.none) : readable.reason}</p>
      ) : (
        <table className="w-full" aria-label={t('exports.tasks')}>
          <thead>
            <tr className="text-left text-xs muted">
              <th scope="col">{t('exports.task')}</th>
              <th scope="col">{t('table.col.state')}</th>
              <th scope="col">{t('exports.progress')}</th>
              <th scope="col">{t('exports.destination')}</th>
              <th scope="col">{t('exports.format')}</th>
              <th scope="col">{t('exports.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((task) => (
              <tr key={task.TaskId} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 font-mono text-xs">{task.TaskId}</td>
                <td>
                  <StateBadge state={task.State} />
                </td>
                <td>
                  <Progress
                    value={task.Progress ?? 0}
                    label={t('exports.progressOf', { id: task.TaskId ?? '' })}
                  />
                </td>
                <td className="font-mono text-xs break-all">
                  {`osu://${task.OsuExport?.OsuBucket ?? ''}/${task.OsuExport?.OsuPrefix ?? ''}`}
                </td>
                <td>{task.OsuExport?.DiskImageFormat}</td>
                <td>{task.Comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <Suspense fallback={null}>
          <ExportDialog account={account} kind={kind} id={id} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </section>
  )
}
