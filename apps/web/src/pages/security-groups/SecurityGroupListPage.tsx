import { Suspense, lazy, useMemo, useState } from 'react'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { securityGroupResource } from '../../kit/registry.ts'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { securityGroupColumns } from './sg-columns.tsx'
import { securityGroupBulkActions } from './sg-actions.ts'
import { useGroupUsage } from './sg-usage.ts'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const SgCreateDialog = lazy(() => import('./SgCreateDialog.tsx').then((m) => ({ default: m.SgCreateDialog })))

export default function SecurityGroupListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
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
        <>
          <ActionButton
            check={can('CreateSecurityGroup')}
            variant="primary"
            onClick={() => setCreating(true)}
          >
            {t('sg.create.title')}
          </ActionButton>
          {creating && (
            <Suspense fallback={null}>
              <SgCreateDialog account={account} onClose={() => setCreating(false)} />
            </Suspense>
          )}
        </>
      }
    />
  )
}
