// Creating VMs and changing their configuration: ClientToken idempotency, quotas (VMs, cores, memory,
// volumes), the root volume and extra block devices, a NIC in a Subnet, security groups of the right Net.
import { createHash } from 'node:crypto'
import type { BlockDeviceMappingCreated, Nic, NicLight, Vm } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import type { ErrorName } from '../errors.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, copyTags, quotaMax, usedValue } from './common.ts'
import { findImage, isWindows } from './images.ts'
import { keypairs } from './keypairs.ts'
import { nics, nextPrivateIp, publicIpAddress, subnets } from './nets.ts'
import { defaultSecurityGroup, securityGroups } from './security-groups.ts'
import { findVmType, normaliseVmType } from './vm-types.ts'
import {
  findVm,
  iso0,
  live,
  meta,
  PENDING_MS,
  requireNotPending,
  schedulePendingDone,
  startComputeMeter,
  vms,
} from './vms.ts'
import { addVolume, linkVolume } from './volumes.ts'

/**
 * The most VMs one CreateVms makes, whatever the quotas say, so that an account whose quotas are off (MaxValue 0)
 * still gets its answer in bounded time and memory.
 */
const MAX_VMS_PER_CALL = 1_000

export interface NewVmSpec {
  imageId: string
  vmType: string
  subregion: string
  keypairName?: string
  securityGroupIds: string[]
  subnetId?: string
  userData?: string
  deletionProtection?: boolean
  bootOnCreation?: boolean
  performance?: string
  tags?: Array<{ Key: string; Value: string }>
  clientToken?: string
  blockDevices?: Array<{
    device: string
    size: number
    type: string
    deleteOnVmDeletion: boolean
    snapshotId?: string
    iops?: number
  }>
  rootSize?: number
  rootType?: string
  state?: string
  windows?: boolean
}

