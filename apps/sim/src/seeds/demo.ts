// The demo company: two Nets, a dozen security groups, about forty VMs across two Subregions with Name, env,
// team and owner tags, three load balancers with healthy and unhealthy backends, volumes, snapshots, public
// IPs, 90 days of usage history, one quota at its limit (public IPs) and one near it (VMs), a VM tagged
// sim:fail=503, and a second account in us-east-2 with a few resources. Deterministic: same seed, same world.
import type { Vm } from '@osc-console/osc-api'
import { addKeypair } from '../families/keypairs.ts'
import { addLoadBalancer } from '../families/load-balancers.ts'
import { addInternetService, addNet, addSubnet } from '../families/nets.ts'
import { addPublicIp, linkPublicIp } from '../families/public-ips.ts'
import { addRules, addSecurityGroup, defaultSecurityGroup } from '../families/security-groups.ts'
import type { RuleInput } from '../families/security-groups.ts'
import { addSnapshot } from '../families/snapshots.ts'
import { addVm, PENDING_MS } from '../families/vms.ts'
import { images } from '../families/images.ts'
import { addVolume, removeVolume } from '../families/volumes.ts'
import { Prng } from '../prng.ts'
import type { AccountState, World } from '../state.ts'

const DAY = 86_400_000

const tcp = (port: number, from: string | { group: string; name: string }, to = port): RuleInput => ({
  protocol: 'tcp',
  from: port,
  to,
  ipRanges: typeof from === 'string' ? [from] : [],
  members: typeof from === 'string' ? [] : [{ SecurityGroupId: from.group, SecurityGroupName: from.name }],
})

function tags(pairs: Record<string, string>) {
  return Object.entries(pairs).map(([Key, Value]) => ({ Key, Value }))
}

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

function sgRef(sg: { SecurityGroupId?: string; SecurityGroupName?: string }) {
  return { group: sg.SecurityGroupId ?? '', name: sg.SecurityGroupName ?? '' }
}

