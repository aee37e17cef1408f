// Who may call what on which account. Pure functions over the operation catalogue and the configured roles and
// bindings: deny by default, a person's rights on an account are the union of every binding their groups match.
import { actionNames, asksOverall, catalogue, OVERALL_ROLES, readsOverall } from '@osc-console/osc-api'
import type { ActionName, OperationInfo } from '@osc-console/osc-api'
import { BUILT_IN_ROLES } from './config.ts'
import type { BindingsConfig, CustomRole, RolesConfig } from './config.ts'
import type { Identity } from './identity.ts'

export type Decision =
  | {
      allowed: true
      role: string
      /** Whether the answer's secret fields (a VM's UserData, a VPN pre-shared key…) are shown or hidden. */
      seesSecrets: boolean
    }
  | { allowed: false; role?: string; reason: string }

export interface AccountRights {
  role: string
  roles: string[]
  allowedActions: ActionName[]
}

// Resource families (the catalogue's `family`) an operator runs day to day: compute, storage and network
// resources and their tags. Identity (EIM users, groups, policies), access keys, API access rules and logs,
// account settings, certificates, VPN / Direct Link connectivity and dedicated hosts stay with admins.
export const OPERATOR_FAMILIES: readonly string[] = [
  'vms',
  'vm-groups',
  'vm-templates',
  'flexible-gpus',
  'images',
  'keypairs',
  'volumes',
  'snapshots',
  'security-groups',
  'security-group-rules',
  'load-balancers',
  'listeners',
  'load-balancer-policies',
  'public-ips',
  'nets',
  'subnets',
  'nics',
  'route-tables',
  'routes',
  'internet-services',
  'nat-services',
  'net-peerings',
  'net-access-points',
  'dhcp-options',
  'tags',
]

// Changes an operator may make on those families: lifecycle and create/update/delete/link/unlink, plus the verbs
// that are the same kind of change there (load-balancer backends, VM group scaling, peering acceptance).
const OPERATOR_VERBS: ReadonlySet<string> = new Set([
  'Read',
  'Create',
  'Update',
  'Delete',
  'Link',
  'Unlink',
  'Start',
  'Stop',
  'Reboot',
  'Register',
  'Deregister',
  'Scale',
  'Accept',
  'Reject',
])

// Inside the operator families, calls that still need an admin: exports copy data out of the account.
const OPERATOR_EXCLUDED: ReadonlySet<string> = new Set(['CreateImageExportTask', 'CreateSnapshotExportTask'])

// Parts of a call that make the account's data reachable from other OUTSCALE accounts, while the same call
// otherwise does harmless things (describe an image, peer two nets of the account): only admins may send them.
// Each names what the request would share, or undefined when it shares nothing.
const SHARES_OUTSIDE: Partial<Record<ActionName, (request: Record<string, unknown>) => string | undefined>> =
  {
    UpdateSnapshot: (r) => grantedAccess(r.PermissionsToCreateVolume, 'create volumes from the snapshot'),
    UpdateImage: (r) => grantedAccess(r.PermissionsToLaunch, 'launch VMs from the image'),
    // The console does not know the account's own OUTSCALE id: a peering that names an owner may leave the
    // account, and an operator peers two nets of the account by leaving AccepterOwnerId out.
    CreateNetPeering: (r) =>
      r.AccepterOwnerId === undefined
        ? undefined
        : `it asks to peer with a Net of OUTSCALE account ${describeValue(r.AccepterOwnerId)}`,
  }

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

function grantedAccess(permissions: unknown, what: string): string | undefined {
  if (!permissions || typeof permissions !== 'object') return undefined
  const additions = (permissions as Record<string, unknown>).Additions
  if (!additions || typeof additions !== 'object') return undefined
  const { GlobalPermission, AccountIds } = additions as Record<string, unknown>
  if (GlobalPermission === true) return `it lets every OUTSCALE account ${what}`
  if (Array.isArray(AccountIds) && AccountIds.length > 0)
    return `it lets other OUTSCALE accounts (${describeValue(AccountIds.slice(0, 3).join(', '))}) ${what}`
  return undefined
}

// The billing role sees what the account costs and may cost, nothing about its resources.
export const BILLING_FAMILIES: readonly string[] = ['quotas', 'consumption', 'catalog']

/** The audit log says who changed which resource: billing, which sees costs only, does not read it. */
export function readsAuditLog(roles: readonly string[]): boolean {
  return roles.some((role) => role !== 'billing')
}

function isRead(op: OperationInfo): boolean {
  return !op.mutating && (op.verb === 'Read' || op.verb === 'Check')
}

type RoleRule = (op: OperationInfo) => boolean

const viewerRule: RoleRule = (op) => isRead(op) && !op.sensitive

const BUILT_IN_RULES: Record<(typeof BUILT_IN_ROLES)[number], RoleRule> = {
  viewer: viewerRule,
  // Operators also get the sensitive reads of their own families (a Windows VM's admin password, console
  // output, the keypairs they create): running those resources needs them.
  operator: (op) =>
    viewerRule(op) ||
    (OPERATOR_FAMILIES.includes(op.family) && OPERATOR_VERBS.has(op.verb) && !OPERATOR_EXCLUDED.has(op.name)),
  admin: () => true,
  billing: (op) => !op.mutating && BILLING_FAMILIES.includes(op.family),
}

