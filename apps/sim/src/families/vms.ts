// VMs: the full lifecycle on the simulator clock (pending → running, stopping → stopped, shutting-down →
// terminated, terminated listed for an hour then gone), ClientToken idempotency, DeletionProtection, quotas
// (VMs, cores, memory), the root volume and extra block devices, a NIC in a Subnet, metering while running.
import { createHash } from 'node:crypto'
import type { BlockDeviceMappingCreated, Nic, NicLight, PublicIp, Vm, VmState } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState, World } from '../state.ts'
import { assertQuota, copyTags, defineUsage, iso, must } from './common.ts'
import { findImage, isWindows } from './images.ts'
import { keypairs } from './keypairs.ts'
import { nics, nextPrivateIp, publicIpAddress, subnets } from './nets.ts'
import { defaultSecurityGroup, securityGroups } from './security-groups.ts'
import { findVmType, normaliseVmType } from './vm-types.ts'
import { addVolume, linkVolume, removeVolume, volumes } from './volumes.ts'

export const VMS = 'vms'
export const PENDING_MS = 10_000
export const STOPPING_MS = 5_000
export const FORCE_STOPPING_MS = 1_000
export const SHUTTING_DOWN_MS = 5_000
/** Terminated VMs stay listed this long, then disappear, as on the real API. */
export const TERMINATED_VISIBLE_MS = 60 * 60_000

interface VmMeta {
  adminPassword: string
  bootLog: string[]
}

export function vms(account: AccountState): Map<string, Vm> {
  return account.store<Vm>(VMS)
}

function meta(account: AccountState): Map<string, VmMeta> {
  return account.store<VmMeta>('vm-meta')
}

function live(vm: Vm): boolean {
  return vm.State !== 'terminated' && vm.State !== 'shutting-down'
}

defineUsage('vm_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n++
  return n
})
defineUsage('core_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n += findVmType(vm.VmType ?? '')?.VcoreCount ?? 1
  return n
})
defineUsage('memory_limit', (a) => {
  let n = 0
  for (const vm of vms(a).values()) if (live(vm)) n += findVmType(vm.VmType ?? '')?.MemorySize ?? 1
  return n
})

export function findVm(account: AccountState, id: string): Vm {
  return must(vms(account).get(id), 'noSuchVm', `The VM ${id} does not exist.`)
}

function startComputeMeter(account: AccountState, vm: Vm, at: number): void {
  account.startMeter({
    resourceId: vm.VmId ?? '',
    service: 'TinaOS-FCU',
    type: `BoxUsage:${vm.VmType ?? ''}`,
    operation: 'RunInstances-OD',
    subregionName: vm.Placement?.SubregionName ?? '',
    unitsPerHour: 1,
    start: at,
  })
}

function stopComputeMeter(account: AccountState, vm: Vm, at: number): void {
  account.stopMeters(vm.VmId ?? '', at, `BoxUsage:${vm.VmType ?? ''}`)
}

/** pending → running (or stopped when BootOnCreation is false) once PENDING_MS have passed. */
function schedulePendingDone(
  world: World,
  account: AccountState,
  vm: Vm,
  at: number,
  target: 'running' | 'stopped',
) {
  world.schedule(at, () => {
    if (vm.State !== 'pending') return
    vm.State = target
    if (target === 'running') {
      startComputeMeter(account, vm, at)
      meta(account)
        .get(vm.VmId ?? '')
        ?.bootLog.push(`[  OK  ] Reached target Multi-User System at ${iso0(at)}`)
    }
  })
}

function iso0(at: number): string {
  return new Date(at).toISOString()
}

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

function stateChange(vm: Vm, previous: string): VmState {
  return { VmId: vm.VmId, PreviousState: previous, CurrentState: vm.State }
}

