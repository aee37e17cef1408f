// What can be done to security groups from the list, as data. A delete the API would refuse (the default group,
// a group something still uses) is refused here first, saying what uses it.
import type { SecurityGroup } from '@osc-console/osc-api'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import { canDeleteGroup, type GroupUsage } from './sg-rules.ts'

export function securityGroupBulkActions(
  usage: Map<string, GroupUsage> | undefined,
): readonly BulkAction<SecurityGroup>[] {
  return [
    {
      key: 'delete',
      action: 'DeleteSecurityGroup',
      label: 'sg.delete',
      noneCan: 'sg.bulk.noneDelete',
      rule: (sg) => canDeleteGroup(sg, usage?.get(sg.SecurityGroupId ?? '')),
      params: (id) => ({ SecurityGroupId: id }),
      danger: true,
      typeToConfirm: { word: 'sg.bulk.deleteWord', warning: 'sg.delete.body' },
    },
  ]
}
