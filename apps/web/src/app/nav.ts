// The sidebar: resource families and their pages. `built: false` pages show a "coming soon" state.
import { permission, type Me } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'

export interface NavItem {
  section: string
  label: string
  built: boolean
  description: string
  /** The call without which the page has nothing to show; absent when every role can use it. */
  reads?: ActionName
}

export interface NavGroup {
  label: string
  items: NavItem[]
}

export const navGroups: NavGroup[] = [
  {
    label: 'Compute',
    items: [
      { section: 'vms', label: 'VMs', built: true, description: 'Virtual machines', reads: 'ReadVms' },
      { section: 'images', label: 'Images', built: false, description: 'OMIs to boot VMs from' },
      { section: 'keypairs', label: 'Keypairs', built: false, description: 'SSH keys for VMs' },
    ],
  },
  {
    label: 'Network',
    items: [
      { section: 'nets', label: 'Nets', built: false, description: 'Private networks' },
      { section: 'subnets', label: 'Subnets', built: false, description: 'Subnets of Nets' },
      { section: 'security-groups', label: 'Security groups', built: false, description: 'Firewall rules' },
      { section: 'public-ips', label: 'Public IPs', built: false, description: 'Elastic public addresses' },
      { section: 'nics', label: 'NICs', built: false, description: 'Network interfaces' },
    ],
  },
  {
    label: 'Storage',
    items: [
      { section: 'volumes', label: 'Volumes', built: false, description: 'Block storage' },
      { section: 'snapshots', label: 'Snapshots', built: false, description: 'Volume snapshots' },
    ],
  },
  {
    label: 'Load balancing',
    items: [
      { section: 'load-balancers', label: 'Load balancers', built: false, description: 'Load balancers' },
    ],
  },
  {
    label: 'Account',
    items: [
      {
        section: 'quotas',
        label: 'Quotas',
        built: true,
        description: 'Limits and usage',
        reads: 'ReadQuotas',
      },
      {
        section: 'consumption',
        label: 'Consumption',
        built: true,
        description: 'Usage and cost',
        reads: 'ReadConsumptionAccount',
      },
      { section: 'audit', label: 'Audit log', built: true, description: 'Who did what' },
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
