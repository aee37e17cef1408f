import { lazy } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { volumeResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { volumeColumns } from './volume-columns.tsx'
import { volumeBulkActions } from './volume-rules.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const VolumeCreateDialog = lazy(() =>
  import('./VolumeCreateDialog.tsx').then((m) => ({ default: m.VolumeCreateDialog })),
)

export default function VolumeListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={volumeResource}
      account={account}
      columns={volumeColumns}
      tableLabel="volumes.table"
      notAllowed="volumes.notAllowed"
      empty={{ title: 'volumes.empty.title', body: 'volumes.empty.body' }}
      bulkActions={volumeBulkActions}
      create={
        <CreateButton
          action="CreateVolume"
          label="volumes.create.title"
          form={VolumeCreateDialog}
          account={account}
        />
      }
    />
  )
}
