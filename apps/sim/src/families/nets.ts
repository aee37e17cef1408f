// Nets (VPCs), Subnets and Internet services, with the address bookkeeping the VMs and public IPs use. Route
// tables and routes are in route-tables.ts, NICs in nics.ts.
import type { InternetService, Net, Nic, RouteTable, Subnet } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage, must } from './common.ts'
import { defaultSecurityGroup } from './security-groups.ts'

export const nets = (a: AccountState) => a.store<Net>('nets')
export const subnets = (a: AccountState) => a.store<Subnet>('subnets')
export const internetServices = (a: AccountState) => a.store<InternetService>('internet-services')
export const routeTables = (a: AccountState) => a.store<RouteTable>('route-tables')
export const nics = (a: AccountState) => a.store<Nic>('nics')

defineUsage('vpc_limit', (a) => nets(a).size)
defineUsage('subnet_limit', (a) => subnets(a).size)
defineUsage('igw_limit', (a) => internetServices(a).size)
defineUsage('rtb_limit', (a) => routeTables(a).size)

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/
export function parseCidr(range: string): { base: number; bits: number } {
  const m = CIDR.exec(range)
  const octets = m ? m.slice(1, 5).map(Number) : []
  const bits = Number(m?.[5])
  if (!m || octets.some((o) => o > 255) || bits > 32) {
    throw oscError('invalidIpAddress', `${range} is not an IPv4 CIDR block (e.g. 10.0.0.0/16).`)
  }
  const base =
    (((octets[0] ?? 0) << 24) | ((octets[1] ?? 0) << 16) | ((octets[2] ?? 0) << 8) | (octets[3] ?? 0)) >>> 0
  return { base, bits }
}

function ipText(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')
}

function contains(outer: string, inner: string): boolean {
  const o = parseCidr(outer)
  const i = parseCidr(inner)
  if (i.bits < o.bits) return false
  const mask = o.bits === 0 ? 0 : (~0 << (32 - o.bits)) >>> 0
  return (i.base & mask) >>> 0 === (o.base & mask) >>> 0
}

function overlaps(a: string, b: string): boolean {
  return contains(a, b) || contains(b, a)
}

/** The next free private address: in the Subnet's range, or in 10.0.0.0/8 for VMs outside any Net. */
export function nextPrivateIp(account: AccountState, subnet?: Subnet): string {
  const counters = account.store<number>('ip-counters')
  const key = subnet?.SubnetId ?? 'public'
  const n = (counters.get(key) ?? 3) + 1
  counters.set(key, n)
  if (subnet?.IpRange) {
    const { base } = parseCidr(subnet.IpRange)
    if (subnet.AvailableIpsCount !== undefined)
      subnet.AvailableIpsCount = Math.max(0, subnet.AvailableIpsCount - 1)
    return ipText(base + n)
  }
  return ipText(((10 << 24) >>> 0) + (hashAccount(account) << 16) + n)
}

function hashAccount(account: AccountState): number {
  return Number(account.accountId.slice(-2)) % 200
}

/** A public address in the region's range, deterministic for the seed. */
export function publicIpAddress(world: World, account: AccountState): string {
  const prefix =
    account.region === 'us-east-2' ? '142.44' : account.region === 'eu-west-2' ? '171.33' : '80.247'
  const used = account.store<true>('public-addresses')
  const take = (ip: string) => {
    used.set(ip, true)
    return ip
  }
  // Random picks while the range is mostly free; a bounded scan once it fills, never an endless draw.
  for (let tries = 0; tries < 64; tries++) {
    const ip = `${prefix}.${world.rng.int(64, 250)}.${world.rng.int(1, 254)}`
    if (!used.has(ip)) return take(ip)
  }
  for (let a = 64; a <= 250; a++) {
    for (let b = 1; b <= 254; b++) {
      const ip = `${prefix}.${a}.${b}`
      if (!used.has(ip)) return take(ip)
    }
  }
  throw oscError('tooManyIps', `Every public address of ${account.region} is in use; release some first.`)
}

export function addNet(world: World, account: AccountState, ipRange: string): Net {
  parseCidr(ipRange)
  const id = world.newId('vpc')
  const net: Net = {
    NetId: id,
    IpRange: ipRange,
    State: 'available',
    Tenancy: 'default',
    DhcpOptionsSetId: 'dopt-00000000',
    Tags: [],
  }
  nets(account).set(id, net)
  account.register(id, 'net', net)
  // Every Net comes with its main route table holding the local route.
  const rtbId = world.newId('rtb')
  const rtb: RouteTable = {
    RouteTableId: rtbId,
    NetId: id,
    LinkRouteTables: [
      { LinkRouteTableId: world.newId('rtbassoc'), Main: true, NetId: id, RouteTableId: rtbId },
    ],
    Routes: [
      {
        CreationMethod: 'CreateRouteTable',
        DestinationIpRange: ipRange,
        GatewayId: 'local',
        State: 'active',
      },
    ],
    RoutePropagatingVirtualGateways: [],
    Tags: [],
  }
  routeTables(account).set(rtbId, rtb)
  account.register(rtbId, 'route-table', rtb)
  return net
}

