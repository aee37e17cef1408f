// The VM lifecycle on the simulator clock, idempotency, protection, quotas, filters and pagination.
import type { Vm } from '@osc-console/osc-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })
let imageId: string
beforeEach(async () => {
  const images = await call<{ Images: Array<{ ImageId: string; ImageName: string }> }>(
    sim.url,
    'ReadImages',
    {
      Filters: { ImageNames: ['Ubuntu-24.04-2025.01.10-0'] },
    },
  )
  imageId = images.body.Images[0]?.ImageId ?? ''
})

const vmState = async (id: string) =>
  (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { VmIds: [id] } })).body.Vms[0]?.State

async function createVm(extra: Record<string, unknown> = {}): Promise<Vm> {
  const r = await call<{ Vms: Vm[] }>(sim.url, 'CreateVms', {
    ImageId: imageId,
    VmType: 'tinav5.c1r1p2',
    ...extra,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body.Vms[0]!
}

describe('VM lifecycle', () => {
  it('goes pending → running when the clock passes 10 seconds, and refuses a stop while pending (409 9039)', async () => {
    const vm = await createVm()
    expect(vm.State).toBe('pending')
    expectOscError(await call(sim.url, 'StopVms', { VmIds: [vm.VmId] }), 409, '9039')
    sim.advance(9_000)
    expect(await vmState(vm.VmId!)).toBe('pending')
    sim.advance(1_000)
    expect(await vmState(vm.VmId!)).toBe('running')
  })

  it('stops (stopping → stopped), starts again, and ForceStop is quicker', async () => {
    const vm = await createVm()
    sim.advance(10_000)
    const stop = await call<{ Vms: Array<{ PreviousState: string; CurrentState: string }> }>(
      sim.url,
      'StopVms',
      { VmIds: [vm.VmId] },
    )
    expect(stop.body.Vms[0]).toMatchObject({ PreviousState: 'running', CurrentState: 'stopping' })
    sim.advance(5_000)
    expect(await vmState(vm.VmId!)).toBe('stopped')
    await call(sim.url, 'StartVms', { VmIds: [vm.VmId] })
    expect(await vmState(vm.VmId!)).toBe('pending')
    sim.advance(10_000)
    expect(await vmState(vm.VmId!)).toBe('running')
    await call(sim.url, 'StopVms', { VmIds: [vm.VmId], ForceStop: true })
    sim.advance(1_000)
    expect(await vmState(vm.VmId!)).toBe('stopped')
  })

  it('deletes through shutting-down to terminated, lists the VM for an hour, then forgets it', async () => {
    const vm = await createVm()
    sim.advance(10_000)
    await call(sim.url, 'DeleteVms', { VmIds: [vm.VmId] })
    expect(await vmState(vm.VmId!)).toBe('shutting-down')
    sim.advance(5_000)
    expect(await vmState(vm.VmId!)).toBe('terminated')
    sim.advance(60 * 60_000)
    expect(await vmState(vm.VmId!)).toBeUndefined()
  })

  it('refuses to delete a VM with DeletionProtection until UpdateVm turns it off', async () => {
    const vm = await createVm({ DeletionProtection: true })
    sim.advance(10_000)
    const refused = await call(sim.url, 'DeleteVms', { VmIds: [vm.VmId] })
    expect(refused.status).toBe(409)
    expect(refused.body.Errors?.[0]?.Details).toMatch(/DeletionProtection/)
    const updated = await call<{ Vm: Vm }>(sim.url, 'UpdateVm', { VmId: vm.VmId, DeletionProtection: false })
    expect(updated.body.Vm.DeletionProtection).toBe(false)
    expect((await call(sim.url, 'DeleteVms', { VmIds: [vm.VmId] })).status).toBe(200)
  })

  it('answers a repeated CreateVms with the same ClientToken with the same VM, creating nothing new', async () => {
    const first = await createVm({ ClientToken: 'order-42' })
    const again = await createVm({ ClientToken: 'order-42' })
    expect(again.VmId).toBe(first.VmId)
    const all = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { ClientTokens: ['order-42'] } })
    expect(all.body.Vms).toHaveLength(1)
  })

  it('changes the VM type only once stopped', async () => {
    const vm = await createVm()
    sim.advance(10_000)
    expectOscError(await call(sim.url, 'UpdateVm', { VmId: vm.VmId, VmType: 'tinav5.c2r4p2' }), 409, '6006')
    await call(sim.url, 'StopVms', { VmIds: [vm.VmId] })
    sim.advance(5_000)
    const r = await call<{ Vm: Vm }>(sim.url, 'UpdateVm', { VmId: vm.VmId, VmType: 'tinav5.c2r4p2' })
    expect(r.body.Vm.VmType).toBe('tinav5.c2r4p2')
  })

  it('returns console output once booted and an admin password only for Windows VMs', async () => {
    const vm = await createVm()
    sim.advance(10_000)
    const out = await call<{ ConsoleOutput: string }>(sim.url, 'ReadConsoleOutput', { VmId: vm.VmId })
    expect(Buffer.from(out.body.ConsoleOutput, 'base64').toString()).toMatch(/cloud-init/)
    expect(
      (await call<{ AdminPassword: string }>(sim.url, 'ReadAdminPassword', { VmId: vm.VmId })).body
        .AdminPassword,
    ).toBe('')
    const win = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { Tags: ['Name=win-reporting-1'] } })
    const pw = await call<{ AdminPassword: string }>(sim.url, 'ReadAdminPassword', {
      VmId: win.body.Vms[0]?.VmId,
    })
    expect(pw.body.AdminPassword.length).toBeGreaterThan(8)
  })

  it('creates the root volume and extra block devices as the mappings say', async () => {
    const vm = await createVm({
      BlockDeviceMappings: [
        { DeviceName: '/dev/sda1', Bsu: { VolumeSize: 30, VolumeType: 'gp2', DeleteOnVmDeletion: true } },
        {
          DeviceName: '/dev/xvdb',
          Bsu: { VolumeSize: 100, VolumeType: 'io1', Iops: 3000, DeleteOnVmDeletion: true },
        },
      ],
    })
    const ids = vm.BlockDeviceMappings?.map((b) => b.Bsu?.VolumeId)
    const vols = await call<{
      Volumes: Array<{ VolumeId: string; Size: number; VolumeType: string; Iops?: number }>
    }>(sim.url, 'ReadVolumes', { Filters: { VolumeIds: ids } })
    expect(vols.body.Volumes.map((v) => [v.Size, v.VolumeType, v.Iops ?? 0]).sort()).toEqual([
      [100, 'io1', 3000],
      [30, 'gp2', 0],
    ])
  })

  it('takes t2.small by default, AWS and tinavW.cXrY names, and refuses an unknown type with 5024', async () => {
    const plain = await call<{ Vms: Vm[] }>(sim.url, 'CreateVms', { ImageId: imageId })
    expect(plain.body.Vms[0]?.VmType).toBe('t2.small')
    const flagged = await createVm({ VmType: 'tinav6.c2r4', Performance: 'highest' })
    expect(flagged.VmType).toBe('tinav6.c2r4p1')
    expectOscError(await call(sim.url, 'CreateVms', { ImageId: imageId, VmType: 'tinav9.huge' }), 400, '5024')
  })

  it('refuses a create over the VM quota with a 10xxx code', async () => {
    // The demo sets vm_limit to 45 with 40 VMs alive.
    const r = await call(sim.url, 'CreateVms', { ImageId: imageId, MinVmsCount: 6, MaxVmsCount: 6 })
    expect(r.status).toBe(400)
    expect(r.body.Errors?.[0]?.Code).toBe('10010')
    const some = await call<{ Vms: Vm[] }>(sim.url, 'CreateVms', {
      ImageId: imageId,
      MinVmsCount: 1,
      MaxVmsCount: 10,
    })
    expect(some.body.Vms).toHaveLength(5)
  })
})

