// EIM users: CreateUser, ReadUsers, UpdateUser, DeleteUser, with the API's name and path rules. A user's access keys
// live with the account's (see account.ts, `UserName`); a user holding keys cannot be deleted, as documented. EIM
// groups and policies are not simulated: a user belongs to none, and a call signed with a user's key acts as the
// account.
import type { User } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import type { AccountState } from '../state.ts'

const USER_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/
// "must begin and end with a slash, and contain between 1 and 512 alphanumeric characters and/or slashes or underscores"
const USER_PATH = /^\/(?:[A-Za-z0-9_/]{0,510}\/)?$/
const MAX_EMAIL = 255
const EMAIL = /^[^\s@]+@[^\s@]+$/

export const usersOf = (account: AccountState) => account.store<User>('eim-users')

function checkName(name: string, field: string): void {
  if (!USER_NAME.test(name))
    throw oscError(
      'invalidParameterValue',
      `${field} "${name}" must be 1 to 64 letters, digits or + = , . @ - _ characters.`,
    )
}

function checkPath(path: string, field: string): void {
  if (!USER_PATH.test(path) || path.length > 512)
    throw oscError(
      'invalidParameterValue',
      `${field} "${path}" must begin and end with a slash and hold only letters, digits, slashes and underscores (512 at most), such as /team/ops/.`,
    )
}

function checkEmail(email: string, field: string): void {
  if (email.length > MAX_EMAIL || !EMAIL.test(email))
    throw oscError('invalidParameterValue', `${field} "${email}" is not an email address.`)
}

/** The user named `name` in the calling account, or OUTSCALE's error naming it. */
export function userNamed(ctx: Ctx, name: string): User {
  const user = usersOf(ctx.account).get(name)
  if (!user) throw oscError('noSuchResource', `The EIM user ${name} does not exist in this account.`)
  return user
}

function newUserId(ctx: Ctx): string {
  const existing = new Set([...usersOf(ctx.account).values()].map((u) => u.UserId))
  for (;;) {
    const id = ctx.world.rng.hex(32).toUpperCase()
    if (!existing.has(id)) return id
  }
}

export const handlers: HandlerMap = {
  CreateUser: (req, ctx) => {
    checkName(req.UserName, 'UserName')
    const path = req.Path ?? '/'
    checkPath(path, 'Path')
    if (req.UserEmail !== undefined) checkEmail(req.UserEmail, 'UserEmail')
    const users = usersOf(ctx.account)
    if (users.has(req.UserName))
      throw oscError('alreadyExists', `An EIM user named ${req.UserName} already exists in this account.`)
    const now = new Date(ctx.now).toISOString()
    const user: User = {
      UserId: newUserId(ctx),
      UserName: req.UserName,
      Path: path,
      ...(req.UserEmail !== undefined ? { UserEmail: req.UserEmail } : {}),
      CreationDate: now,
      LastModificationDate: now,
      OutscaleLoginAllowed: false,
    }
    users.set(user.UserName ?? '', user)
    return { User: user }
  },
  ReadUsers: (req, ctx) => {
    const ids = req.Filters?.UserIds
    const all = [...usersOf(ctx.account).values()].filter((u) => !ids?.length || ids.includes(u.UserId ?? ''))
    const first = req.FirstItem ?? 0
    const per = req.ResultsPerPage ?? 100
    if (!Number.isInteger(first) || first < 0)
      throw oscError('invalidParameterValue', 'FirstItem must be 0 or more.')
    if (!Number.isInteger(per) || per < 1 || per > 1000)
      throw oscError('invalidParameterValue', 'ResultsPerPage must be between 1 and 1000, both included.')
    return {
      Users: all.slice(first, first + per),
      HasMoreItems: first + per < all.length,
      MaxResultsLimit: 1000,
      MaxResultsTruncated: false,
    }
  },
  UpdateUser: (req, ctx) => {
    const users = usersOf(ctx.account)
    const user = userNamed(ctx, req.UserName)
    if (req.NewUserName !== undefined) {
      checkName(req.NewUserName, 'NewUserName')
      if (req.NewUserName !== req.UserName && users.has(req.NewUserName))
        throw oscError(
          'alreadyExists',
          `An EIM user named ${req.NewUserName} already exists in this account.`,
        )
    }
    if (req.NewPath !== undefined) checkPath(req.NewPath, 'NewPath')
    if (req.NewUserEmail !== undefined) checkEmail(req.NewUserEmail, 'NewUserEmail')
    if (req.NewUserName !== undefined && req.NewUserName !== req.UserName) {
      users.delete(req.UserName)
      user.UserName = req.NewUserName
      users.set(req.NewUserName, user)
      for (const k of ctx.world.accessKeys.values())
        if (k.accountId === ctx.account.accountId && k.userName === req.UserName) k.userName = req.NewUserName
    }
    if (req.NewPath !== undefined) user.Path = req.NewPath
    if (req.NewUserEmail !== undefined) user.UserEmail = req.NewUserEmail
    user.LastModificationDate = new Date(ctx.now).toISOString()
    return { User: user }
  },
  DeleteUser: (req, ctx) => {
    userNamed(ctx, req.UserName)
    const keys = [...ctx.world.accessKeys.values()].filter(
      (k) => k.accountId === ctx.account.accountId && k.userName === req.UserName,
    )
    if (keys.length > 0)
      throw oscError(
        'invalidState',
        `The EIM user ${req.UserName} still has ${keys.length} access key${keys.length > 1 ? 's' : ''}: deactivate and delete them first.`,
      )
    usersOf(ctx.account).delete(req.UserName)
    return {}
  },
}
