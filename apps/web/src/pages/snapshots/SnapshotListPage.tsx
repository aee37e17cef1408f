import { Suspense, lazy, useState } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { snapshotResource } from '../../kit/registry.ts'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { snapshotColumns } from './snapshot-columns.tsx'
import { snapshotBulkActions } from './snapshot-rules.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const SnapshotCreateDialog = lazy(() =>
  import('./SnapshotCreateDialog.tsx').then((m) => ({ default: m.SnapshotCreateDialog })),
)

export default function SnapshotListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
  return (
    <ResourceListPage
      resource={snapshotResource}
      account={account}
      columns={snapshotColumns}
      tableLabel="snapshots.table"
      notAllowed="snapshots.notAllowed"
      empty={{ title: 'snapshots.empty.title', body: 'snapshots.empty.body' }}
      bulkActions={snapshotBulkActions}
      create={
        <>
          <ActionButton check={can('CreateSnapshot')} variant="primary" onClick={() => setCreating(true)}>
            {t('snapshots.create.title')}
          </ActionButton>
          {creating && (
            <Suspense fallback={null}>
              <SnapshotCreateDialog account={account} onClose={() => setCreating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
