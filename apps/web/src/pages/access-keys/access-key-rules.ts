// What can be done to an access key, as data. OUTSCALE switches a key between ACTIVE and INACTIVE, refuses to
// delete an account's last key, and takes an expiration date in the future.
import type { AccessKey } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'
import { text, type Text } from '../../i18n/text.ts'

export const accessKeyCan = {
  activate: (k: AccessKey): RuleCheck =>
    k.State === 'INACTIVE' ? allowed : { allowed: false, reason: text('keys.rule.alreadyActive') },
  deactivate: (k: AccessKey): RuleCheck =>
    k.State === 'ACTIVE' ? allowed : { allowed: false, reason: text('keys.rule.alreadyInactive') },
  /** `count` is how many keys the account holds. */
  delete: (count: number): RuleCheck =>
    count > 1 ? allowed : { allowed: false, reason: text('keys.rule.last') },
  /**
   * Cutting off the key the console signs with is done from its own page, where the confirmation says what it
   * costs, never among a selection where it could go unnoticed.
   */
  cutOffInBulk: (k: AccessKey, consoleKeyId: string | undefined): RuleCheck =>
    consoleKeyId !== undefined && k.AccessKeyId === consoleKeyId
      ? { allowed: false, reason: text('keys.rule.consoleKeyBulk') }
      : allowed,
}

/** Whether the console signs this account's calls with the key: what deactivating or deleting it would cut. */
export const isConsoleKey = (k: AccessKey, consoleKeyId: string | undefined) =>
  consoleKeyId !== undefined && k.AccessKeyId === consoleKeyId

const both = (a: RuleCheck, b: RuleCheck): RuleCheck => (a.allowed ? b : a)

/** Whether the key no longer signs anything because its expiration date has passed. */
export const hasExpired = (k: AccessKey, now: number) =>
  k.ExpirationDate !== undefined && Date.parse(k.ExpirationDate) <= now

export interface AccessKeyForm {
  tag: string
  /** `YYYY-MM-DD`, or '' for a key that does not expire. */
  expires: string
}

/** Today as the date field reads it, in the person's time zone. */
export function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function accessKeyFormProblems(
  v: AccessKeyForm,
  now: Date,
): Partial<Record<keyof AccessKeyForm, Text>> {
  if (v.expires && v.expires <= today(now)) return { expires: text('keys.create.expiresFuture') }
  if (v.tag.length > 255) return { tag: text('keys.create.tagLength') }
  return {}
}

/** `userName`: the EIM user the key is for; the account's own key without it. */
export function accessKeyRequest(v: AccessKeyForm, userName?: string) {
  return {
    ...(userName ? { UserName: userName } : {}),
    ...(v.expires ? { ExpirationDate: v.expires } : {}),
    ...(v.tag.trim() ? { Tag: v.tag.trim() } : {}),
  }
}

/** `consoleKeyId` is the key the console signs with, when the person may know it. */
export const accessKeyBulkActions = (
  count: number,
  consoleKeyId?: string,
): readonly BulkAction<AccessKey>[] => [
  {
    key: 'activate',
    action: 'UpdateAccessKey',
    label: 'keys.activate',
    noneCan: 'keys.bulk.noneActivate',
    rule: accessKeyCan.activate,
    params: (id) => ({ AccessKeyId: id, State: 'ACTIVE' }),
  },
  {
    key: 'deactivate',
    action: 'UpdateAccessKey',
    label: 'keys.deactivate',
    noneCan: 'keys.bulk.noneDeactivate',
    rule: (k) => both(accessKeyCan.deactivate(k), accessKeyCan.cutOffInBulk(k, consoleKeyId)),
    params: (id) => ({ AccessKeyId: id, State: 'INACTIVE' }),
    danger: true,
  },
  {
    key: 'delete',
    action: 'DeleteAccessKey',
    label: 'keys.delete',
    noneCan: 'keys.bulk.noneDelete',
    rule: (k) => both(accessKeyCan.delete(count), accessKeyCan.cutOffInBulk(k, consoleKeyId)),
    params: (id) => ({ AccessKeyId: id }),
    danger: true,
    typeToConfirm: { word: 'keys.bulk.deleteWord', warning: 'keys.delete.body' },
  },
]
