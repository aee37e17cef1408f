// Public IPs: allocate, link to a VM or a NIC and unlink, release; an idle address is billed by the hour.
import type { PublicIp, Vm } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readStore } from '../store-read.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, defineUsage } from './common.ts'
import { nics, publicIpAddress } from './nets.ts'

export const publicIps = (a: AccountState) => a.store<PublicIp>('public-ips')

defineUsage('ip_limit', (a) => publicIps(a).size)

export function meterIdle(account: AccountState, ip: PublicIp, at: number): void {
  account.startMeter({
    resourceId: ip.PublicIpId ?? '',
    service: 'TinaOS-FCU',
    type: 'ElasticIP:IdleAddress',
    operation: 'AllocateAddress',
    subregionName: account.subregions[0] ?? '',
    unitsPerHour: 1,
    start: at,
  })
}

export function addPublicIp(world: World, account: AccountState, at: number): PublicIp {
  const id = world.newId('eipalloc')
  const ip: PublicIp = { PublicIpId: id, PublicIp: publicIpAddress(world, account), Tags: [] }
  publicIps(account).set(id, ip)
  account.register(id, 'public-ip', ip)
  meterIdle(account, ip, at)
  return ip
}

export function linkPublicIp(world: World, account: AccountState, ip: PublicIp, vm: Vm, at: number): string {
  // A VM's primary private address takes one public IP: a new one replaces the one it had, which goes idle.
  for (const other of publicIps(account).values()) {
    if (other !== ip && other.VmId === vm.VmId && other.LinkPublicIpId) unlink(account, other, at)
  }
  const linkId = world.newId('eipassoc')
  ip.LinkPublicIpId = linkId
  ip.VmId = vm.VmId
  ip.PrivateIp = vm.PrivateIp
  const nic = vm.Nics?.[0]
  if (nic?.NicId) {
    ip.NicId = nic.NicId
    ip.NicAccountId = account.accountId
  }
  vm.PublicIp = ip.PublicIp
  showOnNic(account, ip)
  account.stopMeters(ip.PublicIpId ?? '', at)
  return linkId
}

function find(account: AccountState, id?: string, address?: string): PublicIp {
  for (const ip of publicIps(account).values()) {
    if ((id && ip.PublicIpId === id) || (address && ip.PublicIp === address)) return ip
  }
  throw oscError('noSuchIp', `The public IP ${id ?? address ?? ''} does not exist in this account.`)
}

/** A NIC shows the public IP attached to its primary address. */
function showOnNic(account: AccountState, ip: PublicIp): void {
  const nic = ip.NicId ? nics(account).get(ip.NicId) : undefined
  const link = {
    LinkPublicIpId: ip.LinkPublicIpId,
    PublicIp: ip.PublicIp,
    PublicIpId: ip.PublicIpId,
    PublicIpAccountId: account.accountId,
  }
  if (nic) nic.LinkPublicIp = link
  // The VM's own copy of the NIC, which ReadVms shows, too.
  const vm = ip.VmId ? (account.registry.get(ip.VmId)?.obj as Vm | undefined) : undefined
  const copy = vm?.Nics?.find((n) => n.NicId === ip.NicId)
  if (copy) copy.LinkPublicIp = { PublicIp: ip.PublicIp, PublicIpAccountId: account.accountId }
}

function unlink(account: AccountState, ip: PublicIp, at: number): void {
  const vm = ip.VmId ? (account.registry.get(ip.VmId)?.obj as Vm | undefined) : undefined
  if (vm && vm.PublicIp === ip.PublicIp) delete vm.PublicIp
  const nic = ip.NicId ? nics(account).get(ip.NicId) : undefined
  if (nic && nic.LinkPublicIp?.PublicIpId === ip.PublicIpId) delete nic.LinkPublicIp
  const copy = vm?.Nics?.find((n) => n.NicId === ip.NicId)
  if (copy && copy.LinkPublicIp?.PublicIp === ip.PublicIp) delete copy.LinkPublicIp
  delete ip.LinkPublicIpId
  delete ip.VmId
  delete ip.NicId
  delete ip.NicAccountId
  delete ip.PrivateIp
  meterIdle(account, ip, at)
}

