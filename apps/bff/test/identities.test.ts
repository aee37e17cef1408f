// The proxy with real identities (auth mode `proxy`: an authenticating proxy on loopback names the person).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from './harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness({
    proxy: { cacheTtlMs: { default: 60_000 } },
    auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
    bindings: [
      { group: 'admins', role: 'admin', accounts: ['*'] },
      { group: 'viewers', role: 'viewer', accounts: ['*'] },
      { group: 'eu-ops', role: 'operator', accounts: ['demo-eu'] },
    ],
  })
})
afterAll(async () => {
  await h?.close()
})

const as = (user: string, group: string) => ({
  'X-Forwarded-User': user,
  'X-Forwarded-Email': `${user}@example.com`,
  'X-Forwarded-Groups': group,
})

describe('with several people', () => {
  it('never shares a sensitive read between two people, but shares an ordinary one', async () => {
    const calls = () => h.sim.stats().byAction.ReadAccessKeys ?? 0
    const before = calls()
    const ada = await h.call('demo-eu', 'ReadAccessKeys', {}, as('ada', 'admins'))
    expect(ada.status).toBe(200)
    expect(ada.headers.get('x-cache')).toBe('miss')
    const bob = await h.call('demo-eu', 'ReadAccessKeys', {}, as('bob', 'admins'))
    expect(bob.headers.get('x-cache')).toBe('miss')
    const adaAgain = await h.call('demo-eu', 'ReadAccessKeys', {}, as('ada', 'admins'))
    expect(adaAgain.headers.get('x-cache')).toBe('hit')
    expect(calls() - before).toBe(2)

    await h.call('demo-eu', 'ReadNets', {}, as('ada', 'admins'))
    const shared = await h.call('demo-eu', 'ReadNets', {}, as('bob', 'viewers'))
    expect(shared.headers.get('x-cache')).toBe('hit')
  })

  it('refuses a call the role does not allow, before signing, and audits the refusal under the person', async () => {
    const before = h.front.attempts.length
    const response = await h.call(
      'demo-eu',
      'DeleteVolume',
      { VolumeId: 'vol-12345678' },
      as('carol', 'viewers'),
    )
    expect(response.status).toBe(403)
    const { error } = (await response.json()) as ErrorJson
    expect(error.kind).toBe('not-allowed')
    expect(error.message).toContain('DeleteVolume')
    expect(h.front.attempts.length).toBe(before)
    const audit = (await (
      await fetch(`${h.bff.url}/api/audit?person=carol&result=refused`, { headers: as('ada', 'admins') })
    ).json()) as {
      records: Array<{
        kind: string
        action: string
        role?: string
        person: { email?: string }
        resourceIds: string[]
      }>
    }
    expect(audit.records[0]).toMatchObject({
      kind: 'refusal',
      action: 'DeleteVolume',
      role: 'viewer',
      person: { email: 'carol@example.com' },
      resourceIds: ['vol-12345678'],
    })
  })

  it('audits a change under the person who made it', async () => {
    const created = await h.call(
      'demo-eu',
      'CreateVolume',
      { SubregionName: 'eu-west-2a', Size: 2 },
      as('ada', 'admins'),
    )
    const { Volume } = (await created.json()) as { Volume: { VolumeId: string } }
    const audit = (await (
      await fetch(`${h.bff.url}/api/audit?resourceId=${Volume.VolumeId}`, { headers: as('ada', 'admins') })
    ).json()) as {
      records: Array<{ person: { subject: string; email: string }; role: string; result: string }>
    }
    expect(audit.records[0]).toMatchObject({
      person: { subject: 'ada', email: 'ada@example.com' },
      role: 'admin',
      result: 'success',
    })
  })

  it('shows a person the audit records of the accounts they have a role on, an admin all of them', async () => {
    const us = await h.call(
      'demo-us',
      'CreateVolume',
      { SubregionName: 'us-east-2a', Size: 2 },
      as('ada', 'admins'),
    )
    expect(us.status).toBe(200)
    const eu = await h.call(
      'demo-eu',
      'CreateVolume',
      { SubregionName: 'eu-west-2a', Size: 2 },
      as('dave', 'eu-ops'),
    )
    expect(eu.status).toBe(200)
    const read = async (user: string, group: string) =>
      (
        (await (await fetch(`${h.bff.url}/api/audit?limit=500`, { headers: as(user, group) })).json()) as {
          records: Array<{ accountId?: string }>
        }
      ).records.map((r) => r.accountId)
    const daves = await read('dave', 'eu-ops')
    expect(daves).toContain('demo-eu')
    expect(daves).not.toContain('demo-us')
    expect(await read('ada', 'admins')).toEqual(expect.arrayContaining(['demo-eu', 'demo-us']))
  })

  it('shows a person only their own bulk operations', async () => {
    const started = await h.post(
      '/api/operations',
      {
        account: 'demo-eu',
        action: 'DeleteVolume',
        items: [{ resourceId: 'vol-0000000a', params: { VolumeId: 'vol-0000000a' } }],
      },
      as('ada', 'admins'),
    )
    const { id } = (await started.json()) as { id: string }
    expect((await fetch(`${h.bff.url}/api/operations/${id}`, { headers: as('ada', 'admins') })).status).toBe(
      200,
    )
    expect((await fetch(`${h.bff.url}/api/operations/${id}`, { headers: as('bob', 'admins') })).status).toBe(
      404,
    )
    const bobs = (await (
      await fetch(`${h.bff.url}/api/operations`, { headers: as('bob', 'admins') })
    ).json()) as { operations: unknown[] }
    expect(bobs.operations).toEqual([])
  })
})
