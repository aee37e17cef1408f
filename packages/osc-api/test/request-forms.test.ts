import { describe, expect, it } from 'vitest'
import { actionNames, catalogue } from '../src/index.ts'
import {
  requestForms,
  type RequestFieldKind,
  type RequestObject,
} from '../src/generated/request-forms/index.ts'

const tables = Object.fromEntries(
  await Promise.all(
    Object.entries(requestForms).map(async ([family, load]) => [family, await load()] as const),
  ),
)
const requestObjects: Record<string, RequestObject> = Object.assign(
  {},
  ...Object.values(tables).map((t) => t.requestObjects),
)
const operationDescriptions: Partial<Record<string, string>> = Object.assign(
  {},
  ...Object.values(tables).map((t) => t.operationDescriptions),
)

function objectNames(kind: RequestFieldKind): string[] {
  if (kind.type === 'object') return [kind.name]
  if (kind.type === 'array') return objectNames(kind.items)
  if (kind.type === 'record') return objectNames(kind.values)
  return []
}

describe('the request forms table', () => {
  it('has, in each family’s table, the request of each of its calls and every object those requests name', () => {
    for (const name of actionNames) {
      const table = tables[catalogue[name].family]!.requestObjects
      expect(table[`${name}Request`], name).toBeDefined()
      for (const object of Object.values(table))
        for (const field of object.fields)
          for (const inner of objectNames(field.kind))
            expect(table[inner], `${name}: ${field.name}`).toBeDefined()
    }
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
