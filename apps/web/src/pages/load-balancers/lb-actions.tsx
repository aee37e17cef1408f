// What can be done to a load balancer as a whole: delete it (one, after typing its name, or several with a result
// for each).
import type { LoadBalancer } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'

export const lbCan = {
  // Deleting a load balancer leaves its backend VMs running; nothing stops it.
  delete: (_lb: LoadBalancer): RuleCheck => allowed,
}

export const loadBalancerBulkActions: readonly BulkAction<LoadBalancer>[] = [
  {
    key: 'delete',
    action: 'DeleteLoadBalancer',
    label: 'lb.delete',
    noneCan: 'lb.bulk.noneDelete',
    rule: lbCan.delete,
    params: (name) => ({ LoadBalancerName: name }),
    danger: true,
    typeToConfirm: { word: 'lb.bulk.deleteWord', warning: 'lb.delete.body' },
  },
]
