// Finding: sensitive reads (a VM's admin password, its console output, access keys) left no trace: who read which
// secret could not be told afterwards. Each one is now an audit record, cache hits included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness.ts'
import { asRole, getAs, json, startPeopleHarness } from './people.ts'

let h: Harness

beforeAll(async () => {
  h = await startPeopleHarness({ proxy: { cacheTtlMs: { default: 60_000 } } })
})
afterAll(async () => {
  await h?.close()
})

describe('sensitive reads', () => {
  it("records who read a VM's console output, each time, and not the ordinary reads", async () => {
    const vms = await json<{ Vms: Array<{ VmId: string }> }>(
      await h.call('demo-eu', 'ReadVms', {}, asRole('admin')),
    )
    const vmId = vms.Vms[0]!.VmId
    for (let i = 0; i < 2; i += 1)
      expect(
        (await h.call('demo-eu', 'ReadConsoleOutput', { VmId: vmId }, asRole('operator', 'otto'))).status,
      ).toBe(200)
    const records = await json<{
      records: Array<{ kind: string; action?: string; result: string; resourceIds: string[] }>
    }>(await getAs(h, '/api/audit?person=otto', asRole('admin')))
    const calls = records.records.filter((r) => r.kind === 'call')
    expect(calls).toHaveLength(2)
    for (const r of calls)
      expect(r).toMatchObject({ action: 'ReadConsoleOutput', result: 'success', resourceIds: [vmId] })
  })
})
