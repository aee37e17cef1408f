// Finding: any viewer could test OUTSCALE logins and passwords through CheckAuthentication with the console's key,
// unaudited, and a wrong password was reported as the console's own keys being refused (502). Now only admins
// may call it, every call is audited (without the password), and a refused login is the person's input (400).
import { DEMO_ACCOUNTS } from '@osc-console/sim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorJson, Harness } from '../harness.ts'
import { asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness
const eu = DEMO_ACCOUNTS.find((a) => a.region === 'eu-west-2')!

beforeAll(async () => {
  h = await startPeopleHarness()
})
afterAll(async () => {
  await h?.close()
})

interface AuditPage {
  records: Array<{
    kind: string
    result: string
    action?: string
    paramsDigest?: string
    person: { subject?: string }
  }>
}

const records = async (person: string) =>
  (
    await json<AuditPage>(
      await getAs(h, `/api/audit?action=CheckAuthentication&person=${person}`, asRole('admin')),
    )
  ).records

describe('CheckAuthentication', () => {
  it('is refused to viewers and operators before anything is sent, and the refusal is audited', async () => {
    const before = h.sim.stats().byAction.CheckAuthentication ?? 0
    for (const role of ['viewer', 'operator'] as const) {
      const response = await h.call(
        'demo-eu',
        'CheckAuthentication',
        { Login: eu.login, Password: 'guess-1' },
        asRole(role),
      )
      expect(response.status, role).toBe(403)
      expect((await json<ErrorJson>(response)).error.kind).toBe('not-allowed')
      expect((await records(role)).map((r) => r.result)).toEqual(['refused'])
    }
    expect(h.sim.stats().byAction.CheckAuthentication ?? 0).toBe(before)
  })

  it("answers an admin's wrong password as their own input (400), and audits the attempt without the password", async () => {
    const response = await h.call(
      'demo-eu',
      'CheckAuthentication',
      { Login: eu.login, Password: 'wrong-guess-42' },
      asRole('admin', 'ada'),
    )
    expect(response.status).toBe(400)
    const { error } = await json<ErrorJson>(response)
    expect(error.kind).toBe('invalid-request')
    expect(error.message).toMatch(/refused the login or the password/)
    const audited = await records('ada')
    expect(audited).toHaveLength(1)
    expect(audited[0]).toMatchObject({ kind: 'call', result: 'failure' })
    expect(audited[0]?.paramsDigest).toContain(eu.login)
    expect(audited[0]?.paramsDigest).not.toContain('wrong-guess-42')
  })

  it("audits an admin's successful check too", async () => {
    const response = await h.call(
      'demo-eu',
      'CheckAuthentication',
      { Login: eu.login, Password: eu.password },
      asRole('admin', 'adam'),
    )
    expect(response.status).toBe(200)
    expect((await records('adam')).map((r) => r.result)).toEqual(['success'])
  })
})
