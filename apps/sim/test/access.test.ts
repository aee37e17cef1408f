// The account's access as OUTSCALE keeps it: EIM users and their own access keys, API access rules, and the
// ReadSecretAccessKey call of the older documentation.
import { describe, expect, it } from 'vitest'
import { EU, call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

type Users = { Users: Array<{ UserName: string; UserId: string; Path: string; UserEmail?: string }> }
type Keys = { AccessKeys: Array<{ AccessKeyId: string; State: string }> }

describe('EIM users', () => {
  it('creates, renames and deletes a user, refusing a duplicate name, a bad path and a missing user', async () => {
    const created = await call<{ User: { UserId: string; Path: string } }>(sim.url, 'CreateUser', {
      UserName: 'ci-bot',
      Path: '/robots/',
      UserEmail: 'ci@example.com',
    })
    expect(created.status).toBe(200)
    expect(created.body.User).toMatchObject({
      Path: '/robots/',
      UserId: expect.stringMatching(/^[0-9A-F]{32}$/),
    })
    expectOscError(await call(sim.url, 'CreateUser', { UserName: 'ci-bot' }), 409, '9000')
    expectOscError(await call(sim.url, 'CreateUser', { UserName: 'x', Path: 'robots' }), 400, '4047')
    expectOscError(await call(sim.url, 'CreateUser', { UserName: 'a b' }), 400, '4047')
    const renamed = await call(sim.url, 'UpdateUser', { UserName: 'ci-bot', NewUserName: 'ci', NewPath: '/' })
    expect(renamed.body).toMatchObject({ User: { UserName: 'ci', Path: '/' } })
    const listed = await call<Users>(sim.url, 'ReadUsers', {})
    expect(listed.body.Users.map((u) => u.UserName)).toEqual(['ci'])
    expectOscError(await call(sim.url, 'DeleteUser', { UserName: 'ci-bot' }), 400, '5044')
    expect((await call(sim.url, 'DeleteUser', { UserName: 'ci' })).status).toBe(200)
    expect((await call<Users>(sim.url, 'ReadUsers', {})).body.Users).toEqual([])
  })

  it('keeps a user’s keys apart from the account’s, and deletes the user only once its keys are gone', async () => {
    await call(sim.url, 'CreateUser', { UserName: 'ops' })
    const key = await call<{ AccessKey: { AccessKeyId: string; SecretKey: string } }>(
      sim.url,
      'CreateAccessKey',
      {
        UserName: 'ops',
      },
    )
    expect(key.body.AccessKey.SecretKey).toMatch(/^[A-Z0-9]{40}$/)
    const id = key.body.AccessKey.AccessKeyId
    const mine = await call<Keys>(sim.url, 'ReadAccessKeys', {})
    expect(mine.body.AccessKeys.map((k) => k.AccessKeyId)).toEqual([EU.accessKeyId])
    const his = await call<Keys>(sim.url, 'ReadAccessKeys', { UserName: 'ops' })
    expect(his.body.AccessKeys.map((k) => k.AccessKeyId)).toEqual([id])
    expectOscError(await call(sim.url, 'ReadAccessKeys', { UserName: 'nobody' }), 400, '5044')
    // The user's key is not the account's: named without the user, it does not exist.
    expectOscError(await call(sim.url, 'DeleteAccessKey', { AccessKeyId: id }), 400, '5027')
    expectOscError(await call(sim.url, 'DeleteUser', { UserName: 'ops' }), 409, '6003')
    // An EIM user's key must be INACTIVE to be deleted, and the user's only key may go.
    expectOscError(await call(sim.url, 'DeleteAccessKey', { AccessKeyId: id, UserName: 'ops' }), 409, '6003')
    await call(sim.url, 'UpdateAccessKey', { AccessKeyId: id, UserName: 'ops', State: 'INACTIVE' })
    expect((await call(sim.url, 'DeleteAccessKey', { AccessKeyId: id, UserName: 'ops' })).status).toBe(200)
    expect((await call(sim.url, 'DeleteUser', { UserName: 'ops' })).status).toBe(200)
  })
})

describe('API access rules', () => {
  type Rules = { ApiAccessRules: Array<{ ApiAccessRuleId: string; IpRanges: string[]; Description: string }> }
  it('starts with the rule allowing every IPv4 address, keeps one at least, and checks ranges and CAs', async () => {
    const first = await call<Rules>(sim.url, 'ReadApiAccessRules', {})
    expect(first.body.ApiAccessRules).toEqual([
      expect.objectContaining({ IpRanges: ['0.0.0.0/0'], Description: 'Allows all IPv4 domain' }),
    ])
    const defaultId = first.body.ApiAccessRules[0]!.ApiAccessRuleId
    expectOscError(await call(sim.url, 'DeleteApiAccessRule', { ApiAccessRuleId: defaultId }), 409, '6003')
    expectOscError(await call(sim.url, 'CreateApiAccessRule', { Description: 'nothing' }), 400, '7000')
    expectOscError(await call(sim.url, 'CreateApiAccessRule', { IpRanges: ['10.0.0.0/33'] }), 400, '4030')
    expectOscError(
      await call(sim.url, 'CreateApiAccessRule', { IpRanges: ['1.2.3.4'], Cns: ['x'] }),
      400,
      '7000',
    )
    const office = await call<{ ApiAccessRule: { ApiAccessRuleId: string } }>(
      sim.url,
      'CreateApiAccessRule',
      {
        IpRanges: ['192.0.2.0/24', '198.51.100.7'],
        Description: 'office',
      },
    )
    const id = office.body.ApiAccessRule.ApiAccessRuleId
    expect(id).toMatch(/^aar-[0-9a-f]{32}$/)
    const updated = await call(sim.url, 'UpdateApiAccessRule', {
      ApiAccessRuleId: id,
      IpRanges: ['203.0.113.0/24'],
    })
    expect(updated.body).toMatchObject({
      ApiAccessRule: { IpRanges: ['203.0.113.0/24'], Description: 'office' },
    })
    const filtered = await call<Rules>(sim.url, 'ReadApiAccessRules', {
      Filters: { Descriptions: ['office'] },
    })
    expect(filtered.body.ApiAccessRules.map((r) => r.ApiAccessRuleId)).toEqual([id])
    expect((await call(sim.url, 'DeleteApiAccessRule', { ApiAccessRuleId: defaultId })).status).toBe(200)
    expectOscError(await call(sim.url, 'DeleteApiAccessRule', { ApiAccessRuleId: id }), 409, '6003')
  })
})

describe('ReadSecretAccessKey (1.28 documentation, not in the 1.40.1 spec)', () => {
  it('answers a root key with its secret, and refuses a key of another account', async () => {
    const r = await call<{ AccessKey: { SecretKey: string; State: string } }>(
      sim.url,
      'ReadSecretAccessKey',
      {
        AccessKeyId: EU.accessKeyId,
      },
    )
    expect(r.status).toBe(200)
    expect(r.body.AccessKey).toMatchObject({ SecretKey: EU.secretKey, State: 'ACTIVE' })
    expect(r.body.ResponseContext?.RequestId).toBeTruthy()
    expectOscError(
      await call(sim.url, 'ReadSecretAccessKey', { AccessKeyId: 'AKDEMO00000000000002' }),
      400,
      '5027',
    )
    expectOscError(await call(sim.url, 'ReadSecretAccessKey', {}), 400, '7000')
  })
})
