import { describe, expect, it } from 'vitest'
import { accountIdsIn, accountIdsProblem, share, sharingRule, unshare } from './sharing.ts'

describe('sharing a snapshot or an image', () => {
  it('reads account ids separated by commas or spaces, and refuses what is not a 12-digit id or is shared already', () => {
    expect(accountIdsIn('123456789012, 210987654321  123456789012')).toEqual(['123456789012', '210987654321'])
    expect(accountIdsProblem('', [])?.id).toBe('kit.share.accountsRequired')
    expect(accountIdsProblem('12345', [])?.id).toBe('kit.share.accountIdFormat')
    expect(accountIdsProblem('123456789012', ['123456789012'])?.id).toBe('kit.share.alreadyShared')
    expect(accountIdsProblem('123456789012', [])).toBeUndefined()
  })

  it('sends a change as Additions or Removals, as both calls take it', () => {
    expect(share({ GlobalPermission: true })).toEqual({ Additions: { GlobalPermission: true } })
    expect(unshare({ AccountIds: ['123456789012'] })).toEqual({ Removals: { AccountIds: ['123456789012'] } })
  })

  it('lets only administrators give access outside the account', () => {
    expect(sharingRule({ roles: ['admin'] }).allowed).toBe(true)
    expect(sharingRule({ roles: ['operator', 'billing'] })).toMatchObject({
      allowed: false,
      reason: { id: 'kit.share.adminOnly' },
    })
  })
})
