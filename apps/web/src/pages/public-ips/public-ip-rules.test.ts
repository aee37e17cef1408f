import { describe, expect, it } from 'vitest'
import { attachedTo, isIdle, publicIpBulkActions, publicIpCan } from './public-ip-rules.ts'

const idle = { PublicIpId: 'eipalloc-1', PublicIp: '80.247.1.1' }
const onVm = { ...idle, LinkPublicIpId: 'eipassoc-1', VmId: 'i-1', NicId: 'eni-1' }
const onNic = { ...idle, LinkPublicIpId: 'eipassoc-2', NicId: 'eni-2' }

describe('public IP rules', () => {
  it('refuses to release an attached address, naming what holds it, and calls an unattached one idle', () => {
    expect(publicIpCan.release(onVm)).toMatchObject({ allowed: false, reason: { values: { target: 'i-1' } } })
    expect(publicIpCan.release(onNic)).toMatchObject({
      allowed: false,
      reason: { values: { target: 'eni-2' } },
    })
    expect(publicIpCan.release(idle).allowed).toBe(true)
    expect(isIdle(idle)).toBe(true)
    expect(isIdle(onVm)).toBe(false)
    expect(attachedTo(idle)).toBeUndefined()
  })

  it('detaches only what is attached, by its link id, and attaches only what is idle', () => {
    expect(publicIpCan.detach(idle).allowed).toBe(false)
    expect(publicIpCan.attach(onVm).allowed).toBe(false)
    const detach = publicIpBulkActions.find((a) => a.key === 'detach')
    expect(detach?.params('eipalloc-1', onVm)).toEqual({ LinkPublicIpId: 'eipassoc-1' })
    const release = publicIpBulkActions.find((a) => a.key === 'release')
    expect(release?.params('eipalloc-1', idle)).toEqual({ PublicIpId: 'eipalloc-1' })
  })
})
