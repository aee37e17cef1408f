// Net access points as the documentation describes them: a service of ReadNetAccessPointServices reached from a Net,
// pending then available, a route to the service's prefix list in each route table given, route tables added and
// removed by UpdateNetAccessPoint, the routes gone at once on deletion, then deleting → deleted.
import type { Net, NetAccessPoint, RouteTable, Service } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo', clock: 'manual' })

const netNamed = async (name: string) =>
  (await call<{ Nets: Net[] }>(sim.url, 'ReadNets', { Filters: { TagKeys: ['Name'], TagValues: [name] } }))
    .body.Nets[0]!
const newTable = async (netId: string) =>
  (await call<{ RouteTable: RouteTable }>(sim.url, 'CreateRouteTable', { NetId: netId })).body.RouteTable
const table = async (id: string) =>
  (
    await call<{ RouteTables: RouteTable[] }>(sim.url, 'ReadRouteTables', {
      Filters: { RouteTableIds: [id] },
    })
  ).body.RouteTables[0]!
const accessPoint = async (id: string) =>
  (
    await call<{ NetAccessPoints: NetAccessPoint[] }>(sim.url, 'ReadNetAccessPoints', {
      Filters: { NetAccessPointIds: [id] },
    })
  ).body.NetAccessPoints[0]
const oos = async () =>
  (
    await call<{ Services: Service[] }>(sim.url, 'ReadNetAccessPointServices', {
      Filters: { ServiceNames: ['com.outscale.eu-west-2.oos'] },
    })
  ).body.Services[0]!

describe('Net access points', () => {
  it('reaches a service from a Net: routes to its prefix list, route tables updated, then deleted', async () => {
    const net = await netNamed('prod-net')
    const [a, b] = [await newTable(net.NetId!), await newTable(net.NetId!)]
    const service = await oos()
    const created = await call<{ NetAccessPoint: NetAccessPoint }>(sim.url, 'CreateNetAccessPoint', {
      NetId: net.NetId,
      ServiceName: service.ServiceName,
      RouteTableIds: [a.RouteTableId],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const nap = created.body.NetAccessPoint
    expect(nap).toMatchObject({
      NetId: net.NetId,
      ServiceName: 'com.outscale.eu-west-2.oos',
      RouteTableIds: [a.RouteTableId],
      State: 'pending',
      Tags: [],
    })
    expect(nap.NetAccessPointId).toMatch(/^vpce-/)
    const route = { DestinationServiceId: service.ServiceId, NetAccessPointId: nap.NetAccessPointId }
    expect((await table(a.RouteTableId!)).Routes).toContainEqual(expect.objectContaining(route))
    // A second one for the same service in the same Net is refused: update the first one's route tables.
    expectOscError(
      await call(sim.url, 'CreateNetAccessPoint', { NetId: net.NetId, ServiceName: service.ServiceName }),
      409,
      '9000',
    )
    sim.advance(20_000)
    expect((await accessPoint(nap.NetAccessPointId!))?.State).toBe('available')

    const updated = await call<{ NetAccessPoint: NetAccessPoint }>(sim.url, 'UpdateNetAccessPoint', {
      NetAccessPointId: nap.NetAccessPointId,
      AddRouteTableIds: [b.RouteTableId],
      RemoveRouteTableIds: [a.RouteTableId],
    })
    expect(updated.body.NetAccessPoint.RouteTableIds).toEqual([b.RouteTableId])
    expect((await table(a.RouteTableId!)).Routes).not.toContainEqual(expect.objectContaining(route))
    expect((await table(b.RouteTableId!)).Routes).toContainEqual(expect.objectContaining(route))
    // Removing a table it does not route is refused, saying which.
    expectOscError(
      await call(sim.url, 'UpdateNetAccessPoint', {
        NetAccessPointId: nap.NetAccessPointId,
        RemoveRouteTableIds: [a.RouteTableId],
      }),
      400,
      '4047',
    )
    const byState = await call<{ NetAccessPoints: NetAccessPoint[] }>(sim.url, 'ReadNetAccessPoints', {
      Filters: { States: ['available'], NetIds: [net.NetId!], ServiceNames: [service.ServiceName!] },
    })
    expect(byState.body.NetAccessPoints.map((n) => n.NetAccessPointId)).toEqual([nap.NetAccessPointId])

    // The Net cannot go while it holds the access point.
    expectOscError(await call(sim.url, 'DeleteNet', { NetId: net.NetId }), 409, '9066')
    expect(
      (await call(sim.url, 'DeleteNetAccessPoint', { NetAccessPointId: nap.NetAccessPointId })).status,
    ).toBe(200)
    expect((await table(b.RouteTableId!)).Routes).not.toContainEqual(expect.objectContaining(route))
    expect((await accessPoint(nap.NetAccessPointId!))?.State).toBe('deleting')
    expectOscError(
      await call(sim.url, 'DeleteNetAccessPoint', { NetAccessPointId: nap.NetAccessPointId }),
      409,
      '6003',
    )
    expectOscError(
      await call(sim.url, 'UpdateNetAccessPoint', {
        NetAccessPointId: nap.NetAccessPointId,
        AddRouteTableIds: [a.RouteTableId],
      }),
      409,
      '6003',
    )
    sim.advance(20_000)
    expect((await accessPoint(nap.NetAccessPointId!))?.State).toBe('deleted')
    sim.advance(3_600_000)
    expect(await accessPoint(nap.NetAccessPointId!)).toBeUndefined()
  })

  it('refuses an unknown service, a missing Net and a route table of another Net', async () => {
    const prod = await netNamed('prod-net')
    const staging = await netNamed('staging-net')
    const other = await newTable(staging.NetId!)
    const create = (body: object) => call(sim.url, 'CreateNetAccessPoint', body)
    const unknown = await create({ NetId: prod.NetId, ServiceName: 'com.outscale.eu-west-2.ftp' })
    expectOscError(unknown, 400, '4047')
    expect(unknown.body.Errors?.[0]?.Details).toContain('ReadNetAccessPointServices')
    expectOscError(
      await create({ NetId: 'vpc-00000000', ServiceName: 'com.outscale.eu-west-2.api' }),
      400,
      '5065',
    )
    expectOscError(
      await create({
        NetId: prod.NetId,
        ServiceName: 'com.outscale.eu-west-2.api',
        RouteTableIds: [other.RouteTableId],
      }),
      400,
      '4047',
    )
    expectOscError(
      await create({
        NetId: prod.NetId,
        ServiceName: 'com.outscale.eu-west-2.api',
        RouteTableIds: ['rtb-00000000'],
      }),
      400,
      '5046',
    )
    expectOscError(
      await call(sim.url, 'DeleteNetAccessPoint', { NetAccessPointId: 'vpce-00000000' }),
      400,
      '5044',
    )
  })
})
