import { describe, expect, it } from 'vitest'
import { countPublicIps, countVms, countVolumes, ownImages } from './counts.ts'

describe('resource counts', () => {
  it('counts VMs running, stopped and changing, leaving out terminated ones', () => {
    const states = ['running', 'running', 'stopped', 'pending', 'stopping', 'quarantine', 'terminated']
    expect(countVms(states.map((State) => ({ State })))).toEqual({ running: 2, stopped: 1, changing: 3 })
  })

  it('counts volumes in use and available, public IPs attached and idle', () => {
    expect(countVolumes([{ State: 'in-use' }, { State: 'available' }, { State: 'available' }])).toEqual({
      inUse: 1,
      available: 2,
    })
    expect(countPublicIps([{ VmId: 'i-1' }, { NicId: 'eni-1' }, {}])).toEqual({ attached: 2, idle: 1 })
  })

  it('counts only the images the account made', () => {
    const images = [{ AccountId: 'outscale' }, { AccountId: '123' }, { AccountId: '123' }]
    expect(ownImages(images, '123')).toHaveLength(2)
    expect(ownImages(images, undefined)).toEqual([])
  })
})
