// The sidebar: resource families and their pages. `built: false` pages show a "coming soon" state.
import { permission, type Me } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import type { MessageId } from '../i18n/catalog.ts'

export interface NavItem {
  section: string
  label: MessageId
  built: boolean
  description: MessageId
  /** The call without which the page has nothing to show; absent when every role can use it. */
  reads?: ActionName
}

export interface NavGroup {
  label: MessageId
  items: NavItem[]
}

export const navGroups: NavGroup[] = [
  {
    label: 'nav.group.compute',
    items: [
      { section: 'vms', label: 'nav.vms', built: true, description: 'nav.vms.description', reads: 'ReadVms' },
      { section: 'images', label: 'nav.images', built: false, description: 'nav.images.description' },
      { section: 'keypairs', label: 'nav.keypairs', built: false, description: 'nav.keypairs.description' },
    ],
  },
  {
    label: 'nav.group.network',
    items: [
      { section: 'nets', label: 'nav.nets', built: false, description: 'nav.nets.description' },
      { section: 'subnets', label: 'nav.subnets', built: false, description: 'nav.subnets.description' },
      {
        section: 'security-groups',
        label: 'nav.securityGroups',
        built: false,
        description: 'nav.securityGroups.description',
      },
      {
        section: 'public-ips',
        label: 'nav.publicIps',
        built: false,
        description: 'nav.publicIps.description',
      },
      { section: 'nics', label: 'nav.nics', built: false, description: 'nav.nics.description' },
    ],
  },
  {
    label: 'nav.group.storage',
    items: [
      { section: 'volumes', label: 'nav.volumes', built: false, description: 'nav.volumes.description' },
      {
        section: 'snapshots',
        label: 'nav.snapshots',
        built: false,
        description: 'nav.snapshots.description',
      },
    ],
  },
  {
    label: 'nav.group.loadBalancing',
    items: [
      {
        section: 'load-balancers',
        label: 'nav.loadBalancers',
        built: false,
        description: 'nav.loadBalancers.description',
      },
    ],
  },
  {
    label: 'nav.group.account',
    items: [
      {
        section: 'quotas',
        label: 'nav.quotas',
        built: true,
        description: 'nav.quotas.description',
        reads: 'ReadQuotas',
      },
      {
        section: 'consumption',
        label: 'nav.consumption',
        built: true,
        description: 'nav.consumption.description',
        reads: 'ReadConsumptionAccount',
      },
      { section: 'audit', label: 'nav.audit', built: true, description: 'nav.audit.description' },
    ],
  },
]

export const navItems: NavItem[] = navGroups.flatMap((g) => g.items)

/** The audit log says who changed which resource: a person whose only role is billing (costs) does not read it. */
export function readsAuditLog(me: Me | undefined, accountId: string): boolean {
  const account = me?.accounts.find((a) => a.id === accountId)
  return account !== undefined && account.roles.some((role) => role !== 'billing')
}

/** The sidebar for a person on an account: every group, without the audit log for billing alone. */
export function navGroupsFor(me: Me | undefined, accountId: string): NavGroup[] {
  if (!me || readsAuditLog(me, accountId)) return navGroups
  return navGroups.map((g) => ({ ...g, items: g.items.filter((item) => item.section !== 'audit') }))
}

export function findNavItem(section: string): NavItem | undefined {
  return navItems.find((i) => i.section === section)
}

/** Where a person starts on an account: the first page of the sidebar their role can show (Quotas for billing). */
export function landingSection(me: Me, accountId: string): string {
  const usable = navItems.find(
    (item) => item.built && (!item.reads || permission(me, accountId, item.reads).allowed),
  )
  return usable?.section ?? 'audit'
}
