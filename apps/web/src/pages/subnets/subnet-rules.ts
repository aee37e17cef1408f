// What can be done to a Subnet, as data. OUTSCALE refuses to delete a Subnet that still holds a VM or a NIC and
// says which; the console shows that refusal with its RequestId rather than guess from a count that lags.
import type { Subnet } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text } from '../../i18n/text.ts'

export const canDeleteSubnet = (_subnet: Subnet): RuleCheck => allowed

export const subnetBulkActions: readonly BulkAction<Subnet>[] = [
  {
    key: 'delete',
    action: 'DeleteSubnet',
    label: 'subnets.delete',
    noneCan: 'subnets.bulk.noneDelete',
    rule: canDeleteSubnet,
    params: (id) => ({ SubnetId: id }),
    danger: true,
    typeToConfirm: { word: 'subnets.bulk.deleteWord', warning: 'subnets.delete.body' },
  },
]

export const subnetQuotaNeeds: QuotaNeed[] = [
  { name: 'subnet_limit', label: text('subnets.quota'), requested: 1 },
]
