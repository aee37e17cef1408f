// A large estate for performance work: 10,000 VMs, 500 security groups, 200 load balancers, 20,000 volumes
// (10,000 roots, 5,000 data disks, 5,000 spare), 10,000 snapshots and 10,000 public IPs (a quarter attached to VMs)
// in the first account. Built in one pass, deterministic.
// Two more load balancers are the same page at two sizes, for the detail page's benchmark: `lb-backends-100`
// (a fifth of its backends stopped, as the other VMs) and `lb-backends-2`.
import { addLoadBalancer } from '../families/load-balancers.ts'
import { images } from '../families/images.ts'
import { addNet, addSubnet } from '../families/nets.ts'
import { addRules, addSecurityGroup } from '../families/security-groups.ts'
import type { SecurityGroup, Subnet, Vm } from '@osc-console/osc-api'
import { addVm } from '../families/vm-create.ts'
import { addSnapshot } from '../families/snapshots.ts'
import { addVolume } from '../families/volumes.ts'
import { addPublicIp, linkPublicIp } from '../families/public-ips.ts'
import { Prng } from '../prng.ts'
import type { World } from '../state.ts'

const DAY = 86_400_000
export const LARGE = {
  vms: 10_000,
  securityGroups: 500,
  loadBalancers: 200,
  spareVolumes: 5_000,
  snapshots: 10_000,
  publicIps: 10_000,
}
export const BENCH_LOAD_BALANCERS = { 'lb-backends-100': 100, 'lb-backends-2': 2 } as const

