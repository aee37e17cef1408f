// Quotas computed live, consumption derived from usage over the simulator clock, the catalogue.
import type { ConsumptionEntry, Quota, QuotaTypes } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'empty' })

const quota = async (name: string): Promise<Quota | undefined> =>
  (await call<{ QuotaTypes: QuotaTypes[] }>(sim.url, 'ReadQuotas', { Filters: { QuotaNames: [name] } })).body
    .QuotaTypes[0]?.Quotas?.[0]

const day = (at: number) => new Date(at).toISOString().slice(0, 10)

describe('quotas', () => {
  it('lists every quota name with UsedValue counted live from the store', async () => {
    const all = await call<{ QuotaTypes: QuotaTypes[] }>(sim.url, 'ReadQuotas')
    const names = all.body.QuotaTypes[0]?.Quotas?.map((q) => q.Name) ?? []
    expect(names).toContain('vm_limit')
    expect(names).toContain('lb_limit')
    expect(names.length).toBeGreaterThanOrEqual(48)
    expect((await quota('sg_limit'))?.UsedValue).toBe(1) // the default group
    await call(sim.url, 'CreateSecurityGroup', { SecurityGroupName: 'a', Description: 'a' })
    expect(await quota('sg_limit')).toMatchObject({
      UsedValue: 2,
      MaxValue: 100,
      QuotaCollection: 'Security Groups',
    })
  })

  it('refuses a create once the quota is reached (lb_limit → 10014)', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await call(sim.url, 'CreateLoadBalancer', {
        LoadBalancerName: `lb${i}`,
        Listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'TCP', BackendPort: 80 }],
      })
      expect(r.status).toBe(200)
    }
    expectOscError(
      await call(sim.url, 'CreateLoadBalancer', {
        LoadBalancerName: 'one-more',
        Listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'TCP', BackendPort: 80 }],
      }),
      400,
      '10014',
    )
    expect(await quota('lb_limit')).toMatchObject({ UsedValue: 20, MaxValue: 20 })
  })
})

describe('consumption', () => {
  it('counts a VM’s running hours between FromDate (included) and ToDate (excluded), with prices on request', async () => {
    // Start at the next midnight so whole days line up.
    const midnight = Math.ceil(sim.now() / 86_400_000) * 86_400_000
    sim.advance(midnight - sim.now())
    const images = await call<{ Images: Array<{ ImageId: string }> }>(sim.url, 'ReadImages')
    const created = await call<{ Vms: Array<{ VmId: string }> }>(sim.url, 'CreateVms', {
      ImageId: images.body.Images[0]?.ImageId,
      VmType: 'tinav5.c2r4p2',
    })
    const vmId = created.body.Vms[0]?.VmId
    sim.advance(10_000) // running from midnight + 10 s
    sim.advance(2 * 86_400_000 - 10_000) // two days later, exactly midnight
    const read = async (from: number, to: number, extra = {}) =>
      (
        await call<{ ConsumptionEntries: ConsumptionEntry[]; Currency: string }>(
          sim.url,
          'ReadConsumptionAccount',
          { FromDate: day(from), ToDate: day(to), ...extra },
        )
      ).body
    const vmEntry = (b: { ConsumptionEntries: ConsumptionEntry[] }) =>
      b.ConsumptionEntries.find((e) => e.Type === 'BoxUsage:tinav5.c2r4p2')
    const firstDay = vmEntry(await read(midnight, midnight + 86_400_000))
    expect(firstDay?.Value).toBeCloseTo(24 - 10 / 3600, 3)
    expect(firstDay?.Price).toBeUndefined()
    const both = await read(midnight, midnight + 2 * 86_400_000, {
      ShowPrice: true,
      ShowResourceDetails: true,
    })
    const entry = vmEntry(both)
    expect(entry?.Value).toBeCloseTo(48 - 10 / 3600, 3)
    expect(entry?.ResourceId).toBe(vmId)
    expect(entry?.Price).toBeCloseTo((entry?.Value ?? 0) * (entry?.UnitPrice ?? 0), 3)
    expect(both.Currency).toBe('EUR')
    // The root volume is billed too, in GiB-months.
    expect(both.ConsumptionEntries.some((e) => e.Type === 'BSU:VolumeUsage:standard')).toBe(true)
    // Stopping ends the count.
    await call(sim.url, 'StopVms', { VmIds: [vmId] })
    sim.advance(86_400_000)
    expect(vmEntry(await read(midnight + 2 * 86_400_000, midnight + 3 * 86_400_000))).toBeUndefined()
  })

  it('refuses a ToDate not after FromDate and a date-time that is not midnight', async () => {
    expectOscError(
      await call(sim.url, 'ReadConsumptionAccount', { FromDate: '2026-01-02', ToDate: '2026-01-01' }),
      400,
      '4056',
    )
    expectOscError(
      await call(sim.url, 'ReadConsumptionAccount', {
        FromDate: '2026-01-01T10:00:00Z',
        ToDate: '2026-01-03',
      }),
      400,
      '4047',
    )
  })

  it('has 90 days of history in the demo seed', async () => {
    sim.reset('demo')
    const now = sim.now()
    const r = await call<{ ConsumptionEntries: ConsumptionEntry[] }>(sim.url, 'ReadConsumptionAccount', {
      FromDate: day(now - 90 * 86_400_000),
      ToDate: day(now - 60 * 86_400_000),
      ShowPrice: true,
    })
    expect(r.body.ConsumptionEntries.length).toBeGreaterThan(3)
    expect(r.body.ConsumptionEntries.reduce((s, e) => s + (e.Price ?? 0), 0)).toBeGreaterThan(0)
  })
})

