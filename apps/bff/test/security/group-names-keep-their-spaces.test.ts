// A group whose name holds a space is one group: a member of "cloud admins" gets nothing bound to "admins".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type ErrorJson, type Harness } from '../harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness({
    auth: { mode: 'proxy', proxy: { trustedProxies: ['127.0.0.1', '::1'] } },
    bindings: [
      { group: 'admins', role: 'admin', accounts: ['*'] },
      { group: 'cloud viewers', role: 'viewer', accounts: ['*'] },
    ],
  })
})
afterAll(async () => {
  await h?.close()
})

const me = (groups: string) =>
  fetch(`${h.bff.url}/api/me`, { headers: { 'X-Forwarded-User': 'mallory', 'X-Forwarded-Groups': groups } })

describe('groups named by the authenticating proxy', () => {
  it('do not give a member of "cloud admins" the role bound to "admins"', async () => {
    const response = await me('cloud admins')
    expect(response.status).toBe(403)
    expect(((await response.json()) as ErrorJson).error.kind).toBe('not-allowed')
    const call = await h.call(
      'demo-eu',
      'DeleteVolume',
      { VolumeId: 'vol-12345678' },
      {
        'X-Forwarded-User': 'mallory',
        'X-Forwarded-Groups': 'cloud admins',
      },
    )
    expect(call.status).toBe(403)
  })

  it('are separated by commas, and a name with a space still matches its own binding', async () => {
    const response = await me('staff, cloud viewers')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { user: { groups: string[] }; accounts: { role: string }[] }
    expect(body.user.groups).toEqual(['staff', 'cloud viewers'])
    expect(body.accounts.every((a) => a.role === 'viewer')).toBe(true)
  })
})
