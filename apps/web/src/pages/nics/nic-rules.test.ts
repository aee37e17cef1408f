import { describe, expect, it } from 'vitest'
import { attachableVms, freeDeviceNumber, nicCan, privateIpProblem } from './nic-rules.ts'

const subnet = { SubnetId: 'subnet-1', NetId: 'vpc-1', IpRange: '10.0.1.0/24' }
const free = { NicId: 'eni-1', State: 'available', NetId: 'vpc-1', SubregionName: 'eu-west-2a' }
const primary = {
  NicId: 'eni-0',
  State: 'in-use',
  LinkNic: { LinkNicId: 'eni-attach-0', DeviceNumber: 0, VmId: 'i-1' },
  PrivateIps: [{ PrivateIp: '10.0.1.4', IsPrimary: true }],
}

describe('NIC rules', () => {
  it('never detaches a VM’s primary NIC and deletes a NIC only once detached, saying which VM holds it', () => {
    expect(nicCan.detach(primary)).toMatchObject({ allowed: false, reason: { id: 'nics.rule.primary' } })
    expect(nicCan.detach({ ...primary, LinkNic: { ...primary.LinkNic, DeviceNumber: 1 } }).allowed).toBe(true)
    expect(nicCan.delete(primary)).toMatchObject({ reason: { values: { vm: 'i-1' } } })
    expect(nicCan.delete(free).allowed).toBe(true)
    expect(nicCan.removeIp({ PrivateIp: '10.0.1.4', IsPrimary: true }).allowed).toBe(false)
  })

  it('offers VMs of the NIC’s Net and Subregion only, and the first free device number', () => {
    const vms = [
      { VmId: 'i-a', NetId: 'vpc-1', State: 'running', Placement: { SubregionName: 'eu-west-2a' } },
      { VmId: 'i-b', NetId: 'vpc-1', State: 'running', Placement: { SubregionName: 'eu-west-2b' } },
      { VmId: 'i-c', NetId: 'vpc-2', State: 'running', Placement: { SubregionName: 'eu-west-2a' } },
      { VmId: 'i-d', NetId: 'vpc-1', State: 'pending', Placement: { SubregionName: 'eu-west-2a' } },
    ]
    expect(attachableVms(free, vms).map((v) => v.VmId)).toEqual(['i-a'])
    expect(
      freeDeviceNumber({ Nics: [{ LinkNic: { DeviceNumber: 0 } }, { LinkNic: { DeviceNumber: 1 } }] }),
    ).toBe(2)
  })

  it('checks a private address against the Subnet and the addresses already taken', () => {
    expect(privateIpProblem('', subnet, [])).toBeUndefined()
    expect(privateIpProblem('10.0.1.300', subnet, [])?.id).toBe('nics.ip.invalid')
    expect(privateIpProblem('10.0.2.5', subnet, [])?.id).toBe('nics.ip.outside')
    expect(privateIpProblem('10.0.1.4', subnet, [primary])).toMatchObject({ values: { nic: 'eni-0' } })
    expect(privateIpProblem('10.0.1.50', subnet, [primary])).toBeUndefined()
  })
})
