// Who else may use a snapshot or an image (PermissionsToCreateVolume, PermissionsToLaunch): every OUTSCALE account,
// or some by id. Both calls take the change as Additions or Removals; giving access is for administrators, since it
// makes the account's data reachable from outside it (the BFF refuses it to other roles, and says why).
import type { MeAccount } from '@osc-console/data'
import { text, type Text } from '../i18n/text.ts'
import { allowed, type RuleCheck } from '../ui/ActionButton.tsx'

export interface Permissions {
  GlobalPermission?: boolean
  AccountIds?: string[]
}

export interface PermissionChange {
  Additions?: Permissions
  Removals?: Permissions
}

const ACCOUNT_ID = /^\d{12}$/

/** The account ids typed in a box (separated by commas or spaces). */
export const accountIdsIn = (raw: string) => [...new Set(raw.split(/[\s,;]+/).filter(Boolean))]

export function accountIdsProblem(raw: string, already: readonly string[]): Text | undefined {
  const ids = accountIdsIn(raw)
  if (ids.length === 0) return text('kit.share.accountsRequired')
  const bad = ids.find((id) => !ACCOUNT_ID.test(id))
  if (bad) return text('kit.share.accountIdFormat', { id: bad })
  const known = ids.find((id) => already.includes(id))
  if (known) return text('kit.share.alreadyShared', { id: known })
  return undefined
}

export const share = (change: Permissions): PermissionChange => ({ Additions: change })
export const unshare = (change: Permissions): PermissionChange => ({ Removals: change })

/** Giving access outside the account is for administrators; taking it back is for anyone who may update. */
export function sharingRule(account: Pick<MeAccount, 'roles'> | undefined): RuleCheck {
  return account?.roles.includes('admin') ? allowed : { allowed: false, reason: text('kit.share.adminOnly') }
}
