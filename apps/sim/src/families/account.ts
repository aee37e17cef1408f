// The account itself: ReadAccounts/UpdateAccount, CheckAuthentication, and access keys (create, read, update,
// delete) which the signature check then accepts or refuses.
import { randomBytes } from 'node:crypto'
import type { AccessKey, Account, ApiAccessPolicy } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import { isoDate } from './common.ts'
import type { AccessKeyRecord, AccountState } from '../state.ts'
import type { Ctx } from '../context.ts'
import { userNamed } from './users.ts'

const MAX_ACCESS_KEYS = 10
const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

function randomText(length: number): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const b of bytes) out += ALPHANUM[b % ALPHANUM.length]
  return out
}

/** The longest text an account's profile field keeps; the API's names and descriptions stop at 255 too. */
const MAX_PROFILE_TEXT = 255

/** A profile field is printed on invoices and mails: no control characters, no unbounded text. */
function checkProfileText(name: string, value: unknown): void {
  if (typeof value !== 'string') return
  if (value.length > MAX_PROFILE_TEXT) {
    throw oscError(
      'invalidParameterValueLength',
      `${name} is ${value.length} characters long; it takes at most ${MAX_PROFILE_TEXT}.`,
    )
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw oscError('invalidParameterValue', `${name} contains a control character (such as NUL); remove it.`)
  }
}

function profile(account: AccountState): Account {
  const stored = account.store<Account>('profile').get('self')
  if (stored) return stored
  const p: Account = {
    AccountId: account.accountId,
    CompanyName: account.def.companyName,
    Email: account.def.login,
    FirstName: 'Demo',
    LastName: 'Owner',
    City: account.region.startsWith('us-') ? 'New York' : 'Paris',
    Country: account.region.startsWith('us-') ? 'United States' : 'France',
    CustomerId: `8${account.accountId.slice(0, 8)}`,
    ZipCode: account.region.startsWith('us-') ? '10001' : '75001',
    AdditionalEmails: [],
    OutscaleLoginAllowed: true,
  }
  account.store<Account>('profile').set('self', p)
  return p
}

function view(k: AccessKeyRecord): AccessKey {
  return {
    AccessKeyId: k.accessKeyId,
    State: k.state,
    CreationDate: k.creationDate,
    LastModificationDate: k.lastModificationDate,
    ...(k.expirationDate ? { ExpirationDate: k.expirationDate } : {}),
    ...(k.tag ? { Tag: k.tag } : {}),
  }
}

function policy(account: AccountState): ApiAccessPolicy {
  const store = account.store<ApiAccessPolicy>('api-access-policy')
  let p = store.get('self')
  if (!p) {
    p = { MaxAccessKeyExpirationSeconds: 0, RequireTrustedEnv: false }
    store.set('self', p)
  }
  return p
}

/**
 * The keys of the account itself, or of its EIM user `userName` (which must exist): each call on keys names whose
 * keys it is about, the account's by default.
 */
function keysOf(ctx: Ctx, userName: string | undefined): AccessKeyRecord[] {
  if (userName !== undefined) userNamed(ctx, userName)
  return [...ctx.world.accessKeys.values()].filter(
    (k) => k.accountId === ctx.account.accountId && k.userName === userName,
  )
}

function keyOf(ctx: Ctx, id: string, userName: string | undefined): AccessKeyRecord {
  const k = keysOf(ctx, userName).find((x) => x.accessKeyId === id)
  if (!k)
    throw oscError(
      'noSuchKey',
      `The access key ${id} does not exist${userName !== undefined ? ` for the EIM user ${userName}` : ''}.`,
    )
  return k
}

