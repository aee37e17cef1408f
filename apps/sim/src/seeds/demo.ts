// The demo company: two Nets, a dozen security groups, about forty VMs across two Subregions with Name, env,
// team and owner tags, three load balancers with healthy and unhealthy backends, volumes, snapshots, public
// IPs, 90 days of usage history, one quota at its limit (public IPs) and one near it (VMs), a VM tagged
// sim:fail=503, a second account in us-east-2 with a few resources, and two accounts linked to the first for
// its Overall consumption (demo-linked.ts). Deterministic: same seed, same world.
// This file seeds the VMs and the US account; demo-infra.ts the Nets, groups and services around the EU VMs.
import type { Vm } from '@osc-console/osc-api'
import { addKeypair } from '../families/keypairs.ts'
import { addLoadBalancer } from '../families/load-balancers.ts'
import { addInternetService, addNet, addSubnet } from '../families/nets.ts'
import { addPublicIp } from '../families/public-ips.ts'
import { addRules, addSecurityGroup } from '../families/security-groups.ts'
import { addVm } from '../families/vm-create.ts'
import { PENDING_MS, startComputeMeter } from '../families/vms.ts'
import { images } from '../families/images.ts'
import { addVolume, removeVolume } from '../families/volumes.ts'
import { Prng } from '../prng.ts'
import type { AccountState, World } from '../state.ts'
import { seedLinkedAccounts } from './demo-linked.ts'
import { DAY, seedEuropeNetwork, seedEuropeServices, tags, tcp } from './demo-infra.ts'

function imageIds(account: AccountState): { linux: string[]; windows: string } {
  const all = [...images(account).values()]
  return {
    linux: all.filter((i) => !i.ImageName?.startsWith('Windows')).map((i) => i.ImageId ?? ''),
    windows: all.find((i) => i.ImageName?.startsWith('Windows'))?.ImageId ?? '',
  }
}

/** Stops a seeded VM at `at`: its compute meter ends there, so consumption shows the gap. */
function stopAt(account: AccountState, vm: Vm, at: number): void {
  vm.State = 'stopped'
  account.stopMeters(vm.VmId ?? '', at, `BoxUsage:${vm.VmType ?? ''}`)
}

