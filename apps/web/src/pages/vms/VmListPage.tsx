import { useNavigate } from '@tanstack/react-router'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { vmResource } from '../../kit/registry.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { vmColumns } from './vm-columns.tsx'
import { vmBulkActions } from './vm-rules.ts'

export default function VmListPage() {
  const account = useAccountId()
  const navigate = useNavigate()
  const can = useCan()
  const t = useT()
  return (
    <ResourceListPage
      resource={vmResource}
      account={account}
      columns={vmColumns}
      tableLabel="vms.table"
      notAllowed="vms.notAllowed"
      empty={{ title: 'vms.empty.title', body: 'vms.empty.body' }}
      bulkActions={vmBulkActions}
      create={
        <ActionButton
          check={can('CreateVms')}
          variant="primary"
          onClick={() => void navigate(paths.newVm({ account }))}
        >
          {t('vms.create')}
        </ActionButton>
      }
    />
  )
}
