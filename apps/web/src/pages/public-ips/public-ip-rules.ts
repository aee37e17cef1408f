// What can be done to a public IP, as data. OUTSCALE refuses to release an address that is still attached, so the
// console refuses it first and says what holds it; an attached address must be detached before it moves.
import type { PublicIp } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { text } from '../../i18n/text.ts'

/** What the address is attached to (a VM, else a NIC), or undefined when it is idle. */
export function attachedTo(ip: PublicIp): string | undefined {
  if (!ip.LinkPublicIpId) return undefined
  return ip.VmId || ip.NicId || ip.LinkPublicIpId
}

/** An allocated address attached to nothing is billed by the hour all the same. */
export const isIdle = (ip: PublicIp) => !ip.LinkPublicIpId

export const publicIpCan = {
  attach: (ip: PublicIp): RuleCheck =>
    ip.LinkPublicIpId
      ? { allowed: false, reason: text('publicIps.rule.alreadyAttached', { target: attachedTo(ip) ?? '' }) }
      : allowed,
  detach: (ip: PublicIp): RuleCheck =>
    ip.LinkPublicIpId ? allowed : { allowed: false, reason: text('publicIps.rule.notAttached') },
  release: (ip: PublicIp): RuleCheck =>
    ip.LinkPublicIpId
      ? { allowed: false, reason: text('publicIps.rule.releaseAttached', { target: attachedTo(ip) ?? '' }) }
      : allowed,
}

export const publicIpBulkActions: readonly BulkAction<PublicIp>[] = [
  {
    key: 'detach',
    action: 'UnlinkPublicIp',
    label: 'publicIps.detach',
    noneCan: 'publicIps.bulk.noneDetach',
    rule: publicIpCan.detach,
    params: (_id, ip) => ({ LinkPublicIpId: ip.LinkPublicIpId }),
  },
  {
    key: 'release',
    action: 'DeletePublicIp',
    label: 'publicIps.release',
    noneCan: 'publicIps.bulk.noneRelease',
    rule: publicIpCan.release,
    params: (id) => ({ PublicIpId: id }),
    danger: true,
    typeToConfirm: { word: 'publicIps.bulk.releaseWord', warning: 'publicIps.release.body' },
  },
]

export const publicIpQuotaNeeds: QuotaNeed[] = [
  { name: 'ip_limit', label: text('publicIps.quota'), requested: 1 },
]
