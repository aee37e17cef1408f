import { describe, expect, it } from 'vitest'
import {
  accessKeyBulkActions,
  accessKeyCan,
  accessKeyFormProblems,
  accessKeyRequest,
  hasExpired,
  isConsoleKey,
  today,
} from './access-key-rules.ts'

describe('access key rules', () => {
  it('activates only inactive keys, deactivates only active ones, and never deletes the last key', () => {
    expect(accessKeyCan.activate({ State: 'INACTIVE' }).allowed).toBe(true)
    expect(accessKeyCan.activate({ State: 'ACTIVE' })).toMatchObject({
      reason: { id: 'keys.rule.alreadyActive' },
    })
    expect(accessKeyCan.deactivate({ State: 'ACTIVE' }).allowed).toBe(true)
    expect(accessKeyCan.delete(1)).toMatchObject({ allowed: false, reason: { id: 'keys.rule.last' } })
    expect(accessKeyCan.delete(2).allowed).toBe(true)
    const [activate, deactivate] = accessKeyBulkActions(2)
    expect(activate?.params('AK1', {})).toEqual({ AccessKeyId: 'AK1', State: 'ACTIVE' })
    expect(deactivate?.params('AK1', {})).toEqual({ AccessKeyId: 'AK1', State: 'INACTIVE' })
  })

  it('leaves the key the console signs with out of bulk deactivation and deletion, and marks it', () => {
    const [activate, deactivate, del] = accessKeyBulkActions(3, 'CONSOLE')
    const mine = { AccessKeyId: 'CONSOLE', State: 'ACTIVE' }
    const other = { AccessKeyId: 'OTHER', State: 'ACTIVE' }
    expect(deactivate?.rule(mine)).toMatchObject({
      allowed: false,
      reason: { id: 'keys.rule.consoleKeyBulk' },
    })
    expect(del?.rule(mine)).toMatchObject({ allowed: false, reason: { id: 'keys.rule.consoleKeyBulk' } })
    expect(deactivate?.rule(other).allowed).toBe(true)
    expect(del?.rule(other).allowed).toBe(true)
    expect(activate?.rule({ ...mine, State: 'INACTIVE' }).allowed).toBe(true)
    // The last key stays refused for its own reason.
    expect(accessKeyBulkActions(1, 'CONSOLE')[2]?.rule(other)).toMatchObject({
      reason: { id: 'keys.rule.last' },
    })
    expect(isConsoleKey(mine, 'CONSOLE')).toBe(true)
    expect(isConsoleKey(mine, undefined)).toBe(false)
  })

  it('sends an expiration date only when one is chosen, and only in the future', () => {
    const now = new Date(2026, 10, 30, 12, 0)
    expect(today(now)).toBe('2026-11-30')
    expect(accessKeyFormProblems({ tag: '', expires: '2026-11-30' }, now)).toMatchObject({
      expires: { id: 'keys.create.expiresFuture' },
    })
    expect(accessKeyFormProblems({ tag: '', expires: '2026-12-01' }, now)).toEqual({})
    expect(accessKeyRequest({ tag: ' ci ', expires: '2026-12-01' })).toEqual({
      ExpirationDate: '2026-12-01',
      Tag: 'ci',
    })
    expect(accessKeyRequest({ tag: '', expires: '' })).toEqual({})
  })

  it('tells an expired key from a live one', () => {
    const now = Date.parse('2026-11-30T12:00:00Z')
    expect(hasExpired({ ExpirationDate: '2026-11-30T00:00:00.000Z' }, now)).toBe(true)
    expect(hasExpired({ ExpirationDate: '2026-12-30T00:00:00.000Z' }, now)).toBe(false)
    expect(hasExpired({}, now)).toBe(false)
  })
})