function seedEurope(world: World, account: AccountState, now: number): void {
  const rng = new Prng('demo:eu')
  const [subA, subB] = account.subregions as [string, string]
  addKeypair(world, account, 'ops-team', 'a1:3f:5c:9e:22:71:0b:de:4c:88:19:f0:6a:3b:d2:57')
  addKeypair(world, account, 'ci-deploy', '7c:e0:41:b8:93:5a:2f:16:dd:04:8e:c3:71:a9:5b:20')
  const network = seedEuropeNetwork(world, account)
  const {
    subnets,
    webProd,
    apiProd,
    dbProd,
    bastion,
    monitoring,
    webStaging,
    apiStaging,
    dbStaging,
    ci,
    legacy,
  } = network

  const { linux, windows } = imageIds(account)
  const owners = ['alice', 'bruno', 'chloe', 'david', 'emma', 'farid']
  interface Plan {
    name: string
    team: string
    env: string
    type: string
    sgs: string[]
    subnet?: string
    state: 'running' | 'stopped' | 'pending'
    data?: number
    windows?: boolean
    extra?: Record<string, string>
  }
  const plans: Plan[] = []
  const add = (n: number, base: Omit<Plan, 'name'> & { name: string }) => {
    for (let i = 1; i <= n; i++) plans.push({ ...base, name: `${base.name}-${i}` })
  }
  add(5, {
    name: 'web-prod',
    team: 'web',
    env: 'prod',
    type: 'tinav6.c2r4p2',
    sgs: [webProd.SecurityGroupId ?? ''],
    state: 'running',
  })
  add(4, {
    name: 'api-prod',
    team: 'api',
    env: 'prod',
    type: 'tinav6.c4r8p2',
    sgs: [apiProd.SecurityGroupId ?? ''],
    state: 'running',
    data: 50,
  })
  add(3, {
    name: 'db-prod',
    team: 'data',
    env: 'prod',
    type: 'tinav6.c8r32p1',
    sgs: [dbProd.SecurityGroupId ?? ''],
    state: 'running',
    data: 500,
  })
  add(1, {
    name: 'bastion',
    team: 'platform',
    env: 'prod',
    type: 'tinav5.c1r1p2',
    sgs: [bastion.SecurityGroupId ?? ''],
    state: 'running',
  })
  add(2, {
    name: 'monitoring',
    team: 'platform',
    env: 'prod',
    type: 'tinav6.c2r8p2',
    sgs: [monitoring.SecurityGroupId ?? ''],
    state: 'running',
    data: 100,
  })
  add(3, {
    name: 'web-staging',
    team: 'web',
    env: 'staging',
    type: 'tinav5.c1r2p2',
    sgs: [webStaging.SecurityGroupId ?? ''],
    state: 'running',
  })
  add(3, {
    name: 'api-staging',
    team: 'api',
    env: 'staging',
    type: 'tinav5.c2r4p2',
    sgs: [apiStaging.SecurityGroupId ?? ''],
    state: 'running',
  })
  add(2, {
    name: 'db-staging',
    team: 'data',
    env: 'staging',
    type: 'tinav5.c2r8p2',
    sgs: [dbStaging.SecurityGroupId ?? ''],
    state: 'stopped',
    data: 100,
  })
  add(4, {
    name: 'ci-runner',
    team: 'platform',
    env: 'dev',
    type: 'tinav6.c4r8p2',
    sgs: [ci.SecurityGroupId ?? ''],
    state: 'stopped',
  })
  add(2, {
    name: 'spark-worker',
    team: 'data',
    env: 'dev',
    type: 'tinav6.c8r16p2',
    sgs: [ci.SecurityGroupId ?? ''],
    state: 'pending',
  })
  add(3, {
    name: 'legacy-app',
    team: 'api',
    env: 'prod',
    type: 'tinav5.c2r4p2',
    sgs: [legacy.SecurityGroupId ?? ''],
    state: 'running',
  })
  add(1, {
    name: 'win-reporting',
    team: 'data',
    env: 'prod',
    type: 'tinav5.c4r8p2',
    sgs: [legacy.SecurityGroupId ?? ''],
    state: 'running',
    windows: true,
  })
  add(1, {
    name: 'win-build',
    team: 'platform',
    env: 'dev',
    type: 'tinav5.c4r8p2',
    sgs: [legacy.SecurityGroupId ?? ''],
    state: 'stopped',
    windows: true,
  })
  add(1, {
    name: 'flaky-worker',
    team: 'platform',
    env: 'dev',
    type: 'tinav5.c1r2p2',
    sgs: [legacy.SecurityGroupId ?? ''],
    state: 'running',
    extra: { 'sim:fail': '503' },
  })
  add(5, {
    name: 'batch',
    team: 'data',
    env: 'staging',
    type: 'tinav5.c2r4p2',
    sgs: [apiStaging.SecurityGroupId ?? ''],
    state: 'running',
  })

  const byName = new Map<string, Vm>()
  plans.forEach((p, i) => {
    const inProd = p.env === 'prod' && !p.name.startsWith('legacy') && !p.name.startsWith('win')
    const inStaging = p.env !== 'prod' && !p.name.startsWith('win') && !p.name.startsWith('flaky')
    const subnet = inProd
      ? i % 2 === 0
        ? subnets.prodA
        : subnets.prodB
      : inStaging
        ? i % 2 === 0
          ? subnets.stagingA
          : subnets.stagingB
        : undefined
    const created = p.state === 'pending' ? now : now - rng.int(3, 90) * DAY - rng.int(0, 23) * 3_600_000
    const vm = addVm(
      world,
      account,
      {
        imageId: p.windows ? windows : rng.pick(linux),
        vmType: p.type,
        subregion: subnet?.SubregionName ?? (i % 2 === 0 ? subA : subB),
        securityGroupIds: p.sgs,
        keypairName: p.windows ? undefined : p.env === 'dev' ? 'ci-deploy' : 'ops-team',
        tags: tags({ Name: p.name, env: p.env, team: p.team, owner: rng.pick(owners), ...p.extra }),
        state: p.state === 'pending' ? 'pending' : 'running',
        windows: p.windows ?? false,
        deletionProtection: p.name.startsWith('db-prod'),
        blockDevices: p.data
          ? [
              {
                device: '/dev/sdb',
                size: p.data,
                type: p.env === 'prod' ? 'gp2' : 'standard',
                deleteOnVmDeletion: false,
              },
            ]
          : [],
        ...(subnet?.SubnetId ? { subnetId: subnet.SubnetId } : {}),
      },
      created,
    )
    if (p.state === 'stopped')
      stopAt(account, vm, now - rng.int(1, Math.max(1, Math.floor((now - created) / DAY) - 1)) * DAY)
    if (p.state === 'pending') {
      world.schedule(now + PENDING_MS, () => {
        if (vm.State !== 'pending') return
        vm.State = 'running'
        startComputeMeter(account, vm, now + PENDING_MS)
      })
    }
    byName.set(p.name, vm)
  })
  // A VM deleted a few minutes ago is still listed as terminated.
  const gone = addVm(
    world,
    account,
    {
      imageId: linux[0] ?? '',
      vmType: 'tinav5.c1r1p2',
      subregion: subA,
      securityGroupIds: [legacy.SecurityGroupId ?? ''],
      tags: tags({ Name: 'old-cron', env: 'dev', team: 'platform', owner: 'bruno' }),
      state: 'running',
    },
    now - 40 * DAY,
  )
  account.stopMeters(gone.VmId ?? '', now - 5 * 60_000)
  gone.State = 'terminated'
  for (const b of gone.BlockDeviceMappings ?? [])
    removeVolume(account, b.Bsu?.VolumeId ?? '', now - 5 * 60_000)
  gone.BlockDeviceMappings = []
  world.schedule(now + 55 * 60_000, () => {
    account.store('vms').delete(gone.VmId ?? '')
    account.unregister(gone.VmId ?? '')
  })
  seedEuropeServices(world, account, now, rng, network, byName)
}