export function addSubnet(
  world: World,
  account: AccountState,
  netId: string,
  ipRange: string,
  subregion: string,
): Subnet {
  const net = must(nets(account).get(netId), 'noSuchNet', `The Net ${netId} does not exist.`)
  if (!contains(net.IpRange ?? '', ipRange)) {
    throw oscError('subnetConflict', `${ipRange} is not inside the Net's range ${net.IpRange ?? ''}.`)
  }
  for (const s of subnets(account).values()) {
    if (s.NetId === netId && overlaps(s.IpRange ?? '0.0.0.0/32', ipRange)) {
      throw oscError(
        'subnetConflict',
        `${ipRange} overlaps the Subnet ${s.SubnetId ?? ''} (${s.IpRange ?? ''}).`,
      )
    }
  }
  const { bits } = parseCidr(ipRange)
  const id = world.newId('subnet')
  const subnet: Subnet = {
    SubnetId: id,
    NetId: netId,
    IpRange: ipRange,
    SubregionName: subregion,
    State: 'available',
    MapPublicIpOnLaunch: false,
    AvailableIpsCount: 2 ** (32 - bits) - 5,
    Tags: [],
  }
  subnets(account).set(id, subnet)
  account.register(id, 'subnet', subnet)
  return subnet
}

export function addInternetService(world: World, account: AccountState, netId?: string): InternetService {
  const id = world.newId('igw')
  const igw: InternetService = {
    InternetServiceId: id,
    Tags: [],
    ...(netId ? { NetId: netId, State: 'available' } : {}),
  }
  internetServices(account).set(id, igw)
  account.register(id, 'internet-service', igw)
  return igw
}

function netInUse(account: AccountState, netId: string): string | undefined {
  for (const s of subnets(account).values()) if (s.NetId === netId) return s.SubnetId
  for (const i of internetServices(account).values()) if (i.NetId === netId) return i.InternetServiceId
  for (const [id, e] of account.registry) {
    const o = e.obj as { NetId?: string; State?: string; SecurityGroupName?: string }
    if (e.type === 'vm' && o.NetId === netId && o.State !== 'terminated') return id
    if (e.type === 'security-group' && o.NetId === netId && o.SecurityGroupName !== 'default') return id
    // NAT services and Net access points hold the Net until they are deleting; a peering until it is neither
    // pending nor active.
    const going = o.State === 'deleting' || o.State === 'deleted'
    if ((e.type === 'nat-service' || e.type === 'net-access-point') && o.NetId === netId && !going) return id
    if (e.type === 'net-peering') {
      const p = e.obj as {
        State?: { Name?: string }
        SourceNet?: { NetId?: string }
        AccepterNet?: { NetId?: string }
      }
      const joins = p.SourceNet?.NetId === netId || p.AccepterNet?.NetId === netId
      if (joins && (p.State?.Name === 'active' || p.State?.Name === 'pending-acceptance')) return id
    }
  }
  return undefined
}

