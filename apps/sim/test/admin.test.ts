// Admin endpoints, fault injection, throttling, sentinels, DryRun and the api log.
import type { Vm } from '@osc-console/osc-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { EU, admin, call, callUs, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' }, { reset: false })
beforeEach(async () => {
  expect((await admin(sim.url, '/_sim/reset', { seed: 'demo' })).status).toBe(200)
})

describe('admin endpoints', () => {
  it('resets to a seed, deterministically', async () => {
    const first = (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')).body.Vms.map((v) => v.VmId).sort()
    await call(sim.url, 'CreateKeypair', {
      KeypairName: 'temp',
      PublicKey: Buffer.from(`ssh-ed25519 ${Buffer.alloc(51, 7).toString('base64')}`).toString('base64'),
    })
    await admin(sim.url, '/_sim/reset', { seed: 'demo' })
    const again = (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')).body.Vms.map((v) => v.VmId).sort()
    expect(again).toEqual(first)
    expect(
      (await call<{ Keypairs: unknown[] }>(sim.url, 'ReadKeypairs', { Filters: { KeypairNames: ['temp'] } }))
        .body.Keypairs,
    ).toEqual([])
    await admin(sim.url, '/_sim/reset', { seed: 'empty' })
    expect((await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')).body.Vms).toEqual([])
    expect((await admin(sim.url, '/_sim/reset', { seed: 'huge' })).status).toBe(400)
  })

  it('advances the clock over HTTP so pending VMs start', async () => {
    const pending = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { VmStateNames: ['pending'] } })
    expect(pending.body.Vms).toHaveLength(2)
    const before = Date.parse(String((await admin(sim.url, '/_sim/clock')).body.now))
    const r = await admin(sim.url, '/_sim/clock/advance', { seconds: 30 })
    expect(Date.parse(String(r.body.now)) - before).toBe(30_000)
    expect(
      (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { VmStateNames: ['pending'] } })).body.Vms,
    ).toHaveLength(0)
  })

  it('counts calls per action and per account in /_sim/stats', async () => {
    await call(sim.url, 'ReadVms')
    await call(sim.url, 'ReadVms')
    await callUs(sim.url, 'ReadVolumes')
    const stats = (await admin(sim.url, '/_sim/stats')).body as {
      byAction: Record<string, number>
      byAccountAction: Record<string, Record<string, number>>
    }
    expect(stats.byAction.ReadVms).toBe(2)
    expect(stats.byAccountAction['123456789012']?.ReadVms).toBe(2)
    expect(stats.byAccountAction['210987654321']?.ReadVolumes).toBe(1)
  })
})

describe('faults', () => {
  it('fails one action with the configured status, leaves others alone, and clears', async () => {
    await admin(sim.url, '/_sim/faults', {
      errors: [{ action: 'ReadVolumes', status: 503, code: '6', type: 'AccessDenied' }],
    })
    expectOscError(await call(sim.url, 'ReadVolumes'), 503, '6')
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
    await admin(sim.url, '/_sim/faults', {})
    expect((await call(sim.url, 'ReadVolumes')).status).toBe(200)
    expect((await admin(sim.url, '/_sim/faults', { errors: [{ status: 200 }] })).status).toBe(400)
  })

  it('fails the calls of one account only when the rule names it, so the other account still answers', async () => {
    await admin(sim.url, '/_sim/faults', {
      errors: [{ accountId: '210987654321', status: 500, code: '0', type: 'DefaultError' }],
    })
    expectOscError(await callUs(sim.url, 'ReadVms'), 500, '0')
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
    await admin(sim.url, '/_sim/faults', {})
    expect((await callUs(sim.url, 'ReadVms')).status).toBe(200)
  })

  it('adds latency and drops connections on request', async () => {
    await admin(sim.url, '/_sim/faults', { latencyByAction: { ReadVms: 150 } })
    const t = Date.now()
    await call(sim.url, 'ReadVms')
    expect(Date.now() - t).toBeGreaterThanOrEqual(140)
    await admin(sim.url, '/_sim/faults', { drop: [{ action: 'ReadSnapshots' }] })
    await expect(call(sim.url, 'ReadSnapshots')).rejects.toThrow()
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })

  it('throttles per account+call (429 code 25), per account (429 code 24) and for the platform (503 code 6)', async () => {
    await admin(sim.url, '/_sim/faults', { limits: { perCall: { perSecond: 0.001, burst: 2 } } })
    await call(sim.url, 'ReadVms')
    await call(sim.url, 'ReadVms')
    expectOscError(await call(sim.url, 'ReadVms'), 429, '25')
    expect((await callUs(sim.url, 'ReadVms')).status).toBe(200) // another account has its own budget
    await admin(sim.url, '/_sim/faults', { limits: { perAccount: { perSecond: 0.001, burst: 1 } } })
    await call(sim.url, 'ReadVolumes')
    expectOscError(await call(sim.url, 'ReadSnapshots'), 429, '24')
    await admin(sim.url, '/_sim/faults', { limits: { platform: { perSecond: 0.001, burst: 1 } } })
    await callUs(sim.url, 'ReadVms')
    expectOscError(await call(sim.url, 'ReadVms'), 503, '6')
    await admin(sim.url, '/_sim/faults', {
      throttling: false,
      limits: { platform: { perSecond: 0.001, burst: 1 } },
    })
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
    expect((await call(sim.url, 'ReadVms')).status).toBe(200)
  })
})

