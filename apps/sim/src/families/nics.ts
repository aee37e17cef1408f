// NICs: created in a Subnet, linked to a VM as an extra device and unlinked, deleted once free.
import type { Nic } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import { must } from './common.ts'
import { nextPrivateIp, nics, parseCidr, subnets } from './nets.ts'
import type { AccountState } from '../state.ts'

/** The VM's own copy of a linked NIC, which ReadVms shows: kept in step with the NIC. */
function vmCopy(account: AccountState, nic: Nic): Nic | undefined {
  const vmId = nic.LinkNic?.VmId
  const vm = vmId ? (account.registry.get(vmId)?.obj as { Nics?: Nic[] } | undefined) : undefined
  return vm?.Nics?.find((n) => n.NicId === nic.NicId)
}

function syncVmCopy(account: AccountState, nic: Nic): void {
  const copy = vmCopy(account, nic)
  if (!copy) return
  copy.Description = nic.Description
  copy.SecurityGroups = nic.SecurityGroups
  copy.PrivateIps = nic.PrivateIps?.map((p) => ({ ...p }))
  if (copy.LinkNic && nic.LinkNic) copy.LinkNic.DeleteOnVmDeletion = nic.LinkNic.DeleteOnVmDeletion
}

function inRange(range: string, ip: string): boolean {
  const { base, bits } = parseCidr(range)
  const { base: addr } = parseCidr(`${ip}/32`)
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  return (addr & mask) >>> 0 === (base & mask) >>> 0
}

function groupsOf(account: AccountState, ids: readonly string[], netId: string | undefined) {
  return ids.map((id) => {
    const sg = account.store<{ SecurityGroupName?: string; NetId?: string }>('security-groups').get(id)
    if (!sg) throw oscError('noSuchGroup', `The security group ${id} does not exist.`)
    if (sg.NetId !== netId)
      throw oscError(
        'invalidParameterValue',
        `The security group ${id} is not in the NIC's Net ${netId ?? ''}.`,
      )
    return { SecurityGroupId: id, SecurityGroupName: sg.SecurityGroupName ?? '' }
  })
}