function seedEurope(world: World, account: AccountState, now: number): void {
  const rng = new Prng('demo:eu')
  const [subA, subB] = account.subregions as [string, string]
  addKeypair(world, account, 'ops-team', 'a1:3f:5c:9e:22:71:0b:de:4c:88:19:f0:6a:3b:d2:57')
  addKeypair(world, account, 'ci-deploy', '7c:e0:41:b8:93:5a:2f:16:dd:04:8e:c3:71:a9:5b:20')

  const prod = addNet(world, account, '10.0.0.0/16')
  prod.Tags = tags({ Name: 'prod-net', env: 'prod' })
  const staging = addNet(world, account, '10.1.0.0/16')
  staging.Tags = tags({ Name: 'staging-net', env: 'staging' })
  const subnets = {
    prodA: addSubnet(world, account, prod.NetId ?? '', '10.0.1.0/24', subA),
    prodB: addSubnet(world, account, prod.NetId ?? '', '10.0.2.0/24', subB),
    stagingA: addSubnet(world, account, staging.NetId ?? '', '10.1.1.0/24', subA),
    stagingB: addSubnet(world, account, staging.NetId ?? '', '10.1.2.0/24', subB),
  }
  subnets.prodA.Tags = tags({ Name: 'prod-a', env: 'prod' })
  subnets.prodB.Tags = tags({ Name: 'prod-b', env: 'prod' })
  subnets.stagingA.Tags = tags({ Name: 'staging-a', env: 'staging' })
  subnets.stagingB.Tags = tags({ Name: 'staging-b', env: 'staging' })
  addInternetService(world, account, prod.NetId).Tags = tags({ Name: 'prod-igw' })
  addInternetService(world, account, staging.NetId).Tags = tags({ Name: 'staging-igw' })

  // A dozen security groups: the public default, five per Net, and a legacy one outside any Net.
  const office = '203.0.113.0/24'
  const sg = (name: string, description: string, netId?: string) => {
    const g = addSecurityGroup(world, account, name, description, netId)
    g.Tags = tags({
      Name: name,
      ...(netId === prod.NetId ? { env: 'prod' } : netId === staging.NetId ? { env: 'staging' } : {}),
    })
    return g
  }
  defaultSecurityGroup(world, account, prod.NetId)
  const lbProd = sg('lb-prod', 'Load balancers in front of the web tier', prod.NetId)
  const webProd = sg('web-prod', 'Web servers', prod.NetId)
  const apiProd = sg('api-prod', 'API servers', prod.NetId)
  const dbProd = sg('db-prod', 'PostgreSQL primary and replicas', prod.NetId)
  const bastion = sg('bastion', 'SSH entry point from the office', prod.NetId)
  const monitoring = sg('monitoring', 'Prometheus and Grafana', prod.NetId)
  const webStaging = sg('web-staging', 'Web servers (staging)', staging.NetId)
  const apiStaging = sg('api-staging', 'API servers (staging)', staging.NetId)
  const dbStaging = sg('db-staging', 'Databases (staging)', staging.NetId)
  const ci = sg('ci-runners', 'Build runners', staging.NetId)
  const legacy = sg('legacy-public', 'Old public-cloud VMs, to be migrated')
  addRules(world, lbProd, 'Inbound', [tcp(80, '0.0.0.0/0'), tcp(443, '0.0.0.0/0')])
  addRules(world, webProd, 'Inbound', [tcp(80, sgRef(lbProd)), tcp(22, sgRef(bastion))])
  addRules(world, apiProd, 'Inbound', [
    tcp(8080, sgRef(webProd)),
    tcp(8080, sgRef(lbProd)),
    tcp(22, sgRef(bastion)),
  ])
  addRules(world, dbProd, 'Inbound', [tcp(5432, sgRef(apiProd)), tcp(22, sgRef(bastion))])
  addRules(world, bastion, 'Inbound', [tcp(22, office)])
  addRules(world, monitoring, 'Inbound', [tcp(9090, office), tcp(3000, office)])
  addRules(world, webStaging, 'Inbound', [tcp(80, '0.0.0.0/0'), tcp(443, '0.0.0.0/0'), tcp(22, office)])
  addRules(world, apiStaging, 'Inbound', [tcp(8080, sgRef(webStaging)), tcp(22, office)])
  addRules(world, dbStaging, 'Inbound', [tcp(5432, sgRef(apiStaging))])
  addRules(world, ci, 'Inbound', [tcp(22, office)])
  addRules(world, legacy, 'Inbound', [tcp(22, '0.0.0.0/0'), tcp(3389, office), tcp(8000, '0.0.0.0/0', 8100)])

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
        account.startMeter({
          resourceId: vm.VmId ?? '',
          service: 'TinaOS-FCU',
          type: `BoxUsage:${vm.VmType ?? ''}`,
          operation: 'RunInstances-OD',
          subregionName: vm.Placement?.SubregionName ?? '',
          unitsPerHour: 1,
          start: now + PENDING_MS,
        })
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

  const vm = (name: string) => byName.get(name)?.VmId ?? ''
  // Load balancers: healthy, partly unhealthy (a stopped backend), and one whose running backend fails checks.
  const web = addLoadBalancer(world, account, {
    name: 'web-prod-lb',
    listeners: [
      { LoadBalancerPort: 80, LoadBalancerProtocol: 'HTTP', BackendPort: 80, BackendProtocol: 'HTTP' },
    ],
    subnets: [subnets.prodA.SubnetId ?? '', subnets.prodB.SubnetId ?? ''],
    securityGroups: [lbProd.SecurityGroupId ?? ''],
    tags: tags({ env: 'prod', team: 'web' }),
    createdAt: now - 85 * DAY,
  })
  web.BackendVmIds = [1, 2, 3, 4, 5].map((i) => vm(`web-prod-${i}`))
  web.HealthCheck = {
    CheckInterval: 15,
    HealthyThreshold: 3,
    UnhealthyThreshold: 2,
    Timeout: 5,
    Port: 80,
    Protocol: 'HTTP',
    Path: '/healthz',
  }
  const api = addLoadBalancer(world, account, {
    name: 'api-prod-lb',
    listeners: [{ LoadBalancerPort: 8080, LoadBalancerProtocol: 'TCP', BackendPort: 8080 }],
    subnets: [subnets.prodA.SubnetId ?? ''],
    securityGroups: [lbProd.SecurityGroupId ?? ''],
    internal: true,
    tags: tags({ env: 'prod', team: 'api' }),
    createdAt: now - 70 * DAY,
  })
  api.BackendVmIds = [
    vm('api-prod-1'),
    vm('api-prod-2'),
    vm('api-prod-3'),
    vm('api-prod-4'),
    vm('ci-runner-1'),
  ]
  const stagingLb = addLoadBalancer(world, account, {
    name: 'web-staging-lb',
    listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'HTTP', BackendPort: 80 }],
    subnets: [subnets.stagingA.SubnetId ?? ''],
    securityGroups: [webStaging.SecurityGroupId ?? ''],
    tags: tags({ env: 'staging', team: 'web' }),
    createdAt: now - 30 * DAY,
  })
  stagingLb.BackendVmIds = [vm('web-staging-1'), vm('web-staging-2'), vm('web-staging-3')]
  const sick = byName.get('web-staging-2')
  sick?.Tags?.push({ Key: 'sim:health', Value: 'unhealthy' })

  // Spare volumes, some in use for backups, and snapshots over the quarter.
  for (let i = 1; i <= 6; i++) {
    const v = addVolume(
      world,
      account,
      {
        size: [20, 50, 100, 200][i % 4] ?? 20,
        type: i % 3 === 0 ? 'gp2' : 'standard',
        subregion: i % 2 ? subA : subB,
      },
      now - rng.int(5, 80) * DAY,
    )
    v.Tags = tags({ Name: `spare-${i}`, team: rng.pick(['data', 'platform', 'api']), env: 'dev' })
  }
  const dataVolumes = [...byName.values()].flatMap((m) =>
    (m.BlockDeviceMappings ?? []).filter((b) => b.DeviceName === '/dev/sdb'),
  )
  dataVolumes.slice(0, 8).forEach((b, i) => {
    const s = addSnapshot(
      world,
      account,
      { volumeId: b.Bsu?.VolumeId ?? '', size: 100, description: `Nightly backup ${i + 1}` },
      now - (i * 10 + 2) * DAY,
    )
    s.Tags = tags({ Name: `backup-${i + 1}`, team: 'data' })
  })

  // Public IPs: five, three linked, two idle — and the quota set at five, so one more is refused.
  const targets = ['bastion-1', 'legacy-app-1', 'win-reporting-1']
  for (let i = 0; i < 5; i++) {
    const ip = addPublicIp(world, account, now - rng.int(10, 90) * DAY)
    ip.Tags = tags({ Name: `eip-${i + 1}` })
    const target = targets[i] ? byName.get(targets[i] ?? '') : undefined
    if (target) linkPublicIp(world, account, ip, target, now - rng.int(1, 9) * DAY)
  }
  account.quotaMax.set('ip_limit', 5)
  account.quotaMax.set('vm_limit', 45)
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
}