export function seedLarge(world: World, now: number): void {
  const account = [...world.accounts.values()][0]
  if (!account) return
  const rng = new Prng('large')
  for (const [name, max] of Object.entries({
    vm_limit: 20_000,
    core_limit: 200_000,
    memory_limit: 1_000_000,
    volume_limit: 30_000,
    volume_size_limit: 5_000_000,
    snapshot_limit: 20_000,
    sg_limit: 1_000,
    lb_limit: 300,
    subnet_limit: 100,
    vpc_limit: 10,
    ip_limit: 12_000,
  })) {
    account.quotaMax.set(name, max)
  }
  const subnets: Subnet[] = []
  const groupsByNet = new Map<string, SecurityGroup[]>()
  for (let n = 0; n < 4; n++) {
    const net = addNet(world, account, `10.${n * 16}.0.0/12`)
    net.Tags = [{ Key: 'Name', Value: `net-${n}` }]
    for (let s = 0; s < 4; s++) {
      subnets.push(
        addSubnet(
          world,
          account,
          net.NetId ?? '',
          `10.${n * 16 + s}.0.0/16`,
          account.subregions[s % account.subregions.length] ?? '',
        ),
      )
    }
    groupsByNet.set(net.NetId ?? '', [])
  }
  const netIds = [...groupsByNet.keys()]
  for (let i = 0; i < LARGE.securityGroups - 1; i++) {
    const netId = netIds[i % netIds.length] ?? ''
    const sg = addSecurityGroup(
      world,
      account,
      `sg-app-${i}`.replace(/^sg-/, 'grp-'),
      `Application group ${i}`,
      netId,
    )
    addRules(world, sg, 'Inbound', [
      { protocol: 'tcp', from: 443, to: 443, ipRanges: ['0.0.0.0/0'], members: [] },
      { protocol: 'tcp', from: 22, to: 22, ipRanges: [`10.${i % 250}.0.0/16`], members: [] },
    ])
    groupsByNet.get(netId)?.push(sg)
  }
  const linux = [...images(account).values()]
    .filter((i) => !i.ImageName?.startsWith('Windows'))
    .map((i) => i.ImageId ?? '')
  const envs = ['prod', 'staging', 'dev', 'test']
  const teams = ['web', 'api', 'data', 'platform', 'ml', 'payments', 'search', 'mobile']
  const types = ['tinav5.c1r1p2', 'tinav5.c2r4p2', 'tinav6.c2r4p2', 'tinav6.c4r8p2']
  const vmIds: string[] = []
  for (let i = 0; i < LARGE.vms; i++) {
    const subnet = subnets[i % subnets.length]
    const groups = groupsByNet.get(subnet?.NetId ?? '') ?? []
    const team = teams[i % teams.length] ?? 'web'
    const vm = addVm(
      world,
      account,
      {
        imageId: linux[i % linux.length] ?? '',
        vmType: types[i % types.length] ?? 'tinav5.c1r1p2',
        subregion: subnet?.SubregionName ?? '',
        subnetId: subnet?.SubnetId ?? '',
        securityGroupIds: [groups[i % Math.max(1, groups.length)]?.SecurityGroupId ?? ''],
        tags: [
          { Key: 'Name', Value: `${team}-${i}` },
          { Key: 'env', Value: envs[i % envs.length] ?? 'dev' },
          { Key: 'team', Value: team },
          { Key: 'owner', Value: `user${i % 97}` },
        ],
        state: 'running',
        blockDevices:
          i % 2 === 0
            ? [{ device: '/dev/sdb', size: 20 + (i % 10) * 10, type: 'standard', deleteOnVmDeletion: false }]
            : [],
      },
      now - rng.int(1, 90) * DAY,
    )
    if (i % 5 === 4) {
      vm.State = 'stopped'
      account.stopMeters(vm.VmId ?? '', now - DAY, `BoxUsage:${vm.VmType ?? ''}`)
    }
    vmIds.push(vm.VmId ?? '')
  }
  const spareVolumeIds: string[] = []
  for (let i = 0; i < LARGE.spareVolumes; i++) {
    const v = addVolume(
      world,
      account,
      {
        size: 10 + (i % 20) * 5,
        type: i % 3 === 0 ? 'gp2' : 'standard',
        subregion: account.subregions[i % account.subregions.length] ?? '',
      },
      now - rng.int(1, 90) * DAY,
    )
    v.Tags = [{ Key: 'team', Value: teams[i % teams.length] ?? 'web' }]
    spareVolumeIds.push(v.VolumeId ?? '')
  }
  // Nightly backups of the spare volumes over the quarter: 10,000 snapshots for the snapshots list.
  for (let i = 0; i < LARGE.snapshots; i++) {
    const s = addSnapshot(
      world,
      account,
      {
        volumeId: spareVolumeIds[i % spareVolumeIds.length] ?? '',
        size: 10 + (i % 20) * 5,
        description: `Nightly backup ${i + 1}`,
      },
      now - rng.int(1, 90) * DAY,
    )
    s.Tags = [{ Key: 'team', Value: teams[i % teams.length] ?? 'web' }]
  }
  for (let i = 0; i < LARGE.loadBalancers; i++) {
    const subnet = subnets[i % subnets.length]
    const lb = addLoadBalancer(world, account, {
      name: `lb-${i}`,
      listeners: [{ LoadBalancerPort: 443, LoadBalancerProtocol: 'TCP', BackendPort: 8443 }],
      subnets: [subnet?.SubnetId ?? ''],
      tags: [{ Key: 'team', Value: teams[i % teams.length] ?? 'web' }],
      createdAt: now - rng.int(1, 90) * DAY,
    })
    lb.BackendVmIds = vmIds.slice(i * 5, i * 5 + 5)
  }
  // The first 1,000 VMs back the load balancers above; these take the next ones.
  const spare = vmIds.slice(LARGE.loadBalancers * 5)
  for (const [name, count] of Object.entries(BENCH_LOAD_BALANCERS)) {
    const lb = addLoadBalancer(world, account, {
      name,
      listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'HTTP', BackendPort: 8080 }],
      subnets: [subnets[0]?.SubnetId ?? ''],
      createdAt: now - 30 * DAY,
    })
    lb.BackendVmIds = spare.splice(0, count)
  }
  // Last, so that every id drawn above stays what it was: the public IPs list at scale, a quarter attached to VMs.
  for (let i = 0; i < LARGE.publicIps; i++) {
    const ip = addPublicIp(world, account, now - rng.int(1, 90) * DAY)
    ip.Tags = [{ Key: 'team', Value: teams[i % teams.length] ?? 'web' }]
    const vm = i % 4 === 0 ? account.registry.get(vmIds[i / 4] ?? '')?.obj : undefined
    if (vm) linkPublicIp(world, account, ip, vm as Vm, now)
  }
}
