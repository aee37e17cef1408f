import { describe, expect, it } from 'vitest'
import {
  freeSubnetRange,
  netRangeProblem,
  rangeContains,
  subnetRangeProblem,
  usableAddresses,
} from './net-ranges.ts'

const net = { NetId: 'vpc-1', IpRange: '10.0.0.0/16' }
const subnets = [{ SubnetId: 'subnet-a', NetId: 'vpc-1', IpRange: '10.0.1.0/24' }]

describe('network ranges', () => {
  it('accepts a Net from /16 to /28 only', () => {
    expect(netRangeProblem('10.0.0.0/16')).toBeUndefined()
    expect(netRangeProblem('10.0.0.0/28')).toBeUndefined()
    expect(netRangeProblem('10.0.0.0/8')?.id).toBe('nets.range.size')
    expect(netRangeProblem('10.0.0/16')?.id).toBe('forms.cidr.invalid')
  })

  it('refuses a Subnet outside its Net or overlapping a sibling, naming the sibling', () => {
    expect(subnetRangeProblem('10.0.2.0/24', net, subnets)).toBeUndefined()
    expect(subnetRangeProblem('10.1.0.0/24', net, subnets)?.id).toBe('subnets.range.outside')
    expect(subnetRangeProblem('10.0.1.128/25', net, subnets)?.values).toMatchObject({ subnet: 'subnet-a' })
    expect(subnetRangeProblem('10.0.0.0/16', net, subnets)?.id).toBe('subnets.range.overlaps')
  })

  it('proposes the first free /24 of the Net, and counts the addresses OUTSCALE leaves to VMs', () => {
    expect(freeSubnetRange(net, [])).toBe('10.0.0.0/24')
    expect(freeSubnetRange(net, [{ NetId: 'vpc-1', IpRange: '10.0.0.0/24' }, ...subnets])).toBe('10.0.2.0/24')
    expect(usableAddresses('10.0.1.0/24')).toBe(251)
    expect(rangeContains('0.0.0.0/0', '10.0.0.0/8')).toBe(true)
  })
})
