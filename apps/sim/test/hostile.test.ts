// Hostile requests that once hung the simulator, crashed it with a 500 or were answered wrongly: each is now
// answered promptly, as the API answers it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SimClock } from '../src/clock.ts'
import { publicIpAddress } from '../src/families/nets.ts'
import { buildWorld } from '../src/seeds/index.ts'
import { call, EU, expectOscError, simulatorForFile } from './helpers.ts'
import { startSimulatorProcess } from './process.ts'
import type { SimulatorProcess } from './process.ts'

const sim = await simulatorForFile({ seed: 'demo' })

/** The call's answer, or a failure naming the call when the simulator takes longer than `ms` to answer. */
async function within<T>(ms: number, what: string, pending: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([pending, late])
  } finally {
    clearTimeout(timer)
  }
}

// In a process of its own: before the fix, this call pinned the simulator's only thread, and with it any test
// process that hosted it; now a hang is a late answer that fails the test.
describe('CreateVms with a huge MaxVmsCount', () => {
  let own: SimulatorProcess
  let ownImageId: string
  beforeAll(async () => {
    own = await startSimulatorProcess(['--seed', 'demo'])
    const images = await call<{ Images: Array<{ ImageId: string }> }>(own.url, 'ReadImages', {
      Filters: { ImageNames: ['Ubuntu-24.04-2025.01.10-0'] },
    })
    ownImageId = images.body.Images[0]?.ImageId ?? ''
  })
  afterAll(async () => {
    await own.close()
  })

  it('creates as many VMs as the quotas allow, at once, and the simulator keeps answering', async () => {
    // The demo account holds 40 of its 45 VMs: 5 fit.
    const r = await within(
      5_000,
      'CreateVms with MaxVmsCount 2^32',
      call<{ Vms: unknown[] }>(own.url, 'CreateVms', {
        ImageId: ownImageId,
        VmType: 'tinav5.c1r1p2',
        MaxVmsCount: 4_294_967_296,
      }),
    )
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.Vms).toHaveLength(5)
    expect((await call(own.url, 'ReadVms', {})).status).toBe(200)
  })

  it('refuses a MinVmsCount of 2^32 with the quota error, without trying every count', async () => {
    const r = await within(
      5_000,
      'CreateVms with MinVmsCount 2^32',
      call(own.url, 'CreateVms', {
        ImageId: ownImageId,
        MinVmsCount: 4_294_967_296,
        MaxVmsCount: 4_294_967_296,
      }),
    )
    expectOscError(r, 400, '10010')
  })
})

describe('CreateAccessKey and UpdateAccessKey dates', () => {
  it.each(['not a date', '2020-13-45', '2030-06-14T25:00:00Z', '99999-01-01', '1'])(
    'refuses ExpirationDate %j with 400 4047, not a 500',
    async (date) => {
      expectOscError(await call(sim.url, 'CreateAccessKey', { ExpirationDate: date }), 400, '4047')
    },
  )

  it('accepts a date or a date-time, as the documentation shows', async () => {
    for (const date of ['2099-06-14', '2099-06-14T00:00:00.000Z']) {
      const r = await call<{ AccessKey: { AccessKeyId: string; ExpirationDate: string } }>(
        sim.url,
        'CreateAccessKey',
        { ExpirationDate: date },
      )
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body.AccessKey.ExpirationDate).toBe('2099-06-14T00:00:00.000Z')
    }
  })

  it('refuses an unparsable ExpirationDate on UpdateAccessKey too', async () => {
    const created = await call<{ AccessKey: { AccessKeyId: string } }>(sim.url, 'CreateAccessKey', {})
    const r = await call(sim.url, 'UpdateAccessKey', {
      AccessKeyId: created.body.AccessKey.AccessKeyId,
      State: 'ACTIVE',
      ExpirationDate: 'tomorrow',
    })
    expectOscError(r, 400, '4047')
  })
})

