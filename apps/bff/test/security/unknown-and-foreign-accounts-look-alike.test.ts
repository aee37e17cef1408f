// Finding: a person with no role on an account got `not-allowed` for it but `unknown-account` for an id the console
// does not have, which told them which account ids exist; and their refusal was written into that account's log,
// readable by its people. Both now get the same answer, and the refusal is kept out of that account's log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorJson, Harness } from '../harness.ts'
import { as, asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness
const euViewer = as('eve', 'eu-viewers')
const usViewer = as('uma', 'us-viewers')

beforeAll(async () => {
  h = await startPeopleHarness()
})
afterAll(async () => {
  await h?.close()
})

const errorOf = async (response: Response) => {
  const { error } = await json<ErrorJson>(response)
  const { requestId: _requestId, ...rest } = error
  return { status: response.status, error: { ...rest, message: rest.message.replace(/"[^"]*"/, '"…"') } }
}

describe('an account the person holds no role on', () => {
  it('is answered exactly like an account that does not exist, for calls and bulk operations', async () => {
    const foreign = await errorOf(await h.call('demo-us', 'ReadVms', {}, euViewer))
    const missing = await errorOf(await h.call('demo-nowhere', 'ReadVms', {}, euViewer))
    expect(foreign).toEqual(missing)
    expect(foreign.status).toBe(404)

    const bulk = (account: string) =>
      h.post(
        '/api/operations',
        { account, action: 'StopVms', items: [{ resourceId: 'i-1', params: { VmIds: ['i-1'] } }] },
        euViewer,
      )
    expect(await errorOf(await bulk('demo-us'))).toEqual(await errorOf(await bulk('demo-nowhere')))
  })

  it("keeps the refusal out of that account's audit log, and shows it to an admin of every account", async () => {
    const probe = await h.call(
      'demo-us',
      'DeleteVolume',
      { VolumeId: 'vol-probe01' },
      as('pia', 'eu-viewers'),
    )
    expect(probe.status).toBe(404)
    const seenByUsPeople = await json<{ records: Array<{ resourceIds: string[] }> }>(
      await getAs(h, '/api/audit?limit=500', usViewer),
    )
    expect(JSON.stringify(seenByUsPeople)).not.toContain('vol-probe01')
    const seenByAdmin = await json<{
      records: Array<{ accountId?: string; result: string; detail?: string }>
    }>(await getAs(h, '/api/audit?person=pia&result=refused', asRole('admin')))
    expect(seenByAdmin.records).toHaveLength(1)
    expect(seenByAdmin.records[0]?.accountId).toBeUndefined()
    expect(seenByAdmin.records[0]?.detail).toContain('demo-us')
  })
})
