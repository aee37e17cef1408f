// A snapshot's export tasks to OOS with their progress, read again every few seconds while one runs, and the
// button that starts another.
import { Suspense, lazy, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { oscQuery, pollWhile } from '@osc-console/data'
import type { ReadSnapshotExportTasksResponse, Snapshot } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { StateBadge } from '../../ui/StateBadge.tsx'
import { Progress } from './snapshot-columns.tsx'
import { snapshotCan } from './snapshot-rules.ts'

const SnapshotExportDialog = lazy(() =>
  import('./SnapshotExportDialog.tsx').then((m) => ({ default: m.SnapshotExportDialog })),
)

// An export task is "active" while it copies, a state the shared polling does not know: it counts as pending.
const taskStates = (data: ReadSnapshotExportTasksResponse) =>
  (data.SnapshotExportTasks ?? []).map((task) => (task.State === 'active' ? 'pending' : task.State))

export function SnapshotExports({ account, snapshot }: { account: string; snapshot: Snapshot }) {
  const t = useT()
  const can = useCan()
  const [open, setOpen] = useState(false)
  const readable = can('ReadSnapshotExportTasks')
  const tasks = useQuery({
    ...oscQuery(account, 'ReadSnapshotExportTasks', {
      Filters: { SnapshotIds: [snapshot.SnapshotId ?? ''] },
    }),
    refetchInterval: pollWhile(taskStates),
    enabled: readable.allowed,
  })
  const list = tasks.data?.SnapshotExportTasks ?? []
  return (
    <section className="card flex flex-col gap-3 p-4 text-sm">
      <div>
        <ActionButton
          check={allOf(can('CreateSnapshotExportTask'), snapshotCan.share(snapshot))}
          onClick={() => setOpen(true)}
        >
          {t('snapshots.export.title')}
        </ActionButton>
      </div>
      {tasks.error ? (
        <ErrorPanel error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">{readable.allowed ? t('snapshots.export.none') : readable.reason}</p>
      ) : (
        <table className="w-full" aria-label={t('snapshots.export.tasks')}>
          <thead>
            <tr className="text-left text-xs muted">
              <th scope="col">{t('snapshots.export.task')}</th>
              <th scope="col">{t('table.col.state')}</th>
              <th scope="col">{t('snapshots.col.progress')}</th>
              <th scope="col">{t('snapshots.export.destination')}</th>
              <th scope="col">{t('snapshots.export.format')}</th>
              <th scope="col">{t('snapshots.export.comment')}</th>
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
                    label={t('snapshots.progressOf', { id: task.TaskId ?? '' })}
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
          <SnapshotExportDialog account={account} snapshot={snapshot} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </section>
  )
}