// What a refused person is told the role is for, so the message names the missing right in plain words.
const ROLE_SUMMARY: Record<string, string> = {
  viewer: 'viewer may only read, and not secrets such as passwords, console output or access keys',
  operator:
    'operator may run and change compute, storage and network resources, not access keys, users, policies, API access rules, exports or account settings',
  billing: 'billing may only read quotas, consumption, catalogs and prices',
  admin: 'admin may call everything',
}

export function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`)
}

function customRule(role: CustomRole): RoleRule {
  const allow = role.allow.map(globToRegExp)
  const deny = role.deny.map(globToRegExp)
  return (op) => allow.some((r) => r.test(op.name)) && !deny.some((r) => r.test(op.name))
}

export function accountMatches(patterns: string[], accountId: string): boolean {
  return patterns.some(
    (p) => p === '*' || p === accountId || (p.includes('*') && globToRegExp(p).test(accountId)),
  )
}

export interface Policy {
  /** Every role name bound to this person on this account, in binding order. */
  rolesOn(identity: Identity, accountId: string): string[]
  /** Whether any binding matches this person at all; a person matched by none may not sign in. */
  canSignIn(identity: Identity): boolean
  /** `request`, when given, is checked for parts only an admin may send (sharing data out of the account). */
  authorize(identity: Identity, accountId: string, action: ActionName, request?: unknown): Decision
  rightsFor(identity: Identity, accounts: readonly { id: string }[]): Map<string, AccountRights>
  /** Whether a role (built-in or custom) allows an action, regardless of bindings. */
  roleAllows(role: string, action: ActionName): boolean
}

export interface PolicyOptions {
  /** Mode none: the single local person holds this role on every account whatever their groups. */
  everyoneIs?: string
}

export function createPolicy(
  roles: RolesConfig,
  bindings: BindingsConfig,
  options: PolicyOptions = {},
): Policy {
  const rules = new Map<string, RoleRule>(Object.entries(BUILT_IN_RULES))
  for (const [name, role] of Object.entries(roles)) rules.set(name, customRule(role))

  const roleAllows = (role: string, action: ActionName): boolean => {
    const rule = rules.get(role)
    const op = catalogue[action]
    return rule !== undefined && op !== undefined && rule(op)
  }
  // A role reads the secret fields of an answer when it would be allowed the same call were it a sensitive read:
  // viewers never, operators on their own families (a VM's UserData, not a VPN's pre-shared key), admins always.
  const roleSeesSecrets = (role: string, action: ActionName): boolean => {
    const rule = rules.get(role)
    return rule !== undefined && rule({ ...catalogue[action], sensitive: true })
  }

  const rolesOn = (identity: Identity, accountId: string): string[] => {
    if (options.everyoneIs) return [options.everyoneIs]
    const groups = new Set(identity.groups)
    const found: string[] = []
    for (const b of bindings) {
      if (groups.has(b.group) && accountMatches(b.accounts, accountId) && !found.includes(b.role))
        found.push(b.role)
    }
    return found
  }

  const canSignIn = (identity: Identity): boolean =>
    options.everyoneIs !== undefined || bindings.some((b) => identity.groups.includes(b.group))

  const authorize = (
    identity: Identity,
    accountId: string,
    action: ActionName,
    request?: unknown,
  ): Decision => {
    if (!Object.hasOwn(catalogue, action))
      return { allowed: false, reason: `${action} is not an OUTSCALE API call` }
    const held = rolesOn(identity, accountId)
    if (held.length === 0) {
      return {
        allowed: false,
        reason: `You have no role on account ${accountId}, so ${action} is refused. Ask a console administrator to bind one of your groups (${
          identity.groups.join(', ') || 'none'
        }) to a role on this account.`,
      }
    }
    const granting = held.find((r) => roleAllows(r, action))
    const shares =
      request && typeof request === 'object'
        ? SHARES_OUTSIDE[action]?.(request as Record<string, unknown>)
        : undefined
    if (granting && shares && !held.includes('admin'))
      return {
        allowed: false,
        role: held.join('+'),
        reason: `this ${action} makes data of account ${accountId} reachable from outside it (${shares}), which only an admin may do. Ask a console administrator.`,
      }
    if (granting && asksOverall(action, request) && !readsOverall(held))
      return {
        allowed: false,
        role: held.join('+'),
        reason: `this ${action} asks for Overall, the consumption of account ${accountId} with every account linked to it for billing, which only the roles ${OVERALL_ROLES.join(' and ')} may read; your role is ${held.join('+')}. Leave Overall out to read the account's own, or ask a console administrator.`,
      }
    if (granting)
      return { allowed: true, role: granting, seesSecrets: held.some((r) => roleSeesSecrets(r, action)) }
    const role = held.join('+')
    const why = held.map((r) => ROLE_SUMMARY[r] ?? `the custom role ${r} does not allow it`).join('; ')
    return {
      allowed: false,
      role,
      reason: `${action} needs a role that allows it; your role on account ${accountId} is ${role} (${why}). Ask a console administrator if you need it.`,
    }
  }

  const rightsFor = (identity: Identity, accounts: readonly { id: string }[]): Map<string, AccountRights> => {
    const out = new Map<string, AccountRights>()
    for (const account of accounts) {
      const held = rolesOn(identity, account.id)
      if (held.length === 0) continue
      const allowedActions = actionNames.filter((a) => held.some((r) => roleAllows(r, a)))
      out.set(account.id, { role: held.join('+'), roles: held, allowedActions })
    }
    return out
  }

  return { rolesOn, canSignIn, authorize, rightsFor, roleAllows }
}