export const handlers: HandlerMap = {
  UpdateNic: (req, ctx) => {
    const nic = must(nics(ctx.account).get(req.NicId), 'noSuchNic', `The NIC ${req.NicId} does not exist.`)
    if (req.Description !== undefined) nic.Description = req.Description
    if (req.SecurityGroupIds) {
      if (req.SecurityGroupIds.length === 0)
        throw oscError('invalidParameterValue', 'A NIC keeps at least one security group.')
      nic.SecurityGroups = groupsOf(ctx.account, req.SecurityGroupIds, nic.NetId)
    }
    if (req.LinkNic) {
      if (!nic.LinkNic || (req.LinkNic.LinkNicId && req.LinkNic.LinkNicId !== nic.LinkNic.LinkNicId))
        throw oscError('noSuchAttachment', `The NIC ${req.NicId} has no link ${req.LinkNic.LinkNicId ?? ''}.`)
      if (req.LinkNic.DeleteOnVmDeletion !== undefined)
        nic.LinkNic.DeleteOnVmDeletion = req.LinkNic.DeleteOnVmDeletion
    }
    syncVmCopy(ctx.account, nic)
    return { Nic: nic }
  },
  LinkPrivateIps: (req, ctx) => {
    const nic = must(nics(ctx.account).get(req.NicId), 'noSuchNic', `The NIC ${req.NicId} does not exist.`)
    const subnet = must(
      subnets(ctx.account).get(nic.SubnetId ?? ''),
      'noSuchSubnet',
      `The Subnet of the NIC ${req.NicId} no longer exists.`,
    )
    const given = req.PrivateIps ?? []
    if (given.length === 0 && !req.SecondaryPrivateIpCount)
      throw oscError('missingParameter', 'Give PrivateIps or SecondaryPrivateIpCount.')
    if (given.length > 0 && req.SecondaryPrivateIpCount)
      throw oscError('invalidParametersValue', 'Give PrivateIps or SecondaryPrivateIpCount, not both.')
    const added: string[] = []
    for (const ip of given) {
      parseCidr(`${ip}/32`)
      if (!inRange(subnet.IpRange ?? '', ip))
        throw oscError('invalidIpAddress', `${ip} is not in the Subnet's range ${subnet.IpRange ?? ''}.`)
      if (nic.PrivateIps?.some((p) => p.PrivateIp === ip))
        throw oscError('alreadyExists', `${ip} is already an address of ${req.NicId}.`)
      const holder = [...nics(ctx.account).values()].find(
        (n) => n !== nic && n.PrivateIps?.some((p) => p.PrivateIp === ip),
      )
      if (holder) {
        const entry = holder.PrivateIps?.find((p) => p.PrivateIp === ip)
        if (!req.AllowRelink || entry?.IsPrimary)
          throw oscError('alreadyExists', `${ip} is already used by ${holder.NicId ?? ''}.`)
        holder.PrivateIps = holder.PrivateIps?.filter((p) => p.PrivateIp !== ip)
        syncVmCopy(ctx.account, holder)
      }
      added.push(ip)
    }
    for (let i = 0; i < (req.SecondaryPrivateIpCount ?? 0); i++)
      added.push(nextPrivateIp(ctx.account, subnet))
    const dns = (ip: string) => `ip-${ip.replace(/\./g, '-')}.${ctx.account.region}.compute.internal`
    nic.PrivateIps = [
      ...(nic.PrivateIps ?? []),
      ...added.map((ip) => ({ IsPrimary: false, PrivateIp: ip, PrivateDnsName: dns(ip) })),
    ]
    syncVmCopy(ctx.account, nic)
    return {}
  },
  UnlinkPrivateIps: (req, ctx) => {
    const nic = must(nics(ctx.account).get(req.NicId), 'noSuchNic', `The NIC ${req.NicId} does not exist.`)
    for (const ip of req.PrivateIps) {
      const entry = nic.PrivateIps?.find((p) => p.PrivateIp === ip)
      if (!entry) throw oscError('noSuchAttachment', `${ip} is not an address of ${req.NicId}.`)
      if (entry.IsPrimary)
        throw oscError(
          'invalidParameterValue',
          `${ip} is the primary address of ${req.NicId}; it cannot be removed.`,
        )
    }
    nic.PrivateIps = nic.PrivateIps?.filter((p) => !req.PrivateIps.includes(p.PrivateIp ?? ''))
    syncVmCopy(ctx.account, nic)
    return {}
  },
  CreateNic: (req, ctx) => {
    const subnet = must(
      subnets(ctx.account).get(req.SubnetId),
      'noSuchSubnet',
      `The Subnet ${req.SubnetId} does not exist.`,
    )
    const ip = req.PrivateIps?.[0]?.PrivateIp ?? nextPrivateIp(ctx.account, subnet)
    // Without groups, a NIC gets its Net's default group, as OUTSCALE does.
    const defaultGroup = [
      ...ctx.account
        .store<{ SecurityGroupId?: string; SecurityGroupName?: string; NetId?: string }>('security-groups')
        .values(),
    ].find((g) => g.NetId === subnet.NetId && g.SecurityGroupName === 'default')?.SecurityGroupId
    const sgs = groupsOf(
      ctx.account,
      req.SecurityGroupIds?.length ? req.SecurityGroupIds : defaultGroup ? [defaultGroup] : [],
      subnet.NetId,
    )
    if (req.PrivateIps?.[0]?.PrivateIp && !inRange(subnet.IpRange ?? '', ip))
      throw oscError('invalidIpAddress', `${ip} is not in the Subnet's range ${subnet.IpRange ?? ''}.`)
    const id = ctx.world.newId('eni')
    const dns = `ip-${ip.replace(/\./g, '-')}.${ctx.account.region}.compute.internal`
    const nic: Nic = {
      NicId: id,
      AccountId: ctx.account.accountId,
      Description: req.Description ?? '',
      IsSourceDestChecked: true,
      MacAddress: `aa:${ctx.world.rng.hex(2)}:${ctx.world.rng.hex(2)}:${ctx.world.rng.hex(2)}:${ctx.world.rng.hex(2)}:${ctx.world.rng.hex(2)}`,
      NetId: subnet.NetId,
      SubnetId: subnet.SubnetId,
      SubregionName: subnet.SubregionName,
      State: 'available',
      PrivateDnsName: dns,
      PrivateIps: [{ IsPrimary: true, PrivateIp: ip, PrivateDnsName: dns }],
      SecurityGroups: sgs,
      Tags: [],
    }
    nics(ctx.account).set(id, nic)
    ctx.account.register(id, 'nic', nic)
    return { Nic: nic }
  },
  ReadNics: (req, ctx) => {
    const { page, nextPageToken } = readList(nics(ctx.account).values(), req, {
      LinkNicVmIds: (n) => (n as Nic).LinkNic?.VmId,
      LinkNicStates: (n) => (n as Nic).LinkNic?.State,
      LinkNicLinkNicIds: (n) => (n as Nic).LinkNic?.LinkNicId,
      PrivateIpsPrivateIps: (n) => (n as Nic).PrivateIps?.map((p) => p.PrivateIp),
      SecurityGroupIds: (n) => (n as Nic).SecurityGroups?.map((s) => s.SecurityGroupId),
      SecurityGroupNames: (n) => (n as Nic).SecurityGroups?.map((s) => s.SecurityGroupName),
      LinkPublicIpPublicIps: (n) => (n as Nic).LinkPublicIp?.PublicIp,
    })
    return { Nics: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  LinkNic: (req, ctx) => {
    const nic = must(nics(ctx.account).get(req.NicId), 'noSuchNic', `The NIC ${req.NicId} does not exist.`)
    const vm = ctx.account.registry.get(req.VmId)
    if (!vm || vm.type !== 'vm') throw oscError('noSuchVm', `The VM ${req.VmId} does not exist.`)
    const vmObj = vm.obj as {
      State?: string
      SubnetId?: string
      Nics?: Array<{ LinkNic?: { DeviceNumber?: number } }>
    }
    if (vmObj.State === 'pending') throw oscError('neverStarted', `The VM ${req.VmId} is still pending.`)
    const vmNet = (vm.obj as { NetId?: string }).NetId
    const vmSubregion = (vm.obj as { Placement?: { SubregionName?: string } }).Placement?.SubregionName
    if (vmNet !== nic.NetId || (vmSubregion && vmSubregion !== nic.SubregionName))
      throw oscError(
        'invalidParameterValue',
        `The VM ${req.VmId} is not in the NIC's Net and Subregion (${nic.NetId ?? ''}, ${nic.SubregionName ?? ''}).`,
      )
    if (nic.State === 'in-use')
      throw oscError(
        'deviceInUse',
        `The NIC ${req.NicId} is already attached to ${nic.LinkNic?.VmId ?? 'a VM'}.`,
      )
    if (vmObj.Nics?.some((n) => n.LinkNic?.DeviceNumber === req.DeviceNumber)) {
      throw oscError('deviceInUse', `Device number ${req.DeviceNumber} is already used on ${req.VmId}.`)
    }
    const linkNicId = ctx.world.newId('eni-attach')
    nic.State = 'in-use'
    nic.LinkNic = {
      DeleteOnVmDeletion: false,
      DeviceNumber: req.DeviceNumber,
      LinkNicId: linkNicId,
      State: 'attached',
      VmAccountId: ctx.account.accountId,
      VmId: req.VmId,
    }
    ;(vmObj.Nics ??= []).push({
      NicId: nic.NicId,
      AccountId: nic.AccountId,
      Description: nic.Description,
      IsSourceDestChecked: nic.IsSourceDestChecked,
      MacAddress: nic.MacAddress,
      NetId: nic.NetId,
      SubnetId: nic.SubnetId,
      State: 'in-use',
      PrivateDnsName: nic.PrivateDnsName,
      PrivateIps: nic.PrivateIps?.map((p) => ({
        IsPrimary: p.IsPrimary,
        PrivateIp: p.PrivateIp,
        PrivateDnsName: p.PrivateDnsName,
      })),
      SecurityGroups: nic.SecurityGroups,
      LinkNic: {
        DeleteOnVmDeletion: false,
        DeviceNumber: req.DeviceNumber,
        LinkNicId: linkNicId,
        State: 'attached',
      },
    } as { LinkNic?: { DeviceNumber?: number } })
    return { LinkNicId: linkNicId }
  },
  UnlinkNic: (req, ctx) => {
    const nic = [...nics(ctx.account).values()].find((n) => n.LinkNic?.LinkNicId === req.LinkNicId)
    if (!nic) throw oscError('noSuchAttachment', `The NIC link ${req.LinkNicId} does not exist.`)
    if (nic.LinkNic?.DeviceNumber === 0)
      throw oscError('invalidParameterValue', 'The primary NIC of a VM cannot be unlinked.')
    const vm = nic.LinkNic?.VmId ? ctx.account.registry.get(nic.LinkNic.VmId) : undefined
    const vmObj = vm?.obj as { Nics?: Array<{ NicId?: string }> } | undefined
    if (vmObj?.Nics) vmObj.Nics = vmObj.Nics.filter((n) => n.NicId !== nic.NicId)
    delete nic.LinkNic
    nic.State = 'available'
    return {}
  },
  DeleteNic: (req, ctx) => {
    const nic = must(nics(ctx.account).get(req.NicId), 'noSuchNic', `The NIC ${req.NicId} does not exist.`)
    if (nic.State === 'in-use')
      throw oscError(
        'deviceInUse',
        `The NIC ${req.NicId} is attached to ${nic.LinkNic?.VmId ?? 'a VM'}; unlink it first.`,
      )
    nics(ctx.account).delete(req.NicId)
    ctx.account.unregister(req.NicId)
    return {}
  },
}