export function terminate(world: World, account: AccountState, vm: Vm, at: number): void {
  vm.State = 'shutting-down'
  stopComputeMeter(account, vm, at)
  world.schedule(at + SHUTTING_DOWN_MS, () => {
    const doneAt = at + SHUTTING_DOWN_MS
    vm.State = 'terminated'
    for (const bdm of vm.BlockDeviceMappings ?? []) {
      const volId = bdm.Bsu?.VolumeId
      const vol = volId ? volumes(account).get(volId) : undefined
      if (!vol || !volId) continue
      if (bdm.Bsu?.DeleteOnVmDeletion) removeVolume(account, volId, doneAt)
      else {
        vol.State = 'available'
        vol.LinkedVolumes = []
      }
    }
    vm.BlockDeviceMappings = []
    for (const nicLight of vm.Nics ?? []) {
      if (nicLight.NicId) {
        nics(account).delete(nicLight.NicId)
        account.unregister(nicLight.NicId)
      }
    }
    vm.Nics = []
    // A public IP linked to the VM goes back to the pool of the account, idle (and billed as such).
    for (const ip of account.store<PublicIp>('public-ips').values()) {
      if (ip.VmId !== vm.VmId) continue
      for (const k of ['LinkPublicIpId', 'VmId', 'NicId', 'NicAccountId', 'PrivateIp'] as const) delete ip[k]
      account.startMeter({
        resourceId: ip.PublicIpId ?? '',
        service: 'TinaOS-FCU',
        type: 'ElasticIP:IdleAddress',
        operation: 'AllocateAddress',
        subregionName: account.subregions[0] ?? '',
        unitsPerHour: 1,
        start: doneAt,
      })
    }
    delete vm.PublicIp
    delete vm.PublicDnsName
    world.schedule(doneAt + TERMINATED_VISIBLE_MS, () => {
      vms(account).delete(vm.VmId ?? '')
      meta(account).delete(vm.VmId ?? '')
      account.unregister(vm.VmId ?? '')
    })
  })
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

function requireNotPending(vm: Vm, what: string): void {
  if (vm.State === 'pending') {
    throw oscError(
      'neverStarted',
      `The VM ${vm.VmId ?? ''} is still pending; wait until it is running before you ${what} it.`,
    )
  }
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
    // Create as many as the quotas allow between Min and Max, like the API does.
    let count = max
    const fits = (n: number) => {
      try {
        assertQuota(account, 'vm_limit', n, 'tooManyInstances')
        assertQuota(account, 'core_limit', n * (type.VcoreCount ?? 1), 'tooManyCores')
        assertQuota(account, 'memory_limit', n * (type.MemorySize ?? 1), 'tooMuchMemory')
        assertQuota(account, 'volume_limit', n * (1 + blockDevices.length), 'tooManyVolumes')
        return undefined
      } catch (e) {
        return e
      }
    }
    while (count > min && fits(count)) count--
    const failure = fits(count)
    if (failure) throw failure
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

  ReadVms: (req, ctx) => {
    const { page, nextPageToken } = readList(vms(ctx.account).values(), req, {
      VmStateNames: 'State',
      VmTypes: 'VmType',
      SubregionNames: (vm) => (vm as Vm).Placement?.SubregionName,
      Tenancies: (vm) => (vm as Vm).Placement?.Tenancy,
      VmSecurityGroupIds: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupId),
      VmSecurityGroupNames: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupName),
      SecurityGroupIds: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupId),
      SecurityGroupNames: (vm) => (vm as Vm).SecurityGroups?.map((s) => s.SecurityGroupName),
      NicNicIds: (vm) => (vm as Vm).Nics?.map((n) => n.NicId),
      BlockDeviceMappingVolumeIds: (vm) => (vm as Vm).BlockDeviceMappings?.map((b) => b.Bsu?.VolumeId),
    })
    return { Vms: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },

  ReadVmsState: (req, ctx) => {
    const all = [...vms(ctx.account).values()].filter((vm) => req.AllVms || vm.State === 'running')
    const states = all.map((vm) => ({
      VmId: vm.VmId,
      VmState: vm.State,
      SubregionName: vm.Placement?.SubregionName,
      MaintenanceEvents: [],
    }))
    const { page, nextPageToken } = readList(states, req, { VmStates: 'VmState' })
    return { VmStates: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },

  StartVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      if (vm.State === 'stopping' || !live(vm)) {
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}; it can be started once stopped.`,
        )
      }
    }
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (vm.State === 'stopped') {
          vm.State = 'pending'
          schedulePendingDone(ctx.world, ctx.account, vm, ctx.now + PENDING_MS, 'running')
        }
        return stateChange(vm, previous)
      }),
    }
  },

  StopVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      requireNotPending(vm, 'stop')
      if (!live(vm)) throw oscError('invalidVmState', `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}.`)
    }
    const delay = req.ForceStop ? FORCE_STOPPING_MS : STOPPING_MS
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (vm.State === 'running') {
          vm.State = 'stopping'
          stopComputeMeter(ctx.account, vm, ctx.now)
          ctx.world.schedule(ctx.now + delay, () => {
            if (vm.State === 'stopping') vm.State = 'stopped'
          })
        }
        return stateChange(vm, previous)
      }),
    }
  },

  RebootVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      requireNotPending(vm, 'reboot')
      if (vm.State !== 'running')
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} is ${vm.State ?? ''}; only running VMs reboot.`,
        )
    }
    for (const vm of list)
      meta(ctx.account)
        .get(vm.VmId ?? '')
        ?.bootLog.push(`[    0.000000] reboot requested at ${iso(ctx)}`)
    return {}
  },

  DeleteVms: (req, ctx) => {
    const list = req.VmIds.map((id) => findVm(ctx.account, id))
    for (const vm of list) {
      if (vm.DeletionProtection) {
        throw oscError(
          'invalidVmState',
          `The VM ${vm.VmId ?? ''} has DeletionProtection on; turn it off with UpdateVm before deleting it.`,
        )
      }
    }
    return {
      Vms: list.map((vm) => {
        const previous = vm.State ?? ''
        if (live(vm)) terminate(ctx.world, ctx.account, vm, ctx.now)
        return stateChange(vm, previous)
      }),
    }
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

  ReadConsoleOutput: (req, ctx) => {
    const vm = findVm(ctx.account, req.VmId)
    const log = meta(ctx.account).get(req.VmId)?.bootLog ?? []
    const text = vm.State === 'pending' ? '' : `${log.join('\n')}\n`
    return { VmId: req.VmId, ConsoleOutput: Buffer.from(text).toString('base64') }
  },

  ReadAdminPassword: (req, ctx) => {
    const vm = findVm(ctx.account, req.VmId)
    // The password exists once a Windows VM has booted; Linux VMs have none.
    const ready = vm.State !== 'pending'
    return {
      VmId: req.VmId,
      AdminPassword: ready ? (meta(ctx.account).get(req.VmId)?.adminPassword ?? '') : '',
    }
  },
}