/** Builds and stores a VM with its root volume and NIC; used by CreateVms and by the seeds. */
export function addVm(world: World, account: AccountState, spec: NewVmSpec, at: number): Vm {
  const id = world.newId('i')
  const subnet = spec.subnetId ? subnets(account).get(spec.subnetId) : undefined
  const sgs = spec.securityGroupIds.map((sgId) => {
    const sg = securityGroups(account).get(sgId)
    return { SecurityGroupId: sgId, SecurityGroupName: sg?.SecurityGroupName ?? '' }
  })
  const privateIp = nextPrivateIp(account, subnet)
  const bdms: BlockDeviceMappingCreated[] = []
  const root = addVolume(
    world,
    account,
    {
      size: spec.rootSize ?? 10,
      type: spec.rootType ?? 'standard',
      subregion: spec.subregion,
      state: 'in-use',
    },
    at,
  )
  linkVolume(root, id, '/dev/sda1', 'attached', true)
  bdms.push({
    DeviceName: '/dev/sda1',
    Bsu: { VolumeId: root.VolumeId, State: 'attached', LinkDate: iso0(at), DeleteOnVmDeletion: true },
  })
  for (const bd of spec.blockDevices ?? []) {
    const v = addVolume(
      world,
      account,
      {
        size: bd.size,
        type: bd.type,
        subregion: spec.subregion,
        state: 'in-use',
        ...(bd.snapshotId ? { snapshotId: bd.snapshotId } : {}),
        ...(bd.iops !== undefined ? { iops: bd.iops } : {}),
      },
      at,
    )
    linkVolume(v, id, bd.device, 'attached', bd.deleteOnVmDeletion)
    bdms.push({
      DeviceName: bd.device,
      Bsu: {
        VolumeId: v.VolumeId,
        State: 'attached',
        LinkDate: iso0(at),
        DeleteOnVmDeletion: bd.deleteOnVmDeletion,
      },
    })
  }
  const vmNics: NicLight[] = []
  if (subnet) {
    const nicId = world.newId('eni')
    const mac = `aa:${world.rng.hex(2)}:${world.rng.hex(2)}:${world.rng.hex(2)}:${world.rng.hex(2)}:${world.rng.hex(2)}`
    const nic: Nic = {
      NicId: nicId,
      AccountId: account.accountId,
      Description: 'Primary network interface',
      IsSourceDestChecked: true,
      MacAddress: mac,
      NetId: subnet.NetId,
      SubnetId: subnet.SubnetId,
      SubregionName: subnet.SubregionName,
      State: 'in-use',
      PrivateDnsName: `ip-${privateIp.replace(/\./g, '-')}.${account.region}.compute.internal`,
      PrivateIps: [
        {
          IsPrimary: true,
          PrivateIp: privateIp,
          PrivateDnsName: `ip-${privateIp.replace(/\./g, '-')}.${account.region}.compute.internal`,
        },
      ],
      SecurityGroups: sgs,
      LinkNic: {
        DeleteOnVmDeletion: true,
        DeviceNumber: 0,
        LinkNicId: world.newId('eni-attach'),
        State: 'attached',
        VmAccountId: account.accountId,
        VmId: id,
      },
      Tags: [],
    }
    nics(account).set(nicId, nic)
    account.register(nicId, 'nic', nic)
    vmNics.push({
      NicId: nicId,
      AccountId: account.accountId,
      Description: nic.Description,
      IsSourceDestChecked: true,
      MacAddress: mac,
      NetId: subnet.NetId,
      SubnetId: subnet.SubnetId,
      State: 'in-use',
      PrivateDnsName: nic.PrivateDnsName,
      PrivateIps: [{ IsPrimary: true, PrivateIp: privateIp, PrivateDnsName: nic.PrivateDnsName }],
      SecurityGroups: sgs,
      LinkNic: {
        DeleteOnVmDeletion: true,
        DeviceNumber: 0,
        LinkNicId: nic.LinkNic?.LinkNicId,
        State: 'attached',
      },
    })
  }
  const publicIp = subnet ? undefined : publicIpAddress(world, account)
  const vm: Vm = {
    VmId: id,
    VmType: spec.vmType,
    ImageId: spec.imageId,
    State: spec.state ?? 'pending',
    StateReason: '',
    Architecture: 'x86_64',
    BlockDeviceMappings: bdms,
    BsuOptimized: false,
    ClientToken: spec.clientToken ?? '',
    CreationDate: iso0(at),
    DeletionProtection: spec.deletionProtection ?? false,
    Hypervisor: 'xen',
    IsSourceDestChecked: true,
    LaunchNumber: 0,
    NestedVirtualization: false,
    Nics: vmNics,
    OsFamily: spec.windows ? 'windows' : 'linux',
    Performance: spec.performance ?? 'high',
    Placement: { SubregionName: spec.subregion, Tenancy: 'default' },
    PrivateDnsName: `ip-${privateIp.replace(/\./g, '-')}.${account.region}.compute.internal`,
    PrivateIp: privateIp,
    ProductCodes: [spec.windows ? '0002' : '0001'],
    ReservationId: world.newId('r'),
    RootDeviceName: '/dev/sda1',
    RootDeviceType: 'ebs',
    SecurityGroups: sgs,
    Tags: copyTags(spec.tags),
    UserData: spec.userData ?? '',
    VmInitiatedShutdownBehavior: 'stop',
    BootMode: 'legacy',
    TpmEnabled: false,
    ...(subnet ? { SubnetId: subnet.SubnetId, NetId: subnet.NetId } : {}),
    ...(publicIp
      ? {
          PublicIp: publicIp,
          PublicDnsName: `ows-${publicIp.replace(/\./g, '-')}.${account.region}.compute.outscale.com`,
        }
      : {}),
    ...(spec.keypairName ? { KeypairName: spec.keypairName } : {}),
  }
  vms(account).set(id, vm)
  account.register(id, 'vm', vm)
  const hash = createHash('sha256').update(`${id}:password`).digest('base64url')
  meta(account).set(id, {
    adminPassword: spec.windows ? `${hash.slice(0, 12)}!Aa1` : '',
    bootLog: [
      `[    0.000000] Linux version 6.1.0-outscale (builder@outscale) #1 SMP`,
      `[    0.120000] Command line: BOOT_IMAGE=/boot/vmlinuz root=/dev/sda1 ro console=ttyS0`,
      `[    2.400000] cloud-init[512]: Cloud-init v. 23.4 running 'init' for ${id}`,
    ],
  })
  if (vm.State === 'running') startComputeMeter(account, vm, at)
  return vm
}

function resolveSecurityGroups(
  ctx: Ctx,
  ids: string[] | undefined,
  names: string[] | undefined,
  netId: string | undefined,
) {
  const all = securityGroups(ctx.account)
  const out: string[] = []
  for (const id of ids ?? []) {
    const sg = all.get(id)
    if (!sg) throw oscError('noSuchGroup', `The security group ${id} does not exist.`)
    if ((sg.NetId ?? undefined) !== netId) {
      throw oscError(
        'invalidParameterValue',
        `The security group ${id} belongs to another Net than the VM's Subnet.`,
      )
    }
    out.push(id)
  }
  for (const name of names ?? []) {
    const sg = [...all.values()].find((s) => s.SecurityGroupName === name && (s.NetId ?? undefined) === netId)
    if (!sg?.SecurityGroupId)
      throw oscError('noSuchGroup', `The security group named ${name} does not exist.`)
    out.push(sg.SecurityGroupId)
  }
  if (out.length === 0) {
    const def = defaultSecurityGroup(ctx.world, ctx.account, netId)
    if (def.SecurityGroupId) out.push(def.SecurityGroupId)
  }
  return out
}