export const handlers: HandlerMap = {
  ReadApiAccessPolicy: (_req, ctx) => ({ ApiAccessPolicy: policy(ctx.account) }),
  UpdateApiAccessPolicy: (req, ctx) => {
    if (req.MaxAccessKeyExpirationSeconds < 0 || req.MaxAccessKeyExpirationSeconds > 3_153_600_000) {
      throw oscError(
        'invalidRange',
        'MaxAccessKeyExpirationSeconds must be between 0 (no limit) and 3153600000 (100 years).',
      )
    }
    if (req.RequireTrustedEnv && req.MaxAccessKeyExpirationSeconds === 0) {
      throw oscError(
        'invalidParameterValue',
        'RequireTrustedEnv needs MaxAccessKeyExpirationSeconds above 0.',
      )
    }
    const p = policy(ctx.account)
    p.MaxAccessKeyExpirationSeconds = req.MaxAccessKeyExpirationSeconds
    p.RequireTrustedEnv = req.RequireTrustedEnv
    return { ApiAccessPolicy: p }
  },
  ReadAccounts: (_req, ctx) => ({ Accounts: [profile(ctx.account)] }),
  UpdateAccount: (req, ctx) => {
    const p = profile(ctx.account)
    const { DryRun: _dry, ...changes } = req
    for (const [name, value] of Object.entries(changes)) {
      for (const text of Array.isArray(value) ? value : [value]) checkProfileText(name, text)
    }
    Object.assign(p, changes)
    return { Account: p }
  },
  CheckAuthentication: (req, ctx) => {
    if (req.Login !== ctx.account.def.login || req.Password !== ctx.account.def.password) {
      throw oscError('authFailed', 'The login or the password is wrong.')
    }
    return {}
  },
  ReadAccessKeys: (req, ctx) => {
    const keys = keysOf(ctx, req.UserName).map(view)
    const { page } = readList(keys, { ...(req.Filters ? { Filters: req.Filters } : {}) }, { States: 'State' })
    return { AccessKeys: page }
  },
  CreateAccessKey: (req, ctx) => {
    const mine = keysOf(ctx, req.UserName)
    if (mine.length >= MAX_ACCESS_KEYS) {
      throw oscError(
        'tooManyAccessKeys',
        req.UserName !== undefined
          ? `An EIM user holds at most ${MAX_ACCESS_KEYS} access keys; delete one of ${req.UserName}'s first.`
          : `An account holds at most ${MAX_ACCESS_KEYS} access keys; delete one first.`,
      )
    }
    const expires = req.ExpirationDate ? isoDate(req.ExpirationDate, 'ExpirationDate') : undefined
    if (expires !== undefined && expires <= ctx.now) {
      throw oscError('invalidParameterValue', 'ExpirationDate must be in the future.')
    }
    const now = new Date(ctx.now).toISOString()
    const rec: AccessKeyRecord = {
      accessKeyId: randomText(20),
      secretKey: randomText(40),
      accountId: ctx.account.accountId,
      state: 'ACTIVE',
      creationDate: now,
      lastModificationDate: now,
      ...(expires !== undefined ? { expirationDate: new Date(expires).toISOString() } : {}),
      ...(req.Tag ? { tag: req.Tag } : {}),
      ...(req.UserName !== undefined ? { userName: req.UserName } : {}),
    }
    ctx.world.accessKeys.set(rec.accessKeyId, rec)
    return { AccessKey: { ...view(rec), SecretKey: rec.secretKey } }
  },
  UpdateAccessKey: (req, ctx) => {
    const k = keyOf(ctx, req.AccessKeyId, req.UserName)
    if (req.State !== undefined) {
      if (req.State !== 'ACTIVE' && req.State !== 'INACTIVE')
        throw oscError('invalidParameterValue', 'State must be ACTIVE or INACTIVE.')
      k.state = req.State
    }
    if (req.ExpirationDate)
      k.expirationDate = new Date(isoDate(req.ExpirationDate, 'ExpirationDate')).toISOString()
    if (req.ClearExpirationDate) delete k.expirationDate
    if (req.Tag !== undefined) k.tag = req.Tag
    if (req.ClearTag) delete k.tag
    k.lastModificationDate = new Date(ctx.now).toISOString()
    return { AccessKey: view(k) }
  },
  DeleteAccessKey: (req, ctx) => {
    const k = keyOf(ctx, req.AccessKeyId, req.UserName)
    if (req.UserName !== undefined && k.state !== 'INACTIVE')
      throw oscError(
        'invalidState',
        `The access key ${k.accessKeyId} of the EIM user ${req.UserName} is ACTIVE: deactivate it before deleting it.`,
      )
    const others = keysOf(ctx, undefined).filter((x) => x !== k)
    if (req.UserName === undefined && others.length === 0)
      throw oscError('invalidParameterValue', 'The last access key of an account cannot be deleted.')
    ctx.world.accessKeys.delete(req.AccessKeyId)
    return {}
  },
}
