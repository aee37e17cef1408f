import { describe, expect, it } from 'vitest'
import { FAST_MS, SLOW_MS } from '@osc-console/data'
import type { Vm } from '@osc-console/osc-api'
import { listQuery } from './queries.ts'
import { vmResource } from './registry.ts'

const poll = (vms: Partial<Vm>[]) =>
  (listQuery(vmResource, 'demo-eu').refetchInterval as (q: { state: { data: unknown } }) => number | false)({
    state: { data: { Vms: vms } },
  })

describe('how often a list refreshes', () => {
  it('is fast while a VM or one of its volumes is changing state, slow otherwise', () => {
    const running = { VmId: 'i-1', State: 'running' }
    expect(poll([running, { VmId: 'i-2', State: 'stopped' }])).toBe(SLOW_MS)
    expect(poll([running, { VmId: 'i-2', State: 'stopping' }])).toBe(FAST_MS)
    const attaching = {
      VmId: 'i-3',
      State: 'running',
      BlockDeviceMappings: [{ DeviceName: '/dev/sdb', Bsu: { VolumeId: 'vol-1', State: 'attaching' } }],
    }
    expect(poll([running, attaching])).toBe(FAST_MS)
  })

  it('sees a VM that started changing in a new answer, though the other VMs are the same objects', () => {
    const stopped = { VmId: 'i-1', State: 'stopped' }
    expect(poll([stopped])).toBe(SLOW_MS)
    expect(poll([stopped, { VmId: 'i-2', State: 'pending' }])).toBe(FAST_MS)
    expect(poll([stopped, { VmId: 'i-2', State: 'running' }])).toBe(SLOW_MS)
  })
})
