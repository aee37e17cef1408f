// Public IPs, Nets, route tables, NAT services and NICs as the network pages use them: states, validation, errors
// and quotas as the OUTSCALE documentation describes them.
import type { PublicIp, Vm } from '@osc-console/osc-api'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator } from '../src/index.ts'
import type { Simulator } from '../src/index.ts'
import { call, expectOscError } from './helpers.ts'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 'demo' })
})
afterAll(async () => {
  await sim.close()
})
beforeEach(() => sim.reset('demo'))

const vmByName = async (name: string) =>
  (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { Tags: [`Name=${name}`] } })).body.Vms[0]!
const publicIps = async () => (await call<{ PublicIps: PublicIp[] }>(sim.url, 'ReadPublicIps')).body.PublicIps

describe('public IPs', () => {
  it('when a second public IP is linked to a VM, the first goes idle and the VM shows the new address', async () => {
    const vm = await vmByName('bastion-1')
    const before = (await publicIps()).find((ip) => ip.VmId === vm.VmId)
    const idle = (await publicIps()).find((ip) => !ip.LinkPublicIpId)
    expect(before && idle).toBeTruthy()
    const linked = await call(sim.url, 'LinkPublicIp', { PublicIpId: idle?.PublicIpId, VmId: vm.VmId })
    expect(linked.status).toBe(200)
    const after = await publicIps()
    expect(after.find((ip) => ip.PublicIpId === before?.PublicIpId)?.LinkPublicIpId).toBeUndefined()
    expect(after.filter((ip) => ip.VmId === vm.VmId).map((ip) => ip.PublicIpId)).toEqual([idle?.PublicIpId])
    expect((await vmByName('bastion-1')).PublicIp).toBe(idle?.PublicIp)
    // The one that went idle can be released now.
    expect((await call(sim.url, 'DeletePublicIp', { PublicIpId: before?.PublicIpId })).status).toBe(200)
  })

  it('refuses to release an attached address with its documented error', async () => {
    const linked = (await publicIps()).find((ip) => ip.LinkPublicIpId)
    expectOscError(await call(sim.url, 'DeletePublicIp', { PublicIpId: linked?.PublicIpId }), 409, '9000')
  })
})