describe('reads after changes', () => {
  it('shows a change in the very next read (no stale answer), and BootOnCreation false ends stopped', async () => {
    const vm = await createVm({ BootOnCreation: false })
    sim.advance(10_000)
    expect(await vmState(vm.VmId!)).toBe('stopped')
    await call(sim.url, 'CreateTags', { ResourceIds: [vm.VmId], Tags: [{ Key: 'Name', Value: 'renamed' }] })
    const again = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { VmIds: [vm.VmId] } })
    expect(again.body.Vms[0]?.Tags).toEqual([{ Key: 'Name', Value: 'renamed' }])
  })
})

describe('ReadVms filters and pagination', () => {
  it('filters by state, subregion, tag keys/values and Tags "k=v"', async () => {
    const read = async (Filters: object) =>
      (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters })).body.Vms
    const running = await read({ VmStateNames: ['running'] })
    expect(running.length).toBeGreaterThan(20)
    expect(running.every((v) => v.State === 'running')).toBe(true)
    const inB = await read({ SubregionNames: ['eu-west-2b'] })
    expect(inB.length).toBeGreaterThan(5)
    expect(inB.every((v) => v.Placement?.SubregionName === 'eu-west-2b')).toBe(true)
    const prodWeb = await read({ Tags: ['env=prod', 'team=web'] })
    expect(
      prodWeb.every((v) =>
        v.Tags?.some(
          (t) => (t.Key === 'env' && t.Value === 'prod') || (t.Key === 'team' && t.Value === 'web'),
        ),
      ),
    ).toBe(true)
    const web = await read({ TagKeys: ['team'], TagValues: ['web'] })
    expect(web.length).toBeGreaterThan(5)
    const both = await read({ Tags: ['team=web'], VmStateNames: ['stopped'] })
    expect(both).toHaveLength(0)
  })

  it('pages with ResultsPerPage and NextPageToken and covers every VM once', async () => {
    const seen = new Set<string>()
    let token: string | undefined
    let pages = 0
    do {
      const r = await call<{ Vms: Vm[]; NextPageToken?: string }>(sim.url, 'ReadVms', {
        ResultsPerPage: 7,
        ...(token ? { NextPageToken: token } : {}),
      })
      expect(r.body.Vms.length).toBeLessThanOrEqual(7)
      r.body.Vms.forEach((v) => seen.add(v.VmId!))
      token = r.body.NextPageToken
      pages++
    } while (token)
    const all = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')
    expect(seen.size).toBe(all.body.Vms.length)
    expect(pages).toBe(Math.ceil(all.body.Vms.length / 7))
    expectOscError(await call(sim.url, 'ReadVms', { ResultsPerPage: 1001 }), 400, '4047')
  })

  it('ReadVmsState lists running VMs by default and every VM with AllVms', async () => {
    const running = await call<{ VmStates: Array<{ VmState: string }> }>(sim.url, 'ReadVmsState')
    expect(running.body.VmStates.every((s) => s.VmState === 'running')).toBe(true)
    const all = await call<{ VmStates: Array<{ VmState: string }> }>(sim.url, 'ReadVmsState', {
      AllVms: true,
    })
    expect(all.body.VmStates.some((s) => s.VmState === 'stopped')).toBe(true)
  })
})
