// Finding: a refused call was recorded before validation with up to 100 resource ids of any length, one record
// per refusal without limit, and OUTSCALE's error details echoing a 900 KB id came back twice in the answer and
// were stored whole. A record now keeps a bounded number of short ids and a bounded message, refusals are
// recorded at most 30 a minute per person, and error messages quote a refused value only in part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorJson, Harness } from '../harness.ts'
import { asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness

beforeAll(async () => {
  h = await startPeopleHarness()
})
afterAll(async () => {
  await h?.close()
})

interface AuditRecord {
  kind: string
  result: string
  action?: string
  resourceIds: string[]
  detail?: string
}
const auditOf = async (query: string) =>
  (await json<{ records: AuditRecord[] }>(await getAs(h, `/api/audit?limit=500&${query}`, asRole('admin'))))
    .records

describe('what a refusal leaves in the audit log', () => {
  it('keeps at most 20 resource ids of at most 100 characters from a refused call', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `i-${String(i).padStart(4, '0')}${'x'.repeat(4000)}`)
    const response = await h.call('demo-eu', 'StopVms', { VmIds: ids }, asRole('viewer', 'val'))
    expect(response.status).toBe(403)
    const [record] = await auditOf('person=val&action=StopVms')
    expect(record?.result).toBe('refused')
    expect(record?.resourceIds).toHaveLength(20)
    for (const id of record?.resourceIds ?? []) expect(id.length).toBeLessThanOrEqual(100)
  })

  it('neither answers nor stores a refused 900 KB resource id whole', async () => {
    const huge = `vol-${'a'.repeat(900 * 1024)}`
    const refused = await h.call('demo-eu', 'DeleteVolume', { VolumeId: huge }, asRole('viewer', 'vic'))
    expect(refused.status).toBe(403)
    expect((await refused.text()).length).toBeLessThan(4000)

    // An admin's call reaches OUTSCALE, whose error details quote the id.
    const failed = await h.call('demo-eu', 'DeleteVolume', { VolumeId: huge }, asRole('admin', 'ann'))
    expect(failed.status).toBe(400)
    const text = await failed.text()
    expect(text.length).toBeLessThan(4000)
    expect((JSON.parse(text) as ErrorJson).error.kind).toBe('invalid-request')

    const records = [
      ...(await auditOf('person=vic&result=refused')),
      ...(await auditOf('person=ann&action=DeleteVolume')),
    ]
    expect(records).toHaveLength(2)
    expect(JSON.stringify(records).length).toBeLessThan(4000)
  })

  it('records at most 30 refusals a minute per person, and still refuses every call', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i += 1)
      statuses.push(
        (await h.call('demo-eu', 'DeleteVolume', { VolumeId: `vol-${i}` }, asRole('viewer', 'flo'))).status,
      )
    expect(new Set(statuses)).toEqual(new Set([403]))
    expect(await auditOf('person=flo&result=refused')).toHaveLength(30)
    // Another person is not held back by the first one's flood.
    expect(
      (await h.call('demo-eu', 'DeleteVolume', { VolumeId: 'vol-1' }, asRole('viewer', 'gus'))).status,
    ).toBe(403)
    expect(await auditOf('person=gus&result=refused')).toHaveLength(1)
  })
})
