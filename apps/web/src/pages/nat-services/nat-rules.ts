// What can be done to a NAT service, as data. OUTSCALE puts one in a public Subnet with an idle public IP of the
// account (one NAT service per Subnet), and refuses to delete one already going away.
import type { NatService, PublicIp, Subnet } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text, type Text } from '../../i18n/text.ts'

/** Deleting and deleted NAT services no longer route anything; OUTSCALE lists them for a while. */
export const isLive = (nat: NatService) => nat.State !== 'deleting' && nat.State !== 'deleted'

export const natCan = {
  delete: (nat: NatService): RuleCheck =>
    isLive(nat) ? allowed : { allowed: false, reason: text('nat.rule.gone', { state: nat.State ?? '' }) },
}

/** The Subnets a new NAT service may go in: those without a live one. */
export function freeSubnets(subnets: readonly Subnet[], nats: readonly NatService[]): Subnet[] {
  const taken = new Set(nats.filter(isLive).map((n) => n.SubnetId))
  return subnets.filter((s) => !taken.has(s.SubnetId))
}

/** The public IPs a new NAT service may take: those attached to nothing. */
export const idlePublicIps = (ips: readonly PublicIp[]) => ips.filter((ip) => !ip.LinkPublicIpId)

export interface NatForm {
  name: string
  subnetId: string
  publicIpId: string
}

export function natFormProblems(v: NatForm): Partial<Record<keyof NatForm, Text | undefined>> {
  return {
    subnetId: v.subnetId ? undefined : text('nat.create.chooseSubnet'),
    publicIpId: v.publicIpId ? undefined : text('nat.create.chooseIp'),
  }
}

export const natBulkActions: readonly BulkAction<NatService>[] = [
  {
    key: 'delete',
    action: 'DeleteNatService',
    label: 'nat.delete',
    noneCan: 'nat.bulk.noneDelete',
    rule: natCan.delete,
    params: (id) => ({ NatServiceId: id }),
    danger: true,
    typeToConfirm: { word: 'nat.bulk.deleteWord', warning: 'nat.delete.body' },
  },
]

export const natQuotaNeeds: QuotaNeed[] = [
  { name: 'nat_gateway_limit', label: text('nat.quota'), requested: 1 },
]
