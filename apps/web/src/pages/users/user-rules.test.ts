import { describe, expect, it } from 'vitest'
import { createUserRequest, updateUserRequest, userCan, userFormProblems, userKeyCan } from './user-rules.ts'

describe('EIM user rules', () => {
  it('checks the name, the path and the address as the API does', () => {
    expect(userFormProblems({ name: 'ci-bot@team', path: '/robots/', email: 'ci@example.com' })).toEqual({})
    expect(userFormProblems({ name: 'a b', path: '', email: '' })).toMatchObject({
      name: { id: 'users.form.nameRule' },
    })
    expect(userFormProblems({ name: 'x'.repeat(65), path: '', email: '' }).name).toBeDefined()
    expect(userFormProblems({ name: 'ok', path: 'robots', email: '' })).toMatchObject({
      path: { id: 'users.form.pathRule' },
    })
    expect(userFormProblems({ name: 'ok', path: '', email: 'nobody' })).toMatchObject({
      email: { id: 'users.form.emailRule' },
    })
  })

  it('creates with only what is given and updates only what changed', () => {
    expect(createUserRequest({ name: ' ops ', path: '', email: '' })).toEqual({ UserName: 'ops' })
    const user = { UserName: 'ops', Path: '/team/', UserEmail: 'ops@example.com' }
    expect(updateUserRequest(user, { name: 'ops', path: '/team/', email: 'ops@example.com' })).toEqual({
      UserName: 'ops',
    })
    expect(updateUserRequest(user, { name: 'ops2', path: '', email: 'o@example.com' })).toEqual({
      UserName: 'ops',
      NewUserName: 'ops2',
      NewPath: '/',
      NewUserEmail: 'o@example.com',
    })
  })

  it('deletes a user only once it has no key, and a user’s key only once inactive', () => {
    expect(userCan.delete(0).allowed).toBe(true)
    expect(userCan.delete(1)).toMatchObject({ allowed: false, reason: { id: 'users.rule.hasKeys' } })
    expect(userCan.delete(undefined)).toMatchObject({
      allowed: false,
      reason: { id: 'users.rule.keysUnknown' },
    })
    expect(userKeyCan.delete({ State: 'ACTIVE' })).toMatchObject({ reason: { id: 'users.keys.rule.active' } })
    expect(userKeyCan.delete({ State: 'INACTIVE' }).allowed).toBe(true)
  })
})
