// A read's filtered list and its items' JSON are kept until the world changes: what a read answers must still be
// what the world holds after every kind of change (a mutating call, a timer), page after page.
import type { Vm } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { call, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo', clock: 'manual' })

type Page = { Vms: Vm[]; NextPageToken?: string }

async function allPages(filters: object): Promise<string[]> {
  const ids: string[] = []
  let token: string | undefined
  do {
    const page = await call<Page>(sim.url, 'ReadVms', {
      Filters: filters,
      ResultsPerPage: 3,
      ...(token ? { NextPageToken: token } : {}),
    })
    expect(page.status, JSON.stringify(page.body)).toBe(200)
    ids.push(...page.body.Vms.map((vm) => vm.VmId!))
    token = page.body.NextPageToken
  } while (token)
  return ids
}

describe('reads kept until the world changes', () => {
  it('pages a filtered list, then sees a VM tagged since', async () => {
    const before = await allPages({ Tags: ['team=kept'] })
    expect(before).toEqual([])
    const every = await allPages({})
    expect(new Set(every).size).toBe(every.length)
    const [first, second] = every
    await call(sim.url, 'CreateTags', { ResourceIds: [first], Tags: [{ Key: 'team', Value: 'kept' }] })
    expect(await allPages({ Tags: ['team=kept'] })).toEqual([first])
    await call(sim.url, 'CreateTags', { ResourceIds: [second], Tags: [{ Key: 'team', Value: 'kept' }] })
    expect((await allPages({ Tags: ['team=kept'] })).sort()).toEqual([first, second].sort())
  })

  it('sees a state reached on a timer, in the filter and in the JSON', async () => {
    const running = await allPages({ VmStateNames: ['running'] })
    const vm = running[0]!
    await call(sim.url, 'StopVms', { VmIds: [vm] })
    const stopping = await call<Page>(sim.url, 'ReadVms', { Filters: { VmIds: [vm] } })
    expect(stopping.body.Vms[0]?.State).toBe('stopping')
    sim.advance(60_000)
    expect(await allPages({ VmStateNames: ['running'] })).not.toContain(vm)
    expect(await allPages({ VmStateNames: ['stopped'] })).toContain(vm)
    const stopped = await call<Page>(sim.url, 'ReadVms', { Filters: { VmIds: [vm] } })
    expect(stopped.body.Vms[0]?.State).toBe('stopped')
  })

  it('answers text beyond ASCII byte for byte', async () => {
    const [vm] = await allPages({})
    const value = 'équipe ☃ 数据'
    await call(sim.url, 'CreateTags', { ResourceIds: [vm], Tags: [{ Key: 'owner', Value: value }] })
    const read = await call<Page>(sim.url, 'ReadVms', { Filters: { Tags: [`owner=${value}`] } })
    expect(read.body.Vms.map((v) => v.VmId)).toEqual([vm])
    expect(read.body.Vms[0]?.Tags).toContainEqual({ Key: 'owner', Value: value })
  })
})
