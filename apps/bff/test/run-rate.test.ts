// The run-rate: what the live resources cost per hour and per month if nothing changes, priced from the catalogue,
// computed by the console so that a billing person sees it without reading the resources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditPage, CatalogEntry, RunRate } from '@osc-console/osc-api'
import { HOURS_PER_MONTH, runRateLines, usagesOf } from '../src/run-rate.ts'
import type { Harness } from './harness.ts'
import { as, getAs, startPeopleHarness } from './security/people.ts'

const catalog: CatalogEntry[] = [
  { Service: 'TinaOS-FCU', Type: 'BoxUsage:tinav5.c1r1p2', Operation: 'RunInstances-OD', UnitPrice: 0.05 },
  {
    Service: 'TinaOS-FCU',
    Type: 'BSU:VolumeUsage:io1',
    Operation: 'CreateVolume',
    UnitPrice: 0.13,
    Flags: 'PER_MONTH',
  },
  {
    Service: 'TinaOS-FCU',
    Type: 'BSU:VolumeIOPS:io1',
    Operation: 'CreateVolume',
    UnitPrice: 0.01,
    Flags: 'PER_MONTH',
  },
  { Service: 'TinaOS-FCU', Type: 'ElasticIP:IdleAddress', Operation: 'AllocateAddress', UnitPrice: 0.005 },
  { Service: 'TinaOS-LBU', Type: 'LBU:Usage', Operation: 'CreateLoadBalancer', UnitPrice: 0.03 },
]

describe('run-rate lines', () => {
  const lines = runRateLines(
    usagesOf({
      vms: [
        { VmType: 'tinav5.c1r1p2', State: 'running' },
        { VmType: 'tinav5.c1r1p2', State: 'running' },
        { VmType: 'tinav5.c1r1p2', State: 'stopped' },
        { VmType: 'tinav9.unknown', State: 'running' },
      ],
      volumes: [
        { VolumeType: 'io1', Size: 100, Iops: 1000, State: 'in-use' },
        { VolumeType: 'io1', Size: 50, Iops: 500, State: 'available' },
      ],
      publicIps: [{ PublicIpId: 'eipalloc-1' }, { PublicIpId: 'eipalloc-2', VmId: 'i-1' }],
      loadBalancers: [{ LoadBalancerName: 'web' }],
      natServices: [{ State: 'deleted' }],
    }),
    catalog,
  )
  const line = (type: string) => lines.find((l) => l.type === type)

  it('counts running VMs by type at their hourly price, not stopped ones', () => {
    expect(line('BoxUsage:tinav5.c1r1p2')).toMatchObject({ kind: 'vm', count: 2, quantity: 2, per: 'hour' })
    expect(line('BoxUsage:tinav5.c1r1p2')?.hourly).toBeCloseTo(0.1, 10)
    expect(line('BoxUsage:tinav5.c1r1p2')?.monthly).toBeCloseTo(0.1 * HOURS_PER_MONTH, 10)
  })

  it('prices volumes by their GiB and io1 volumes by their IOPS too, per month', () => {
    expect(line('BSU:VolumeUsage:io1')).toMatchObject({ count: 2, quantity: 150, per: 'month' })
    expect(line('BSU:VolumeUsage:io1')?.monthly).toBeCloseTo(150 * 0.13, 10)
    expect(line('BSU:VolumeIOPS:io1')).toMatchObject({ kind: 'volume-iops', count: 2, quantity: 1500 })
    expect(line('BSU:VolumeIOPS:io1')?.hourly).toBeCloseTo((1500 * 0.01) / HOURS_PER_MONTH, 10)
  })

  it('bills idle public IPs and load balancers, not linked IPs nor deleted NAT services', () => {
    expect(line('ElasticIP:IdleAddress')).toMatchObject({ count: 1, unitPrice: 0.005 })
    expect(line('LBU:Usage')).toMatchObject({ kind: 'load-balancer', count: 1 })
    expect(line('NatGatewayUsage')).toBeUndefined()
  })

  it('keeps a type the catalogue does not price, without a price, and lists the dearest first', () => {
    expect(line('BoxUsage:tinav9.unknown')).toMatchObject({ count: 1, unitPrice: null, hourly: null })
    const monthly = lines.map((l) => l.monthly ?? 0)
    expect(monthly).toEqual([...monthly].sort((a, b) => b - a))
  })
})