describe('sentinels, DryRun and the api log', () => {
  it('fails calls naming a VM tagged sim:fail=503 with a plain internal error, until the tag is removed', async () => {
    const vms = await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { TagKeys: ['sim:fail'] } })
    const flaky = vms.body.Vms[0]?.VmId
    expect(flaky).toBeTruthy()
    const r = await call(sim.url, 'StopVms', { VmIds: [flaky] })
    expect(r.status).toBe(503)
    expect(r.body.Errors?.[0]?.Details).toMatch(/sim:fail=503/)
    // A failure, not OUTSCALE's platform throttling (503 code 6), which would tell the person to slow down.
    expect(r.body.Errors?.[0]?.Code).toBe('0')
    expect(r.body.Errors?.[0]?.Type).toBe('DefaultError')
    await call(sim.url, 'DeleteTags', { ResourceIds: [flaky], Tags: [{ Key: 'sim:fail', Value: '' }] })
    expect((await call(sim.url, 'StopVms', { VmIds: [flaky] })).status).toBe(200)
  })

  it('DryRun authenticates and validates but changes nothing', async () => {
    const images = await call<{ Images: Array<{ ImageId: string }> }>(sim.url, 'ReadImages')
    const before = (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')).body.Vms.length
    const dry = await call(sim.url, 'CreateVms', { ImageId: images.body.Images[0]?.ImageId, DryRun: true })
    expect(dry.status).toBe(200)
    expect(Object.keys(dry.body)).toEqual(['ResponseContext'])
    expect((await call<{ Vms: Vm[] }>(sim.url, 'ReadVms')).body.Vms.length).toBe(before)
    expectOscError(await call(sim.url, 'CreateVms', { DryRun: true }), 400, '7000')
    expectOscError(
      await call(sim.url, 'CreateVms', { DryRun: true }, { secretKey: 'Z'.repeat(40) }),
      401,
      '1',
    )
  })

  it('records every call in the api log, filterable and paged', async () => {
    await call(sim.url, 'ReadVms')
    await call(sim.url, 'ReadVolumes')
    await call(sim.url, 'ReadVms', { Bogus: 1 })
    const logs = await call<{
      Logs: Array<{
        QueryCallName: string
        ResponseStatusCode: number
        QueryAccessKey: string
        RequestId: string
      }>
    }>(sim.url, 'ReadApiLogs', { Filters: { QueryCallNames: ['ReadVms'] } })
    expect(logs.body.Logs.map((l) => l.ResponseStatusCode)).toEqual([400, 200])
    expect(logs.body.Logs[0]).toMatchObject({ QueryCallName: 'ReadVms', QueryAccessKey: EU.accessKeyId })
    const paged = await call<{ Logs: unknown[]; NextPageToken?: string }>(sim.url, 'ReadApiLogs', {
      ResultsPerPage: 2,
    })
    expect(paged.body.Logs).toHaveLength(2)
    expect(paged.body.NextPageToken).toBeTruthy()
    const errors = await call<{ Logs: unknown[] }>(sim.url, 'ReadApiLogs', {
      Filters: { ResponseStatusCodes: [400] },
    })
    expect(errors.body.Logs).toHaveLength(1)
  })
})
