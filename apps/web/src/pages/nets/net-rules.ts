// What can be done to a Net, as data. OUTSCALE refuses to delete a Net that still holds Subnets or an Internet
// service; the console refuses first and says what is left to remove.
import type { Net } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text } from '../../i18n/text.ts'
import { netContents, type Network, type NetContents } from './net-data.ts'

export function canDeleteNet(contents: NetContents | undefined): RuleCheck {
  if (!contents) return { allowed: false, reason: text('nets.rule.loading') }
  if (contents.subnets.length > 0)
    return { allowed: false, reason: text('nets.rule.hasSubnets', { count: contents.subnets.length }) }
  if (contents.internetService)
    return {
      allowed: false,
      reason: text('nets.rule.hasInternetService', { id: contents.internetService.InternetServiceId ?? '' }),
    }
  return allowed
}

export function netBulkActions(network: Network): readonly BulkAction<Net>[] {
  const contentsOf = (net: Net) => (network.loaded ? netContents(network, net.NetId) : undefined)
  return [
    {
      key: 'delete',
      action: 'DeleteNet',
      label: 'nets.delete',
      noneCan: 'nets.bulk.noneDelete',
      rule: (net) => canDeleteNet(contentsOf(net)),
      params: (id) => ({ NetId: id }),
      danger: true,
      typeToConfirm: { word: 'nets.bulk.deleteWord', warning: 'nets.delete.body' },
    },
  ]
}

export const netQuotaNeeds: QuotaNeed[] = [{ name: 'vpc_limit', label: text('nets.quota'), requested: 1 }]
