import { lazy, useMemo } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { CreateButton } from '../../kit/CreateButton.tsx'
import { securityGroupResource } from '../../kit/registry.ts'
import { useAccountId } from '../../app/account.ts'
import { securityGroupColumns } from './sg-columns.tsx'
import { securityGroupBulkActions } from './sg-actions.ts'
import { useGroupUsage } from './sg-usage.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const SgCreateDialog = lazy(() => import('./SgCreateDialog.tsx').then((m) => ({ default: m.SgCreateDialog })))

export default function SecurityGroupListPage() {
  const account = useAccountId()
  const { usage } = useGroupUsage(account)
  const columns = useMemo(() => securityGroupColumns(usage), [usage])
  const bulkActions = useMemo(() => securityGroupBulkActions(usage), [usage])
  return (
    <ResourceListPage
      resource={securityGroupResource}
      account={account}
      columns={columns}
      tableLabel="sg.table"
      notAllowed="sg.notAllowed"
      empty={{ title: 'sg.empty.title', body: 'sg.empty.body' }}
      bulkActions={bulkActions}
      create={
        <CreateButton
          action="CreateSecurityGroup"
          label="sg.create.title"
          form={SgCreateDialog}
          account={account}
        />
      }
    />
  )
}
