import { describe, expect, it } from 'vitest'
import { requestForms, type RequestObject } from '@osc-console/osc-api/request-forms'
import { buildRequest, countSet, orderedFields } from './request-values.ts'

// The tables of the families these cases use.
const requestObjects: Record<string, RequestObject> = Object.assign(
  {},
  ...(await Promise.all(
    ['client-gateways', 'vms', 'consumption', 'load-balancers'].map(
      async (f) => (await requestForms[f]!()).requestObjects,
    ),
  )),
)

const ids = (problems: Record<string, { id: string }>) =>
  Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, problem.id]))

describe('a generated form', () => {
  it('shows required parameters first and offers DryRun as its Check button, not as a field', () => {
    const { required, optional } = orderedFields(requestObjects.CreateClientGatewayRequest!)
    expect(required.map((f) => f.name)).toEqual(['BgpAsn', 'ConnectionType', 'PublicIp'])
    expect(optional.map((f) => f.name)).toEqual([])
  })

  it('sends only what was set, with its type: numbers, booleans, arrays and nested objects', () => {
    const { request, problems } = buildRequest(requestObjects, 'ReadVmsRequest', {
      ResultsPerPage: 50,
      NextPageToken: '',
      Filters: { VmIds: [{ value: 'i-12345678' }], TagKeys: [], Architectures: undefined },
    })
    expect(problems).toEqual({})
    expect(request).toEqual({ ResultsPerPage: 50, Filters: { VmIds: ['i-12345678'] } })
    expect(
      buildRequest(requestObjects, 'UpdateVmRequest', { VmId: 'i-1', DeletionProtection: 'false' }).request,
    ).toEqual({ VmId: 'i-1', DeletionProtection: false })
  })

  it('refuses before sending what the spec refuses: a missing parameter, a number out of bounds', () => {
    const { problems } = buildRequest(requestObjects, 'CreateClientGatewayRequest', {
      BgpAsn: 0,
      ConnectionType: 'ipsec.1',
    })
    expect(ids(problems)).toEqual({ BgpAsn: 'explorer.check.range', PublicIp: 'explorer.check.required' })
    expect(problems.BgpAsn?.values).toEqual({ field: 'BgpAsn', min: 1, max: 4294967295 })
    expect(problems.PublicIp?.values).toEqual({ field: 'PublicIp' })
    const fine = buildRequest(requestObjects, 'CreateClientGatewayRequest', {
      BgpAsn: 65000,
      ConnectionType: 'ipsec.1',
      PublicIp: '192.0.2.10',
    })
    expect(fine).toEqual({
      request: { BgpAsn: 65000, ConnectionType: 'ipsec.1', PublicIp: '192.0.2.10' },
      problems: {},
    })
  })

  it('points at an added item left empty, a bad date and a required field of a nested object once it is started', () => {
    const { problems } = buildRequest(requestObjects, 'ReadConsumptionAccountRequest', {
      FromDate: '2026-13-45',
      ToDate: '2026-11-01',
    })
    expect(ids(problems)).toEqual({ FromDate: 'explorer.check.dateTime' })
    const lb = buildRequest(requestObjects, 'CreateLoadBalancerRequest', {
      LoadBalancerName: 'web',
      Listeners: [{ value: { BackendPort: 80 } }, { value: {} }],
      Subnets: [{ value: '' }],
    })
    expect(ids(lb.problems)).toMatchObject({
      'Listeners.0.value.LoadBalancerPort': 'explorer.check.required',
      'Listeners.1.value': 'explorer.check.emptyItem',
      'Subnets.0.value': 'explorer.check.emptyItem',
    })
    // Named as a person reads them in the list of problems above the buttons.
    expect(lb.problems['Listeners.0.value.LoadBalancerPort']?.values?.field).toBe(
      'Listeners 1 › LoadBalancerPort',
    )
  })

  it('counts what is set under a folded object', () => {
    expect(countSet({ VmIds: [{ value: 'a' }, { value: '' }], ResultsPerPage: Number.NaN, On: 'true' })).toBe(
      2,
    )
  })
})
