// NAT services: created in a Subnet with a public IP of the account, pending then available on the clock, and
// deleting then deleted (the public IP going back to idle) when deleted. Routes to one read "blackhole" once it
// is gone, as the documentation describes.
import type { NatService, PublicIp } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState } from '../state.ts'
import { assertQuota, defineUsage, must } from './common.ts'
import { subnets } from './nets.ts'
import { meterIdle, publicIps } from './public-ips.ts'

export const natServices = (a: AccountState) => a.store<NatService>('nat-services')
const natTokens = (a: AccountState) => a.store<string>('nat-tokens')

/** How long a NAT service stays pending, and deleting, before it settles. */
export const NAT_PENDING_MS = 30_000
export const NAT_DELETING_MS = 30_000
/** How long a deleted NAT service is still listed, as OUTSCALE lists it for a while. */
const NAT_DELETED_VISIBLE_MS = 60 * 60_000

const live = (nat: NatService) => nat.State !== 'deleted' && nat.State !== 'deleting'

defineUsage('nat_gateway_limit', (a) => [...natServices(a).values()].filter(live).length)

export function natIsLive(account: AccountState, id: string): boolean {
  const nat = natServices(account).get(id)
  return Boolean(nat && live(nat))
}

export const handlers: HandlerMap = {
  CreateNatService: (req, ctx) => {
    if (req.ClientToken) {
      const earlier = natTokens(ctx.account).get(req.ClientToken)
      const nat = earlier ? natServices(ctx.account).get(earlier) : undefined
      if (nat) return { NatService: nat }
    }
    const subnet = must(
      subnets(ctx.account).get(req.SubnetId),
      'noSuchSubnet',
      `The Subnet ${req.SubnetId} does not exist.`,
    )
    const ip: PublicIp = must(
      publicIps(ctx.account).get(req.PublicIpId),
      'noSuchIp',
      `The public IP ${req.PublicIpId} does not exist in this account.`,
    )
    if (ip.LinkPublicIpId)
      throw oscError(
        'alreadyExists',
        `The public IP ${ip.PublicIp ?? ''} is already attached to ${ip.VmId ?? ip.NicId ?? 'a resource'}; give the NAT service an idle one.`,
      )
    assertQuota(ctx.account, 'nat_gateway_limit', 1, 'tooManyResources')
    const id = ctx.world.newId('nat')
    const nat: NatService = {
      NatServiceId: id,
      NetId: subnet.NetId,
      SubnetId: subnet.SubnetId,
      State: 'pending',
      PublicIps: [{ PublicIp: ip.PublicIp, PublicIpId: ip.PublicIpId }],
      Tags: [],
      ...(req.ClientToken ? { ClientToken: req.ClientToken } : {}),
    }
    natServices(ctx.account).set(id, nat)
    ctx.account.register(id, 'nat-service', nat)
    if (req.ClientToken) natTokens(ctx.account).set(req.ClientToken, id)
    ip.LinkPublicIpId = ctx.world.newId('eipassoc')
    ctx.account.stopMeters(ip.PublicIpId ?? '', ctx.now)
    // Billed by the hour from its creation until it is deleted, as the catalogue's NatGatewayUsage says.
    ctx.account.startMeter({
      resourceId: id,
      service: 'TinaOS-FCU',
      type: 'NatGatewayUsage',
      operation: 'CreateNatGateway',
      subregionName: subnet.SubregionName ?? '',
      unitsPerHour: 1,
      start: ctx.now,
    })
    ctx.world.schedule(ctx.now + NAT_PENDING_MS, () => {
      if (nat.State === 'pending') nat.State = 'available'
    })
    return { NatService: nat }
  },
  ReadNatServices: (req, ctx) => {
    const { page, nextPageToken } = readList(natServices(ctx.account).values(), req)
    return { NatServices: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  DeleteNatService: (req, ctx) => {
    const nat = must(
      natServices(ctx.account).get(req.NatServiceId),
      'noSuchResource',
      `The NAT service ${req.NatServiceId} does not exist.`,
    )
    if (!live(nat))
      throw oscError('invalidState', `The NAT service ${req.NatServiceId} is already ${nat.State ?? ''}.`)
    nat.State = 'deleting'
    ctx.world.schedule(ctx.now + NAT_DELETING_MS, () => {
      nat.State = 'deleted'
      ctx.account.stopMeters(nat.NatServiceId ?? '', ctx.now + NAT_DELETING_MS)
      for (const link of nat.PublicIps ?? []) {
        const ip = publicIps(ctx.account).get(link.PublicIpId ?? '')
        if (ip?.LinkPublicIpId && !ip.VmId && !ip.NicId) {
          delete ip.LinkPublicIpId
          meterIdle(ctx.account, ip, ctx.now + NAT_DELETING_MS)
        }
      }
      ctx.world.schedule(ctx.now + NAT_DELETING_MS + NAT_DELETED_VISIBLE_MS, () => {
        natServices(ctx.account).delete(nat.NatServiceId ?? '')
        ctx.account.unregister(nat.NatServiceId ?? '')
      })
    })
    return {}
  },
}
