import { useNavigate } from '@tanstack/react-router'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { loadBalancerResource } from '../../kit/registry.ts'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { loadBalancerColumns } from './lb-columns.tsx'
import { loadBalancerBulkActions } from './lb-actions.tsx'

export default function LoadBalancerListPage() {
  const account = useAccountId()
  const can = useCan()
  const navigate = useNavigate()
  const t = useT()
  return (
    <ResourceListPage
      resource={loadBalancerResource}
      account={account}
      columns={loadBalancerColumns}
      tableLabel="lb.table"
      notAllowed="lb.notAllowed"
      empty={{ title: 'lb.empty.title', body: 'lb.empty.body' }}
      bulkActions={loadBalancerBulkActions}
      create={
        <ActionButton
          check={can('CreateLoadBalancer')}
          variant="primary"
          onClick={() => void navigate({ to: '/$account/load-balancers/new', params: { account } })}
        >
          {t('lb.create')}
        </ActionButton>
      }
    />
  )
}