const nextMonth = (month: string) =>
  new Date(Date.parse(`${month}-01`) + 32 * 86_400_000).toISOString().slice(0, 7)

describe('CO2 emissions', () => {
  it('derives monthly emissions from the same usage, split by category', async () => {
    sim.reset('demo')
    const month = new Date(sim.now()).toISOString().slice(0, 7)
    const prev = new Date(Date.parse(`${month}-01`) - 86_400_000).toISOString().slice(0, 7)
    const r = await call<{
      CO2EmissionEntries: Array<{
        Month: string
        Value: number
        CategoryDistribution: Array<{ Category: string; Value: number }>
      }>
      Unit: string
      Value: number
    }>(sim.url, 'ReadCO2EmissionAccount', {
      FromMonth: prev,
      ToMonth: new Date(Date.parse(`${month}-01`) + 32 * 86_400_000).toISOString().slice(0, 7),
    })
    expect(r.body.CO2EmissionEntries.map((e) => e.Month)).toEqual([`${prev}-01`, `${month}-01`])
    expect(r.body.CO2EmissionEntries[0]?.Value).toBeGreaterThan(0)
    expect(r.body.Unit).toBe('KG')
    // The months' figures add up to the total, and each month's categories to the month.
    const grams = (n: number) => Math.round(n * 1000)
    const sum = r.body.CO2EmissionEntries.reduce((n, e) => n + grams(e.Value), 0)
    expect(grams(r.body.Value)).toBe(sum)
    for (const e of r.body.CO2EmissionEntries)
      expect(e.CategoryDistribution.reduce((n, c) => n + grams(c.Value), 0)).toBe(grams(e.Value))
  })

  it('takes the spec’s dates, first days of months, and refuses another day', async () => {
    sim.reset('demo')
    const month = new Date(sim.now()).toISOString().slice(0, 7)
    const ok = await call<{ CO2EmissionEntries: Array<{ Month: string }> }>(
      sim.url,
      'ReadCO2EmissionAccount',
      {
        FromMonth: `${month}-01`,
        ToMonth: `${month}-01T00:00:00.000Z`.replace(month, nextMonth(month)),
      },
    )
    expect(ok.status).toBe(200)
    expect(ok.body.CO2EmissionEntries.map((e) => e.Month)).toEqual([`${month}-01`])
    const refused = await call<{ Errors: Array<{ Code: string }> }>(sim.url, 'ReadCO2EmissionAccount', {
      FromMonth: `${month}-14`,
      ToMonth: `${nextMonth(month)}-01`,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.Errors[0]?.Code).toBe('4047')
  })
})

describe('catalogue', () => {
  it('prices every VM type and answers ReadUnitPrice for one entry', async () => {
    const cat = await call<{ Catalog: { Entries: Array<{ Type: string; UnitPrice: number }> } }>(
      sim.url,
      'ReadCatalog',
    )
    expect(
      cat.body.Catalog.Entries.find((e) => e.Type === 'BoxUsage:tinav5.c1r1p2')?.UnitPrice,
    ).toBeGreaterThan(0)
    const unit = await call<{ UnitPriceEntry: { UnitPrice: number; Currency: string } }>(
      sim.url,
      'ReadUnitPrice',
      { Service: 'TinaOS-FCU', Type: 'BoxUsage:tinav5.c1r1p2', Operation: 'RunInstances-OD' },
    )
    expect(unit.body.UnitPriceEntry).toMatchObject({ Currency: 'EUR' })
    const catalogs = await call<{ Catalogs: Array<{ State: string }> }>(sim.url, 'ReadCatalogs', {
      Filters: { CurrentCatalogOnly: true },
    })
    expect(catalogs.body.Catalogs.map((c) => c.State)).toEqual(['CURRENT'])
  })
})
