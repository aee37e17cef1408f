import { lazy } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { snapshotResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { snapshotColumns } from './snapshot-columns.tsx'
import { snapshotBulkActions } from './snapshot-rules.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const SnapshotCreateDialog = lazy(() =>
  import('./SnapshotCreateDialog.tsx').then((m) => ({ default: m.SnapshotCreateDialog })),
)

export default function SnapshotListPage() {
  const account = useAccountId()
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
        <CreateButton
          action="CreateSnapshot"
          label="snapshots.create.title"
          form={SnapshotCreateDialog}
          account={account}
        />
      }
    />
  )
}