export const handlers: HandlerMap = {
  CreatePublicIp: (_req, ctx) => {
    assertQuota(ctx.account, 'ip_limit', 1, 'tooManyIps')
    return { PublicIp: addPublicIp(ctx.world, ctx.account, ctx.now) }
  },
  ReadPublicIps: (req, ctx) => {
    const { page, nextPageToken } = readStore(ctx, publicIps(ctx.account), req, {
      Placements: () => 'vpc',
    })
    return { PublicIps: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  LinkPublicIp: (req, ctx) => {
    const ip = find(ctx.account, req.PublicIpId, req.PublicIp)
    if (!req.PublicIpId && !req.PublicIp) throw oscError('missingParameter', 'Give PublicIpId or PublicIp.')
    if (ip.LinkPublicIpId && !req.AllowRelink) {
      throw oscError(
        'alreadyExists',
        `The public IP ${ip.PublicIp ?? ''} is already linked; pass AllowRelink to move it.`,
      )
    }
    let vm: Vm | undefined
    if (req.VmId) {
      const e = ctx.account.registry.get(req.VmId)
      if (!e || e.type !== 'vm') throw oscError('noSuchVm', `The VM ${req.VmId} does not exist.`)
      vm = e.obj as Vm
      if (vm.State === 'pending') throw oscError('neverStarted', `The VM ${req.VmId} is still pending.`)
    } else if (req.NicId) {
      const nic = nics(ctx.account).get(req.NicId)
      if (!nic) throw oscError('noSuchNic', `The NIC ${req.NicId} does not exist.`)
      const vmId = nic.LinkNic?.VmId
      vm = vmId ? (ctx.account.registry.get(vmId)?.obj as Vm | undefined) : undefined
    } else throw oscError('missingParameter', 'Give VmId or NicId.')
    if (ip.LinkPublicIpId) unlink(ctx.account, ip, ctx.now)
    if (!vm) {
      ip.NicId = req.NicId
      ip.LinkPublicIpId = ctx.world.newId('eipassoc')
      ip.PrivateIp = nics(ctx.account)
        .get(req.NicId ?? '')
        ?.PrivateIps?.find((p) => p.IsPrimary)?.PrivateIp
      showOnNic(ctx.account, ip)
      ctx.account.stopMeters(ip.PublicIpId ?? '', ctx.now)
      return { LinkPublicIpId: ip.LinkPublicIpId }
    }
    return { LinkPublicIpId: linkPublicIp(ctx.world, ctx.account, ip, vm, ctx.now) }
  },
  UnlinkPublicIp: (req, ctx) => {
    let ip: PublicIp | undefined
    if (req.LinkPublicIpId)
      ip = [...publicIps(ctx.account).values()].find((x) => x.LinkPublicIpId === req.LinkPublicIpId)
    else if (req.PublicIp) ip = find(ctx.account, undefined, req.PublicIp)
    else throw oscError('missingParameter', 'Give LinkPublicIpId or PublicIp.')
    if (!ip?.LinkPublicIpId) throw oscError('noSuchAttachment', 'The public IP is not linked.')
    unlink(ctx.account, ip, ctx.now)
    return {}
  },
  DeletePublicIp: (req, ctx) => {
    if (!req.PublicIpId && !req.PublicIp) throw oscError('missingParameter', 'Give PublicIpId or PublicIp.')
    const ip = find(ctx.account, req.PublicIpId, req.PublicIp)
    if (ip.LinkPublicIpId)
      throw oscError('alreadyExists', `Unlink the public IP ${ip.PublicIp ?? ''} before releasing it.`)
    publicIps(ctx.account).delete(ip.PublicIpId ?? '')
    ctx.account.unregister(ip.PublicIpId ?? '')
    ctx.account.stopMeters(ip.PublicIpId ?? '', ctx.now)
    return {}
  },
}