export const handlers: HandlerMap = {
  CreateNet: (req, ctx) => {
    const { bits } = parseCidr(req.IpRange)
    if (bits < 16 || bits > 28)
      throw oscError('invalidParameterValue', 'A Net IpRange must be between /16 and /28.')
    assertQuota(ctx.account, 'vpc_limit', 1, 'tooManyVpcs')
    const net = addNet(ctx.world, ctx.account, req.IpRange)
    if (req.Tenancy) net.Tenancy = req.Tenancy
    // Every new Net comes with its default security group, which its NICs and VMs get when given none.
    defaultSecurityGroup(ctx.world, ctx.account, net.NetId)
    return { Net: net }
  },
  ReadNets: (req, ctx) => {
    const { page, nextPageToken } = readList(nets(ctx.account).values(), req, { IsDefault: () => false })
    return { Nets: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  UpdateNet: (req, ctx) => {
    const net = must(nets(ctx.account).get(req.NetId), 'noSuchNet', `The Net ${req.NetId} does not exist.`)
    const id = req.DhcpOptionsSetId
    if (!id.startsWith('dopt-'))
      throw oscError('invalidIdPrefix', `${id} is not a DHCP options set ID (they start with dopt-).`)
    const known =
      id === 'dopt-00000000' || ctx.account.registry.has(id) || ctx.account.store('generic-ids').has(id)
    if (!known) throw oscError('noSuchResource', `The DHCP options set ${id} does not exist.`)
    net.DhcpOptionsSetId = id
    return { Net: net }
  },
  DeleteNet: (req, ctx) => {
    must(nets(ctx.account).get(req.NetId), 'noSuchNet', `The Net ${req.NetId} does not exist.`)
    const user = netInUse(ctx.account, req.NetId)
    if (user)
      throw oscError(
        'vpcIsAssociated',
        `The Net ${req.NetId} still holds ${user}; delete or unlink it first.`,
      )
    for (const [id, rtb] of routeTables(ctx.account)) {
      if (rtb.NetId === req.NetId) {
        routeTables(ctx.account).delete(id)
        ctx.account.unregister(id)
      }
    }
    for (const [id, sg] of ctx.account.store<{ NetId?: string }>('security-groups')) {
      if (sg.NetId === req.NetId) {
        ctx.account.store('security-groups').delete(id)
        ctx.account.unregister(id)
      }
    }
    nets(ctx.account).delete(req.NetId)
    ctx.account.unregister(req.NetId)
    return {}
  },
  CreateSubnet: (req, ctx) => {
    const subregion = req.SubregionName ?? ctx.account.subregions[0] ?? ''
    if (!ctx.account.subregions.includes(subregion)) {
      throw oscError('noSuchSubregion', `The Subregion ${subregion} is not in ${ctx.account.region}.`)
    }
    assertQuota(ctx.account, 'subnet_limit', 1, 'tooManyResources')
    return { Subnet: addSubnet(ctx.world, ctx.account, req.NetId, req.IpRange, subregion) }
  },
  ReadSubnets: (req, ctx) => {
    const { page, nextPageToken } = readList(subnets(ctx.account).values(), req)
    return { Subnets: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  UpdateSubnet: (req, ctx) => {
    const s = must(
      subnets(ctx.account).get(req.SubnetId),
      'noSuchSubnet',
      `The Subnet ${req.SubnetId} does not exist.`,
    )
    s.MapPublicIpOnLaunch = req.MapPublicIpOnLaunch
    return { Subnet: s }
  },
  DeleteSubnet: (req, ctx) => {
    must(subnets(ctx.account).get(req.SubnetId), 'noSuchSubnet', `The Subnet ${req.SubnetId} does not exist.`)
    for (const [id, e] of ctx.account.registry) {
      const o = e.obj as { SubnetId?: string; State?: string }
      // A NAT service holds its Subnet until it is deleting.
      const natHolds = e.type === 'nat-service' && o.State !== 'deleting' && o.State !== 'deleted'
      const holds = ((e.type === 'vm' || e.type === 'nic') && o.State !== 'terminated') || natHolds
      if (holds && o.SubnetId === req.SubnetId) {
        throw oscError('subnetIsAssociated', `The Subnet ${req.SubnetId} still holds ${id}; delete it first.`)
      }
    }
    subnets(ctx.account).delete(req.SubnetId)
    ctx.account.unregister(req.SubnetId)
    return {}
  },
  CreateInternetService: (_req, ctx) => {
    assertQuota(ctx.account, 'igw_limit', 1, 'tooManyIgws')
    return { InternetService: addInternetService(ctx.world, ctx.account) }
  },
  ReadInternetServices: (req, ctx) => {
    const { page, nextPageToken } = readList(internetServices(ctx.account).values(), req, {
      LinkNetIds: 'NetId',
      LinkStates: 'State',
    })
    return { InternetServices: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  LinkInternetService: (req, ctx) => {
    const igw = must(
      internetServices(ctx.account).get(req.InternetServiceId),
      'noSuchGateway',
      `The Internet service ${req.InternetServiceId} does not exist.`,
    )
    must(nets(ctx.account).get(req.NetId), 'noSuchNet', `The Net ${req.NetId} does not exist.`)
    if (igw.NetId)
      throw oscError('gatewayAlreadyAttached', `The Internet service is already linked to ${igw.NetId}.`)
    for (const other of internetServices(ctx.account).values()) {
      if (other.NetId === req.NetId)
        throw oscError('gatewayAlreadyAttached', `The Net ${req.NetId} already has an Internet service.`)
    }
    igw.NetId = req.NetId
    igw.State = 'available'
    return {}
  },
  UnlinkInternetService: (req, ctx) => {
    const igw = must(
      internetServices(ctx.account).get(req.InternetServiceId),
      'noSuchGateway',
      `The Internet service ${req.InternetServiceId} does not exist.`,
    )
    if (igw.NetId !== req.NetId)
      throw oscError('gatewayNotAttached', `The Internet service is not linked to ${req.NetId}.`)
    delete igw.NetId
    delete igw.State
    return {}
  },
  DeleteInternetService: (req, ctx) => {
    const igw = must(
      internetServices(ctx.account).get(req.InternetServiceId),
      'noSuchGateway',
      `The Internet service ${req.InternetServiceId} does not exist.`,
    )
    if (igw.NetId)
      throw oscError(
        'gatewayAlreadyAttached',
        `Unlink the Internet service from ${igw.NetId} before deleting it.`,
      )
    internetServices(ctx.account).delete(req.InternetServiceId)
    ctx.account.unregister(req.InternetServiceId)
    return {}
  },
}