export const handlers: HandlerMap = {
  CreateVms: (req, ctx) => {
    const { account, world } = ctx
    const tokenKey = req.ClientToken ? `CreateVms:${req.ClientToken}` : undefined
    const prior = tokenKey ? account.clientTokens.get(tokenKey) : undefined
    if (prior)
      return { Vms: prior.ids.map((id) => vms(account).get(id)).filter((v): v is Vm => v !== undefined) }
    const image = findImage(account, req.ImageId)
    if (image.State !== 'available')
      throw oscError('invalidState', `The image ${req.ImageId} is ${image.State ?? 'not ready'}.`)
    // The API's default type is t2.small; tinavW.cXrY takes its performance flag from Performance.
    const vmType = normaliseVmType(req.VmType ?? 't2.small', req.Performance)
    const type = findVmType(vmType)
    if (!type) throw oscError('noSuchVmType', `The VM type ${vmType} does not exist; see ReadVmTypes.`)
    if (req.KeypairName && ![...keypairs(account).values()].some((k) => k.KeypairName === req.KeypairName)) {
      throw oscError('noSuchKeypair', `The keypair ${req.KeypairName} does not exist.`)
    }
    const nicSubnet = req.Nics?.[0]?.SubnetId
    const subnetId = req.SubnetId ?? nicSubnet
    const subnet = subnetId ? subnets(account).get(subnetId) : undefined
    if (subnetId && !subnet) throw oscError('noSuchSubnet', `The Subnet ${subnetId} does not exist.`)
    const subregion = subnet?.SubregionName ?? req.Placement?.SubregionName ?? account.subregions[0] ?? ''
    if (!account.subregions.includes(subregion)) {
      throw oscError('noSuchSubregion', `The Subregion ${subregion} is not in ${account.region}.`)
    }
    const min = req.MinVmsCount ?? 1
    const max = req.MaxVmsCount ?? min
    if (min < 1 || max < min)
      throw oscError('invalidParameterValue', 'MinVmsCount must be ≥ 1 and ≤ MaxVmsCount.')
    const sgIds = resolveSecurityGroups(
      ctx,
      req.SecurityGroupIds ?? req.Nics?.[0]?.SecurityGroupIds,
      req.SecurityGroups,
      subnet?.NetId,
    )
    const blockDevices = (req.BlockDeviceMappings ?? [])
      .filter((b) => b.DeviceName !== '/dev/sda1' && b.Bsu)
      .map((b) => ({
        device: b.DeviceName ?? '/dev/sdb',
        size: b.Bsu?.VolumeSize ?? 10,
        type: b.Bsu?.VolumeType ?? 'standard',
        deleteOnVmDeletion: b.Bsu?.DeleteOnVmDeletion ?? true,
        ...(b.Bsu?.SnapshotId ? { snapshotId: b.Bsu.SnapshotId } : {}),
        ...(b.Bsu?.Iops !== undefined ? { iops: b.Bsu.Iops } : {}),
      }))
    const rootBsu = req.BlockDeviceMappings?.find((b) => b.DeviceName === '/dev/sda1')?.Bsu
    const rootSize = rootBsu?.VolumeSize
    const rootType = rootBsu?.VolumeType
    // Create as many as the quotas allow between Min and Max, like the API does: the largest count that fits is
    // computed once from each quota's room, so a MaxVmsCount of 2^32 costs no more than a MaxVmsCount of 2.
    const perVm: Array<[string, number, ErrorName]> = [
      ['vm_limit', 1, 'tooManyInstances'],
      ['core_limit', type.VcoreCount ?? 1, 'tooManyCores'],
      ['memory_limit', type.MemorySize ?? 1, 'tooMuchMemory'],
      ['volume_limit', 1 + blockDevices.length, 'tooManyVolumes'],
    ]
    let count = Math.min(max, MAX_VMS_PER_CALL)
    for (const [quota, each] of perVm) {
      const limit = quotaMax(account, quota)
      if (limit > 0 && each > 0)
        count = Math.min(count, Math.floor((limit - usedValue(account, quota)) / each))
    }
    if (count < min) {
      for (const [quota, each, error] of perVm) assertQuota(account, quota, min * each, error)
      throw oscError(
        'tooManyInstances',
        `MinVmsCount ${min} is more than one call creates (${MAX_VMS_PER_CALL}); ask for fewer VMs.`,
      )
    }
    const boot = req.BootOnCreation ?? true
    const created: Vm[] = []
    for (let i = 0; i < count; i++) {
      const vm = addVm(
        world,
        account,
        {
          imageId: req.ImageId,
          vmType,
          subregion,
          securityGroupIds: sgIds,
          windows: isWindows(image),
          blockDevices,
          ...(rootSize !== undefined ? { rootSize } : {}),
          ...(rootType !== undefined ? { rootType } : {}),
          ...(subnet?.SubnetId ? { subnetId: subnet.SubnetId } : {}),
          ...(req.KeypairName ? { keypairName: req.KeypairName } : {}),
          ...(req.UserData ? { userData: req.UserData } : {}),
          ...(req.DeletionProtection !== undefined ? { deletionProtection: req.DeletionProtection } : {}),
          ...(req.Performance ? { performance: req.Performance } : {}),
          ...(req.ClientToken ? { clientToken: req.ClientToken } : {}),
        },
        ctx.now,
      )
      if (req.BsuOptimized !== undefined) vm.BsuOptimized = req.BsuOptimized
      if (req.NestedVirtualization !== undefined) vm.NestedVirtualization = req.NestedVirtualization
      if (req.VmInitiatedShutdownBehavior) vm.VmInitiatedShutdownBehavior = req.VmInitiatedShutdownBehavior
      vm.LaunchNumber = i
      schedulePendingDone(world, account, vm, ctx.now + PENDING_MS, boot ? 'running' : 'stopped')
      created.push(vm)
    }
    if (tokenKey)
      account.clientTokens.set(tokenKey, { action: 'CreateVms', ids: created.map((v) => v.VmId ?? '') })
    return { Vms: created }
  },
  UpdateVm: (req, ctx) => {
    const vm = findVm(ctx.account, req.VmId)
    requireNotPending(vm, 'update')
    if (!live(vm)) throw oscError('invalidVmState', `The VM ${req.VmId} is ${vm.State ?? ''}.`)
    if (req.VmType !== undefined && req.VmType !== vm.VmType) {
      const type = findVmType(req.VmType)
      if (!type) throw oscError('noSuchVmType', `The VM type ${req.VmType} does not exist; see ReadVmTypes.`)
      if (vm.State !== 'stopped') throw oscError('invalidVmState', 'Stop the VM before changing its type.')
      const old = findVmType(vm.VmType ?? '')
      assertQuota(ctx.account, 'core_limit', (type.VcoreCount ?? 0) - (old?.VcoreCount ?? 0), 'tooManyCores')
      assertQuota(
        ctx.account,
        'memory_limit',
        (type.MemorySize ?? 0) - (old?.MemorySize ?? 0),
        'tooMuchMemory',
      )
      vm.VmType = req.VmType
    }
    if (req.KeypairName !== undefined) {
      if (![...keypairs(ctx.account).values()].some((k) => k.KeypairName === req.KeypairName)) {
        throw oscError('noSuchKeypair', `The keypair ${req.KeypairName} does not exist.`)
      }
      vm.KeypairName = req.KeypairName
    }
    if (req.SecurityGroupIds !== undefined) {
      const ids = resolveSecurityGroups(ctx, req.SecurityGroupIds, undefined, vm.NetId)
      vm.SecurityGroups = ids.map((id) => ({
        SecurityGroupId: id,
        SecurityGroupName: securityGroups(ctx.account).get(id)?.SecurityGroupName ?? '',
      }))
      // The primary NIC carries the same groups.
      const primary = vm.Nics?.find((n) => n.LinkNic?.DeviceNumber === 0)
      if (primary) {
        primary.SecurityGroups = vm.SecurityGroups
        const nic = primary.NicId ? nics(ctx.account).get(primary.NicId) : undefined
        if (nic) nic.SecurityGroups = vm.SecurityGroups
      }
    }
    if (req.DeletionProtection !== undefined) vm.DeletionProtection = req.DeletionProtection
    if (req.BsuOptimized !== undefined) vm.BsuOptimized = req.BsuOptimized
    if (req.IsSourceDestChecked !== undefined) vm.IsSourceDestChecked = req.IsSourceDestChecked
    if (req.NestedVirtualization !== undefined) vm.NestedVirtualization = req.NestedVirtualization
    if (req.Performance !== undefined) vm.Performance = req.Performance
    if (req.UserData !== undefined) vm.UserData = req.UserData
    if (req.VmInitiatedShutdownBehavior !== undefined)
      vm.VmInitiatedShutdownBehavior = req.VmInitiatedShutdownBehavior
    return { Vm: vm }
  },
}
