// The demo company's infrastructure in Europe around its VMs: two Nets with Subnets and Internet services, a
// dozen security groups, then — once the VMs exist — load balancers in front of them, spare volumes, nightly
// snapshots and public IPs with the quota at its limit. The VMs themselves are seeded in demo.ts.
import type { Vm } from '@osc-console/osc-api'
import { addLoadBalancer } from '../families/load-balancers.ts'
import { addInternetService, addNet, addSubnet } from '../families/nets.ts'
import { addPublicIp, linkPublicIp } from '../families/public-ips.ts'
import { addRules, addSecurityGroup, defaultSecurityGroup } from '../families/security-groups.ts'
import type { RuleInput } from '../families/security-groups.ts'
import { addSnapshot } from '../families/snapshots.ts'
import { addVolume } from '../families/volumes.ts'
import type { Prng } from '../prng.ts'
import type { AccountState, World } from '../state.ts'

export const DAY = 86_400_000
export const tcp = (port: number, from: string | { group: string; name: string }, to = port): RuleInput => ({
  protocol: 'tcp',
  from: port,
  to,
  ipRanges: typeof from === 'string' ? [from] : [],
  members: typeof from === 'string' ? [] : [{ SecurityGroupId: from.group, SecurityGroupName: from.name }],
})
export function tags(pairs: Record<string, string>) {
  return Object.entries(pairs).map(([Key, Value]) => ({ Key, Value }))
}

function sgRef(sg: { SecurityGroupId?: string; SecurityGroupName?: string }) {
  return { group: sg.SecurityGroupId ?? '', name: sg.SecurityGroupName ?? '' }
}

export function seedEuropeNetwork(world: World, account: AccountState) {
  const [subA, subB] = account.subregions as [string, string]
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
  return {
    subnets,
    lbProd,
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
  }
}

export function seedEuropeServices(
  world: World,
  account: AccountState,
  now: number,
  rng: Prng,
  network: ReturnType<typeof seedEuropeNetwork>,
  byName: Map<string, Vm>,
): void {
  const [subA, subB] = account.subregions as [string, string]
  const { subnets, lbProd, webStaging } = network
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
