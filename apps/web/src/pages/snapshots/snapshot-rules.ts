// What can be done to a snapshot, as data. A snapshot gives a volume only once completed; sharing it (who may
// create volumes from it) is for administrators, which the role model already decides.
import type { Snapshot } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'

export const snapshotQuotaNeeds: QuotaNeed[] = [
  { name: 'snapshot_limit', label: text('snapshots.quota.snapshots'), requested: 1 },
]

const completed = (s: Snapshot): RuleCheck =>
  s.State === 'completed'
    ? allowed
    : { allowed: false, reason: text('snapshots.rule.notCompleted', { state: s.State ?? '' }) }

export const snapshotCan = {
  createVolume: completed,
  copy: completed,
  share: completed,
  delete: (s: Snapshot): RuleCheck =>
    s.State === 'deleting' ? { allowed: false, reason: text('snapshots.rule.deleting') } : allowed,
}

export const snapshotBulkActions: readonly BulkAction<Snapshot>[] = [
  {
    key: 'delete',
    action: 'DeleteSnapshot',
    label: 'snapshots.delete',
    noneCan: 'snapshots.bulk.noneDelete',
    rule: snapshotCan.delete,
    params: (id) => ({ SnapshotId: id }),
    danger: true,
    typeToConfirm: { word: 'snapshots.bulk.deleteWord', warning: 'snapshots.delete.body' },
  },
]
