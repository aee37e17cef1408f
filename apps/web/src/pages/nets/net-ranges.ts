// The address ranges of Nets, Subnets and routes, checked as OUTSCALE checks them, so a refusal is learnt in the
// form: a Net is /16 to /28, a Subnet lies inside its Net and overlaps no other Subnet of it, a route's
// destination is a range no other route of the table has.
import type { Net, Subnet } from '@osc-console/osc-api'
import { cidrProblem } from '../../forms/validators.ts'
import { text, type Text } from '../../i18n/text.ts'

interface Range {
  base: number
  bits: number
}

export function parseRange(cidr: string): Range | undefined {
  if (cidrProblem(cidr)) return undefined
  const [address = '', bits = ''] = cidr.trim().split('/')
  const base = address.split('.').reduce((n, octet) => ((n << 8) | Number(octet)) >>> 0, 0)
  return { base, bits: Number(bits) }
}

const mask = (bits: number) => (bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0)

export function rangeContains(outer: string, inner: string): boolean {
  const o = parseRange(outer)
  const i = parseRange(inner)
  if (!o || !i || i.bits < o.bits) return false
  return (i.base & mask(o.bits)) >>> 0 === (o.base & mask(o.bits)) >>> 0
}

export const rangesOverlap = (a: string, b: string) => rangeContains(a, b) || rangeContains(b, a)

/** Addresses a Subnet of this size offers VMs: OUTSCALE keeps five of each Subnet for itself. */
export const usableAddresses = (cidr: string) => {
  const r = parseRange(cidr)
  return r ? Math.max(0, 2 ** (32 - r.bits) - 5) : 0
}

export function netRangeProblem(cidr: string): Text | undefined {
  const r = parseRange(cidr)
  if (!r) return text('forms.cidr.invalid')
  if (r.bits < 16 || r.bits > 28) return text('nets.range.size')
  return undefined
}

export function subnetRangeProblem(
  cidr: string,
  net: Net | undefined,
  siblings: readonly Subnet[],
): Text | undefined {
  const r = parseRange(cidr)
  if (!r) return text('forms.cidr.invalid')
  if (r.bits < 16 || r.bits > 28) return text('subnets.range.size')
  if (!net?.IpRange) return undefined
  if (!rangeContains(net.IpRange, cidr)) return text('subnets.range.outside', { net: net.IpRange })
  const other = siblings.find((s) => s.NetId === net.NetId && s.IpRange && rangesOverlap(s.IpRange, cidr))
  if (other)
    return text('subnets.range.overlaps', { subnet: other.SubnetId ?? '', range: other.IpRange ?? '' })
  return undefined
}

/** The first free block of `bits` in the Net, for the create-subnet form to propose. */
export function freeSubnetRange(net: Net | undefined, siblings: readonly Subnet[], bits = 24): string {
  const outer = net?.IpRange ? parseRange(net.IpRange) : undefined
  if (!outer || bits < outer.bits) return ''
  const step = 2 ** (32 - bits)
  const count = Math.min(2 ** (bits - outer.bits), 4096)
  for (let n = 0; n < count; n++) {
    const base = outer.base + n * step
    const cidr = `${[24, 16, 8, 0].map((s) => (base >>> s) & 255).join('.')}/${bits}`
    if (!siblings.some((s) => s.NetId === net?.NetId && s.IpRange && rangesOverlap(s.IpRange, cidr)))
      return cidr
  }
  return ''
}
