import { describe, expect, it } from 'vitest'
import {
  createRequest,
  freeServices,
  napBulkActions,
  napCan,
  napFormProblems,
  routeTablesRequest,
  serviceShortName,
  tablesOfNet,
} from './nap-rules.ts'

describe('Net access point rules', () => {
  it('refuses to change or delete an access point already deleting or deleted, saying its state', () => {
    expect(napCan.delete({ State: 'available' }).allowed).toBe(true)
    expect(napCan.editRouteTables({ State: 'pending' }).allowed).toBe(true)
    expect(napCan.delete({ State: 'deleting' })).toMatchObject({
      allowed: false,
      reason: { id: 'nap.rule.gone', values: { state: 'deleting' } },
    })
    expect(napCan.editRouteTables({ State: 'deleted' }).allowed).toBe(false)
    expect(napBulkActions[0]?.params('vpce-1', {})).toEqual({ NetAccessPointId: 'vpce-1' })
  })

  it('offers the route tables of the chosen Net only, and the services the Net does not reach yet', () => {
    const tables = [
      { RouteTableId: 'rtb-a', NetId: 'vpc-1' },
      { RouteTableId: 'rtb-b', NetId: 'vpc-2' },
    ]
    expect(tablesOfNet(tables, 'vpc-1').map((t) => t.RouteTableId)).toEqual(['rtb-a'])
    expect(tablesOfNet(tables, '')).toEqual([])
    const services = [
      { ServiceName: 'com.outscale.eu-west-2.api' },
      { ServiceName: 'com.outscale.eu-west-2.oos' },
      { ServiceName: 'com.outscale.eu-west-2.kms' },
    ]
    const points = [
      { NetId: 'vpc-1', ServiceName: 'com.outscale.eu-west-2.api', State: 'available' },
      { NetId: 'vpc-1', ServiceName: 'com.outscale.eu-west-2.oos', State: 'deleted' },
      { NetId: 'vpc-2', ServiceName: 'com.outscale.eu-west-2.kms', State: 'pending' },
    ]
    expect(freeServices(services, points, 'vpc-1').map((s) => serviceShortName(s.ServiceName))).toEqual([
      'oos',
      'kms',
    ])
  })

  it('asks for a Net and a service, and sends route tables only when some are chosen', () => {
    expect(napFormProblems({ name: '', netId: '', serviceName: '', routeTableIds: [] })).toMatchObject({
      netId: { id: 'nap.create.chooseNet' },
      serviceName: { id: 'nap.create.chooseService' },
    })
    const v = { name: '', netId: 'vpc-1', serviceName: 'com.outscale.eu-west-2.oos', routeTableIds: [] }
    expect(createRequest(v)).toEqual({ NetId: 'vpc-1', ServiceName: 'com.outscale.eu-west-2.oos' })
    expect(createRequest({ ...v, routeTableIds: ['rtb-a'] }).RouteTableIds).toEqual(['rtb-a'])
  })

  it('turns the route tables wanted into what to add and what to remove, nothing when unchanged', () => {
    const nap = { NetAccessPointId: 'vpce-1', RouteTableIds: ['rtb-a', 'rtb-b'] }
    expect(routeTablesRequest(nap, ['rtb-b', 'rtb-c'])).toEqual({
      NetAccessPointId: 'vpce-1',
      AddRouteTableIds: ['rtb-c'],
      RemoveRouteTableIds: ['rtb-a'],
    })
    expect(routeTablesRequest(nap, ['rtb-a', 'rtb-b', 'rtb-c'])).toEqual({
      NetAccessPointId: 'vpce-1',
      AddRouteTableIds: ['rtb-c'],
    })
    expect(routeTablesRequest(nap, ['rtb-b', 'rtb-a'])).toBeUndefined()
  })
})