function seedUs(world: World, account: AccountState, now: number): void {
  const rng = new Prng('demo:us')
  const [subA, subB] = account.subregions as [string, string]
  addKeypair(world, account, 'us-ops', '3e:9a:01:c4:7b:52:ee:18:a0:6d:f3:29:b5:84:0c:71')
  const net = addNet(world, account, '172.16.0.0/16')
  net.Tags = tags({ Name: 'us-net', env: 'prod' })
  const subnet = addSubnet(world, account, net.NetId ?? '', '172.16.1.0/24', subA)
  addInternetService(world, account, net.NetId)
  const web = addSecurityGroup(world, account, 'us-web', 'Web servers (US)', net.NetId)
  addRules(world, web, 'Inbound', [tcp(443, '0.0.0.0/0')])
  const { linux } = imageIds(account)
  const vms = ['us-web-1', 'us-web-2', 'us-worker-1', 'us-worker-2'].map((name, i) =>
    addVm(
      world,
      account,
      {
        imageId: linux[0] ?? '',
        vmType: 'tinav5.c2r4p2',
        subregion: i < 2 ? subA : subB,
        securityGroupIds: [web.SecurityGroupId ?? ''],
        tags: tags({ Name: name, env: 'prod', team: name.includes('web') ? 'web' : 'data', owner: 'gina' }),
        state: 'running',
        keypairName: 'us-ops',
        ...(i < 2 ? { subnetId: subnet.SubnetId ?? '' } : {}),
      },
      now - rng.int(10, 60) * DAY,
    ),
  )
  const last = vms[3]
  if (last) stopAt(account, last, now - 4 * DAY)
  const lb = addLoadBalancer(world, account, {
    name: 'us-web-lb',
    listeners: [{ LoadBalancerPort: 443, LoadBalancerProtocol: 'TCP', BackendPort: 443 }],
    subnets: [subnet.SubnetId ?? ''],
    securityGroups: [web.SecurityGroupId ?? ''],
  })
  lb.BackendVmIds = vms.slice(0, 2).map((v) => v.VmId ?? '')
  addVolume(world, account, { size: 100, type: 'gp2', subregion: subA }, now - 20 * DAY).Tags = tags({
    Name: 'us-archive',
  })
  addPublicIp(world, account, now - 30 * DAY)
}

export function seedDemo(world: World, now: number): void {
  const accounts = [...world.accounts.values()]
  if (accounts[0]) seedEurope(world, accounts[0], now)
  if (accounts[1]) seedUs(world, accounts[1], now)
  // Last, so the ids of everything above stay what they were before linked accounts existed.
  if (accounts[0]) seedLinkedAccounts(world, accounts[0], now)
}