describe('GET /api/run-rate', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startPeopleHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  const get = (path: string, headers: Record<string, string>) => getAs(h, path, headers)
  const runRate = async () => {
    const response = await get('/api/run-rate?account=demo-eu', as('bill', 'finance'))
    const text = await response.text()
    expect(response.status, text).toBe(200)
    return { text, answer: JSON.parse(text) as RunRate }
  }

  it('gives a billing person lines of figures, no resource, priced from the catalogue, beside yesterday’s bill', async () => {
    const { text, answer } = await runRate()
    expect(answer.currency).toBe('EUR')
    expect(new Set(answer.lines.map((l) => l.kind))).toEqual(
      new Set(['vm', 'volume', 'public-ip', 'load-balancer']),
    )
    expect(answer.lines.every((l) => l.unitPrice !== null && l.count > 0)).toBe(true)
    expect(answer.hourly).toBeCloseTo(
      answer.lines.reduce((n, l) => n + (l.hourly ?? 0), 0),
      10,
    )
    expect(answer.monthly).toBeCloseTo(answer.hourly * 730, 8)
    expect(answer.lastDay.estimated).toBeCloseTo(answer.hourly * 24, 8)
    expect(answer.lastDay.billed).toBeGreaterThan(0)
    // Only figures: no resource id or name travels to the person.
    expect(text).not.toMatch(/"(i|vol|eipalloc)-[0-9a-f]+"/)
    // The same person may not read the VMs themselves.
    expect((await h.call('demo-eu', 'ReadVms', {}, as('bill', 'finance'))).status).toBe(403)
  })

  it('goes up by the catalogue’s price of a VM once one more runs', async () => {
    const before = (await runRate()).answer
    const images = (await (await h.call('demo-eu', 'ReadImages', {}, as('ada', 'admins'))).json()) as {
      Images: Array<{ ImageId: string }>
    }
    const created = await h.call(
      'demo-eu',
      'CreateVms',
      { ImageId: images.Images[0]?.ImageId, VmType: 'tinav5.c1r1p2' },
      as('ada', 'admins'),
    )
    expect(created.status).toBe(200)
    h.sim.advance(5 * 60_000)
    const after = (await runRate()).answer
    const vmLine = (r: RunRate) => r.lines.find((l) => l.type === 'BoxUsage:tinav5.c1r1p2')
    expect((vmLine(after)?.count ?? 0) - (vmLine(before)?.count ?? 0)).toBe(1)
    const price = vmLine(after)?.unitPrice ?? 0
    expect(price).toBeGreaterThan(0)
    // The VM's own volume adds a little too.
    expect(after.hourly - before.hourly).toBeGreaterThanOrEqual(price - 1e-9)
  })

  it('is audited like a read, and refuses a person without a role on the account before reading anything', async () => {
    const page = (await (
      await get('/api/audit?account=demo-eu&action=RunRate', as('ada', 'admins'))
    ).json()) as AuditPage
    expect(page.records[0]).toMatchObject({ action: 'RunRate', result: 'success', accountId: 'demo-eu' })
    expect(page.records[0]?.person.subject).toBe('bill')
    const stranger = await get('/api/run-rate?account=demo-eu', as('eve', 'guests'))
    expect([403, 404]).toContain(stranger.status)
    const bad = await get('/api/run-rate?account=demo-eu&extra=1', as('bill', 'finance'))
    expect(bad.status).toBe(400)
  })
})
