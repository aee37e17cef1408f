import { describe, expect, it } from 'vitest'
import { actionNames } from '../src/index.ts'
import {
  operationDescriptions,
  requestObjects,
  type RequestFieldKind,
} from '../src/generated/request-forms.ts'

function objectNames(kind: RequestFieldKind): string[] {
  if (kind.type === 'object') return [kind.name]
  if (kind.type === 'array') return objectNames(kind.items)
  if (kind.type === 'record') return objectNames(kind.values)
  return []
}

describe('the request forms table', () => {
  it('has the request of every operation, and every object a request names', () => {
    for (const name of actionNames) expect(requestObjects[`${name}Request`], name).toBeDefined()
    for (const [name, object] of Object.entries(requestObjects))
      for (const field of object.fields)
        for (const inner of objectNames(field.kind))
          expect(requestObjects[inner], `${name}.${field.name}`).toBeDefined()
  })

  it('says which fields CreateClientGateway requires, with the ASN’s bounds and the spec’s words', () => {
    const fields = requestObjects.CreateClientGatewayRequest!.fields
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]))
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      'BgpAsn',
      'ConnectionType',
      'PublicIp',
    ])
    expect(byName.BgpAsn!.kind).toEqual({ type: 'integer', min: 1, max: 4294967295 })
    expect(byName.PublicIp!.description).toBe('The public fixed IPv4 address of your client gateway.')
    expect(operationDescriptions.CreateClientGateway).toMatch(
      /^Provides information about your client gateway\.\n/,
    )
  })

  it('draws enums as choices, nested filters as objects and dates as either format', () => {
    const volume = Object.fromEntries(requestObjects.CreateVolumeRequest!.fields.map((f) => [f.name, f.kind]))
    expect(volume.VolumeType).toMatchObject({ type: 'string' })
    const vms = Object.fromEntries(requestObjects.ReadVmsRequest!.fields.map((f) => [f.name, f.kind]))
    expect(vms.Filters).toEqual({ type: 'object', name: 'FiltersVm' })
    const createVms = Object.fromEntries(requestObjects.CreateVmsRequest!.fields.map((f) => [f.name, f.kind]))
    expect(createVms.BootMode).toEqual({ type: 'string', enum: ['uefi', 'legacy'] })
    expect(createVms.BlockDeviceMappings).toEqual({
      type: 'array',
      items: { type: 'object', name: 'BlockDeviceMappingVmCreation' },
    })
    const consumption = Object.fromEntries(
      requestObjects.ReadConsumptionAccountRequest!.fields.map((f) => [f.name, f.kind]),
    )
    expect(consumption.FromDate).toEqual({ type: 'string', formats: ['date', 'date-time'] })
  })
})
