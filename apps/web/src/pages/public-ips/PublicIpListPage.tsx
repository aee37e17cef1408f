import { lazy } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { publicIpResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { publicIpColumns } from './public-ip-columns.tsx'
import { publicIpBulkActions } from './public-ip-rules.ts'

// The form library comes with the dialog, when someone opens it.
const AllocateDialog = lazy(() =>
  import('./PublicIpAllocateDialog.tsx').then((m) => ({ default: m.PublicIpAllocateDialog })),
)

export default function PublicIpListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={publicIpResource}
      account={account}
      columns={publicIpColumns}
      tableLabel="publicIps.table"
      notAllowed="publicIps.notAllowed"
      empty={{ title: 'publicIps.empty.title', body: 'publicIps.empty.body' }}
      bulkActions={publicIpBulkActions}
      create={
        <CreateButton
          action="CreatePublicIp"
          label="publicIps.create.title"
          form={AllocateDialog}
          account={account}
        />
      }
    />
  )
}
