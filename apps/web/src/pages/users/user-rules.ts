// What the API asks of an EIM user, as data: a name of 1 to 64 letters, digits or + = , . @ - _, a path that begins
// and ends with a slash, and no access key left when it is deleted; a user's key must be inactive to be deleted.
import type { AccessKey, CreateUserRequest, UpdateUserRequest, User } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text, type Text } from '../../i18n/text.ts'

const USER_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/
const USER_PATH = /^\/(?:[A-Za-z0-9_/]{0,510}\/)?$/
const EMAIL = /^[^\s@]+@[^\s@]+$/

export interface UserForm {
  name: string
  /** '' for the root path, `/`. */
  path: string
  email: string
}

export const userFormOf = (u?: User): UserForm => ({
  name: u?.UserName ?? '',
  path: u?.Path && u.Path !== '/' ? u.Path : '',
  email: u?.UserEmail ?? '',
})

export function userFormProblems(v: UserForm): Partial<Record<keyof UserForm, Text>> {
  const problems: Partial<Record<keyof UserForm, Text>> = {}
  if (!USER_NAME.test(v.name.trim())) problems.name = text('users.form.nameRule')
  if (v.path.trim() && !USER_PATH.test(v.path.trim())) problems.path = text('users.form.pathRule')
  if (v.email.trim() && !EMAIL.test(v.email.trim())) problems.email = text('users.form.emailRule')
  return problems
}

export function createUserRequest(v: UserForm): CreateUserRequest {
  return {
    UserName: v.name.trim(),
    ...(v.path.trim() ? { Path: v.path.trim() } : {}),
    ...(v.email.trim() ? { UserEmail: v.email.trim() } : {}),
  }
}

/** Only what changed: OUTSCALE renames, moves and re-addresses a user in one call. */
export function updateUserRequest(user: User, v: UserForm): UpdateUserRequest {
  const before = userFormOf(user)
  return {
    UserName: user.UserName ?? '',
    ...(v.name.trim() !== before.name ? { NewUserName: v.name.trim() } : {}),
    ...(v.path.trim() !== before.path ? { NewPath: v.path.trim() || '/' } : {}),
    ...(v.email.trim() !== before.email && v.email.trim() ? { NewUserEmail: v.email.trim() } : {}),
  }
}

export const userCan = {
  /** `keyCount` is how many access keys the user holds, undefined while unknown. */
  delete: (keyCount: number | undefined): RuleCheck =>
    keyCount === 0
      ? allowed
      : {
          allowed: false,
          reason: text(keyCount === undefined ? 'users.rule.keysUnknown' : 'users.rule.hasKeys'),
        },
}

export const userKeyCan = {
  delete: (k: AccessKey): RuleCheck =>
    k.State === 'INACTIVE' ? allowed : { allowed: false, reason: text('users.keys.rule.active') },
}
