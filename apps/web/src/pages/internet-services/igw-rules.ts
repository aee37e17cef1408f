// What can be done to an Internet service, as data: OUTSCALE links one to a Net at a time and a Net takes one, and
// refuses to delete one still linked.
import type { InternetService } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text } from '../../i18n/text.ts'

export const igwCan = {
  link: (igw: InternetService): RuleCheck =>
    igw.NetId ? { allowed: false, reason: text('igw.rule.linked', { net: igw.NetId }) } : allowed,
  unlink: (igw: InternetService): RuleCheck =>
    igw.NetId ? allowed : { allowed: false, reason: text('igw.rule.notLinked') },
  delete: (igw: InternetService): RuleCheck =>
    igw.NetId ? { allowed: false, reason: text('igw.rule.deleteLinked', { net: igw.NetId }) } : allowed,
}

export const igwBulkActions: readonly BulkAction<InternetService>[] = [
  {
    key: 'unlink',
    action: 'UnlinkInternetService',
    label: 'igw.unlink',
    noneCan: 'igw.bulk.noneUnlink',
    rule: igwCan.unlink,
    params: (id, igw) => ({ InternetServiceId: id, NetId: igw.NetId }),
  },
  {
    key: 'delete',
    action: 'DeleteInternetService',
    label: 'igw.delete',
    noneCan: 'igw.bulk.noneDelete',
    rule: igwCan.delete,
    params: (id) => ({ InternetServiceId: id }),
    danger: true,
    typeToConfirm: { word: 'igw.bulk.deleteWord', warning: 'igw.delete.body' },
  },
]

export const igwQuotaNeeds: QuotaNeed[] = [{ name: 'igw_limit', label: text('igw.quota'), requested: 1 }]
