// The sidebar: resource families and their pages. `built: false` pages show a "coming soon" state. Resource
// entries come from the descriptor registry; the account's own pages are listed here.
import { permission, type Me } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import type { MessageId } from '../i18n/catalog.ts'
import { findResource } from '../kit/registry.ts'

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

function resourceItem(section: string): NavItem {
  const d = findResource(section)
  if (!d) throw new Error(`No resource descriptor for the sidebar entry ${section}`)
  return { section, label: d.title, built: d.built, description: d.description, reads: d.read }
}

const resourceItems = (...sections: string[]) => sections.map(resourceItem)

export const navGroups: NavGroup[] = [
  { label: 'nav.group.compute', items: resourceItems('vms', 'images', 'keypairs') },
  {
    label: 'nav.group.network',
    items: resourceItems(
      'nets',
      'subnets',
      'internet-services',
      'nat-services',
      'net-peerings',
      'net-access-points',
      'route-tables',
      'security-groups',
      'public-ips',
      'nics',
    ),
  },
  { label: 'nav.group.storage', items: resourceItems('volumes', 'snapshots') },
  { label: 'nav.group.loadBalancing', items: resourceItems('load-balancers') },
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
      resourceItem('access-keys'),
      resourceItem('users'),
      resourceItem('api-access-rules'),
      { section: 'audit', label: 'nav.audit', built: true, description: 'nav.audit.description' },
      {
        section: 'cleanup',
        label: 'nav.cleanup',
        built: true,
        description: 'nav.cleanup.description',
        // Deleting needs more; the page says per family what the role may not delete.
        reads: 'ReadVms',
      },
      { section: 'team', label: 'nav.team', built: true, description: 'nav.team.description' },
      { section: 'explorer', label: 'nav.explorer', built: true, description: 'nav.explorer.description' },
    ],
  },
]

export const navItems: NavItem[] = navGroups.flatMap((g) => g.items)

/** The audit log says who changed which resource: a person whose only role is billing (costs) does not read it. */
export function readsAuditLog(me: Me | undefined, accountId: string): boolean {
  const account = me?.accounts.find((a) => a.id === accountId)
  return account !== undefined && account.roles.some((role) => role !== 'billing')
}

/** What billing alone is for (besides the home and all accounts): what the account costs and may cost. */
const BILLING_SECTIONS: readonly string[] = ['quotas', 'consumption']

/**
 * The sidebar for a person on an account: every group, without the audit log for billing alone; and for billing
 * alone, Quotas and Consumption (with its cost by tag) only: pages of resources it may not read are left out
 * quietly rather than offered to say "not allowed".
 */
export function navGroupsFor(me: Me | undefined, accountId: string): NavGroup[] {
  const account = me?.accounts.find((a) => a.id === accountId)
  if (account && account.roles.length > 0 && account.roles.every((role) => role === 'billing'))
    return navGroups
      .map((g) => ({ ...g, items: g.items.filter((item) => BILLING_SECTIONS.includes(item.section)) }))
      .filter((g) => g.items.length > 0)
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