describe('UpdateAccount text fields', () => {
  it('refuses a NUL byte with 400 4047 and keeps the profile unchanged', async () => {
    expectOscError(await call(sim.url, 'UpdateAccount', { City: 'Par\u0000is' }), 400, '4047')
    const after = await call<{ Accounts: Array<{ City: string }> }>(sim.url, 'ReadAccounts', {})
    expect(after.body.Accounts[0]?.City).toBe('Paris')
  })

  it('refuses a 300 KB string with 400 4106 (value too long)', async () => {
    const r = await call(sim.url, 'UpdateAccount', { CompanyName: 'x'.repeat(300_000) })
    expectOscError(r, 400, '4106')
    expect(r.body.Errors?.[0]?.Details).toMatch(/at most 255/)
  })

  it('still accepts ordinary text, accents included', async () => {
    const r = await call<{ Account: { City: string } }>(sim.url, 'UpdateAccount', { City: 'Saint-Étienne' })
    expect(r.status).toBe(200)
    expect(r.body.Account.City).toBe('Saint-Étienne')
  })
})

describe('CreateDirectLinkInterface', () => {
  it('answers with the name, VLAN and BGP fields it was given, and ReadDirectLinkInterfaces lists them', async () => {
    const link = await call<{ DirectLink: { DirectLinkId: string } }>(sim.url, 'CreateDirectLink', {
      Bandwidth: '1Gbps',
      DirectLinkName: 'to-datacentre',
      Location: 'PAR1',
    })
    const given = {
      DirectLinkInterfaceName: 'vif-prod',
      Vlan: 301,
      BgpAsn: 65001,
      BgpKey: 'bgp-secret',
      VirtualGatewayId: 'vgw-12345678',
      ClientPrivateIp: '169.254.0.2/30',
      OutscalePrivateIp: '169.254.0.1/30',
    }
    const r = await call<{ DirectLinkInterface: Record<string, unknown> }>(
      sim.url,
      'CreateDirectLinkInterface',
      { DirectLinkId: link.body.DirectLink.DirectLinkId, DirectLinkInterface: given },
    )
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.DirectLinkInterface).toMatchObject({
      ...given,
      DirectLinkId: link.body.DirectLink.DirectLinkId,
    })
    const read = await call<{ DirectLinkInterfaces: Array<Record<string, unknown>> }>(
      sim.url,
      'ReadDirectLinkInterfaces',
      {},
    )
    expect(read.body.DirectLinkInterfaces).toContainEqual(expect.objectContaining(given))
  })
})

describe('refused values quoted in errors', () => {
  it('quotes a 900 KB malformed id in at most 1,000 characters of Details', async () => {
    const huge = `i-${'z'.repeat(900_000)}`
    const r = await call(sim.url, 'DeleteVms', { VmIds: [huge] })
    expectOscError(r, 400, '4105')
    expect(r.body.Errors?.[0]?.Details.length).toBeLessThanOrEqual(1_000)
    expect(r.body.Errors?.[0]?.Details).toMatch(/^VmId "i-zzz/)
  })
})

describe('public addresses when the region range is full', () => {
  const world = buildWorld('empty', new SimClock('manual'))
  const account = world.account(EU.accountId)
  const used = account.store<true>('public-addresses')
  // Counts the random draws, and stops an endless draw with an error instead of pinning the test process.
  let draws = 0
  const int = world.rng.int.bind(world.rng)
  world.rng.int = (min, max) => {
    if (++draws > 10_000) throw new Error('publicIpAddress kept drawing random addresses')
    return int(min, max)
  }
  beforeEach(() => {
    draws = 0
  })

  it('finds the last free address by a bounded scan once random picks keep hitting used ones', () => {
    for (let a = 64; a <= 250; a++) for (let b = 1; b <= 254; b++) used.set(`171.33.${a}.${b}`, true)
    used.delete('171.33.250.254')
    expect(publicIpAddress(world, account)).toBe('171.33.250.254')
    expect(draws).toBeLessThanOrEqual(128)
  })

  it('answers the IP quota error instead of drawing forever when none is left', () => {
    expect(() => publicIpAddress(world, account)).toThrow(
      expect.objectContaining({ code: '10011', message: expect.stringMatching(/public address/) }),
    )
  })
})

describe('ReadCO2EmissionAccount over a huge range', () => {
  it('answers the months the account has used, not one entry per month of ten thousand years', async () => {
    const r = await call<{ CO2EmissionEntries: Array<{ Month: string }> }>(
      sim.url,
      'ReadCO2EmissionAccount',
      {
        FromMonth: '0001-01',
        ToMonth: '9999-12',
      },
    )
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200)
    const months = r.body.CO2EmissionEntries.map((e) => e.Month)
    expect(months.length).toBeGreaterThan(0)
    expect(months.length).toBeLessThan(120)
    expect(months.at(-1)).toBe(`${new Date(sim.now()).toISOString().slice(0, 7)}-01`)
  })
})
