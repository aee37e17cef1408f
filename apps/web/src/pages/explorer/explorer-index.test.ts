import { describe, expect, it } from 'vitest'
import { actionNames } from '@osc-console/osc-api'
import { callMatches, familiesOf, familyCount } from './explorer-index.ts'

describe('the explorer index', () => {
  it('lists every call of the catalogue once, by family', () => {
    const families = familiesOf(undefined)
    expect(families).toHaveLength(familyCount)
    expect(families.flatMap((f) => f.calls).sort()).toEqual([...actionNames].sort())
    expect(families.find((f) => f.family === 'client-gateways')?.calls).toEqual([
      'CreateClientGateway',
      'DeleteClientGateway',
      'ReadClientGateways',
    ])
  })

  it('finds a call by its name or its family, whatever the case, spaces or dashes', () => {
    expect(callMatches('CreateClientGateway', 'createclientgateway')).toBe(true)
    expect(callMatches('CreateClientGateway', 'client gateway')).toBe(true)
    expect(callMatches('ReadVirtualGateways', 'virtual-gateways')).toBe(true)
    expect(callMatches('ReadVms', 'client gateway')).toBe(false)
    expect(familiesOf('VirtualGateway').map((f) => f.family)).toEqual(['virtual-gateways'])
  })
})
