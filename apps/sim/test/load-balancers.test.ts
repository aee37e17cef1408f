// Load balancers and security groups as the console's pages use them: backend health moving on the simulator
// clock, listener policies, and the refusals a rule form must show (duplicate rule, rule quota, ICMP ranges).
import type { BackendVmHealth, LoadBalancer, SecurityGroup, Vm } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { admin, call, expectOscError, simulatorForFile } from './helpers.ts'

const sim = await simulatorForFile({ seed: 'demo' })

const advance = (seconds: number) => admin(sim.url, '/_sim/clock/advance', { seconds })

async function health(name: string): Promise<Map<string, BackendVmHealth>> {
  const r = await call<{ BackendVmHealth: BackendVmHealth[] }>(sim.url, 'ReadVmsHealth', {
    LoadBalancerName: name,
  })
  return new Map(r.body.BackendVmHealth.map((h) => [h.VmId ?? '', h]))
}

async function readLb(name: string): Promise<LoadBalancer | undefined> {
  const r = await call<{ LoadBalancers: LoadBalancer[] }>(sim.url, 'ReadLoadBalancers', {
    Filters: { LoadBalancerNames: [name] },
  })
  return r.body.LoadBalancers[0]
}

/** Two running VMs no load balancer uses yet. */
async function freeRunningVms(): Promise<[string, string]> {
  const vms = (await call<{ Vms: Vm[] }>(sim.url, 'ReadVms', { Filters: { VmStateNames: ['running'] } })).body
    .Vms
  const lbs = (await call<{ LoadBalancers: LoadBalancer[] }>(sim.url, 'ReadLoadBalancers', {})).body
    .LoadBalancers
  const used = new Set(lbs.flatMap((lb) => lb.BackendVmIds ?? []))
  const free = vms.map((vm) => vm.VmId ?? '').filter((id) => !used.has(id))
  return [free[0] ?? '', free[1] ?? '']
}

async function createShop(): Promise<void> {
  await call(sim.url, 'CreateLoadBalancer', {
    LoadBalancerName: 'shop',
    Listeners: [{ LoadBalancerPort: 80, LoadBalancerProtocol: 'HTTP', BackendPort: 8080 }],
    SubregionNames: ['eu-west-2a'],
  })
  // Checks every 10 s: healthy after 3 passes (30 s), unhealthy after 2 failures (20 s).
  await call(sim.url, 'UpdateLoadBalancer', {
    LoadBalancerName: 'shop',
    HealthCheck: {
      CheckInterval: 10,
      HealthyThreshold: 3,
      UnhealthyThreshold: 2,
      Timeout: 5,
      Port: 8080,
      Protocol: 'HTTP',
      Path: '/up',
    },
  })
}

describe('backend health on the simulator clock', () => {
  it('goes from registering to InService after HealthyThreshold × CheckInterval', async () => {
    await createShop()
    const [a, b] = await freeRunningVms()
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a, b] })
    expect((await health('shop')).get(a)).toMatchObject({
      State: 'OutOfService',
      StateReason: 'ELB',
      Description: 'Instance registration is still in progress.',
    })
    await advance(29)
    expect([...(await health('shop')).values()].map((h) => h.State)).toEqual(['OutOfService', 'OutOfService'])
    await advance(1)
    expect([...(await health('shop')).values()].map((h) => h.State)).toEqual(['InService', 'InService'])
  })

  it('takes a stopped backend out of service after UnhealthyThreshold × CheckInterval, and drops a deregistered one', async () => {
    await createShop()
    const [a, b] = await freeRunningVms()
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a, b] })
    await advance(30)
    await call(sim.url, 'StopVms', { VmIds: [a] })
    await advance(19)
    expect((await health('shop')).get(a)?.State).toBe('InService')
    await advance(1)
    expect((await health('shop')).get(a)).toMatchObject({ State: 'OutOfService', StateReason: 'ELB' })
    expect((await health('shop')).get(a)?.Description).toMatch(/^Instance is in (stopping|stopped) state\.$/)
    expect((await health('shop')).get(b)?.State).toBe('InService')

    await call(sim.url, 'DeregisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a] })
    expect([...(await health('shop')).keys()]).toEqual([b])
    expect((await readLb('shop'))?.BackendVmIds).toEqual([b])
    expectOscError(
      await call(sim.url, 'ReadVmsHealth', { LoadBalancerName: 'shop', BackendVmIds: [a] }),
      400,
      '4047',
    )
  })

  it('starts the checks again for a backend registered again, and not for one registered twice', async () => {
    await createShop()
    const [a, b] = await freeRunningVms()
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a, b] })
    await advance(30)
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [b] })
    await call(sim.url, 'DeregisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a] })
    await call(sim.url, 'RegisterVmsInLoadBalancer', { LoadBalancerName: 'shop', BackendVmIds: [a] })
    const now = await health('shop')
    expect(now.get(a)?.State).toBe('OutOfService')
    expect(now.get(b)?.State).toBe('InService')
  })

  it('keeps seeded backends healthy from the start, and stops counting them once the VM stops', async () => {
    const before = await health('web-prod-lb')
    expect([...before.values()].every((h) => h.State === 'InService')).toBe(true)
    const [first] = before.keys()
    await call(sim.url, 'StopVms', { VmIds: [first] })
    // web-prod-lb checks every 15 s and gives up after 2 failures.
    await advance(29)
    expect((await health('web-prod-lb')).get(first ?? '')?.State).toBe('InService')
    await advance(1)
    expect((await health('web-prod-lb')).get(first ?? '')?.State).toBe('OutOfService')
  })
})

describe('sticky-session policies', () => {
  it('creates app and load-balancer cookie policies, attaches one to a listener, and detaches it on delete', async () => {
    await createShop()
    await call(sim.url, 'CreateLoadBalancerPolicy', {
      LoadBalancerName: 'shop',
      PolicyName: 'app-cookie',
      PolicyType: 'app',
      CookieName: 'SESSION',
    })
    await call(sim.url, 'CreateLoadBalancerPolicy', {
      LoadBalancerName: 'shop',
      PolicyName: 'lb-cookie',
      PolicyType: 'load_balancer',
      CookieExpirationPeriod: 600,
    })
    await call(sim.url, 'UpdateLoadBalancer', {
      LoadBalancerName: 'shop',
      LoadBalancerPort: 80,
      PolicyNames: ['lb-cookie'],
    })
    let lb = await readLb('shop')
    expect(lb?.ApplicationStickyCookiePolicies).toEqual([{ PolicyName: 'app-cookie', CookieName: 'SESSION' }])
    expect(lb?.LoadBalancerStickyCookiePolicies).toEqual([
      { PolicyName: 'lb-cookie', CookieExpirationPeriod: 600 },
    ])
    expect(lb?.Listeners?.[0]?.PolicyNames).toEqual(['lb-cookie'])
    expectOscError(
      await call(sim.url, 'CreateLoadBalancerPolicy', {
        LoadBalancerName: 'shop',
        PolicyName: 'lb-cookie',
        PolicyType: 'load_balancer',
      }),
      409,
      '9021',
    )
    await call(sim.url, 'DeleteLoadBalancerPolicy', { LoadBalancerName: 'shop', PolicyName: 'lb-cookie' })
    lb = await readLb('shop')
    expect(lb?.LoadBalancerStickyCookiePolicies).toEqual([])
    expect(lb?.Listeners?.[0]?.PolicyNames).toEqual([])
  })
})

describe('security-group rules the form sends', () => {
  async function newGroup(netId?: string): Promise<string> {
    const r = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'CreateSecurityGroup', {
      SecurityGroupName: `form-${netId ?? 'public'}`,
      Description: 'rules from the form',
      ...(netId ? { NetId: netId } : {}),
    })
    return r.body.SecurityGroup.SecurityGroupId ?? ''
  }
  const tcp = (port: number, ...IpRanges: string[]) => ({
    IpProtocol: 'tcp',
    FromPortRange: port,
    ToPortRange: port,
    IpRanges,
  })
  const inbound = async (id: string) =>
    (
      await call<{ SecurityGroups: SecurityGroup[] }>(sim.url, 'ReadSecurityGroups', {
        Filters: { SecurityGroupIds: [id] },
      })
    ).body.SecurityGroups[0]?.InboundRules

  it('adds several rules in one call, and refuses the whole call when one already exists', async () => {
    const id = await newGroup()
    await call(sim.url, 'CreateSecurityGroupRule', {
      SecurityGroupId: id,
      Flow: 'Inbound',
      Rules: [tcp(22, '10.0.0.0/8')],
    })
    const refused = await call(sim.url, 'CreateSecurityGroupRule', {
      SecurityGroupId: id,
      Flow: 'Inbound',
      Rules: [tcp(443, '0.0.0.0/0'), tcp(22, '192.0.2.0/24', '10.0.0.0/8')],
    })
    expectOscError(refused, 409, '9000')
    expect(refused.body.Errors?.[0]?.Details).toContain('10.0.0.0/8 already exists')
    expect(
      (await inbound(id))?.map((r) => `${r.FromPortRange ?? ''}:${(r.IpRanges ?? []).join(',')}`),
    ).toEqual(['22:10.0.0.0/8'])
    expectOscError(
      await call(sim.url, 'CreateSecurityGroupRule', {
        SecurityGroupId: id,
        Flow: 'Inbound',
        Rules: [tcp(80, '0.0.0.0/0'), tcp(80, '0.0.0.0/0')],
      }),
      409,
      '9000',
    )
    const added = await call<{ SecurityGroup: SecurityGroup }>(sim.url, 'CreateSecurityGroupRule', {
      SecurityGroupId: id,
      Flow: 'Inbound',
      Rules: [tcp(443, '0.0.0.0/0'), tcp(22, '192.0.2.0/24')],
    })
    expect(added.status).toBe(200)
    expect((await inbound(id))?.flatMap((r) => r.IpRanges)).toEqual([
      '10.0.0.0/8',
      '192.0.2.0/24',
      '0.0.0.0/0',
    ])
  })

  it('answers the sg_rule_limit quota error once a group would hold more rules than allowed', async () => {
    const id = await newGroup()
    const ranges = Array.from({ length: 101 }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`)
    const r = await call(sim.url, 'CreateSecurityGroupRule', {
      SecurityGroupId: id,
      Flow: 'Inbound',
      Rules: [tcp(22, ...ranges)],
    })
    expectOscError(r, 400, '10017')
    expect(r.body.Errors?.[0]?.Details).toContain('sg_rule_limit')
  })

  it('checks ICMP type and code ranges, and takes protocol numbers only in a Net', async () => {
    const id = await newGroup()
    const icmp = (from: number, to: number) =>
      call(sim.url, 'CreateSecurityGroupRule', {
        SecurityGroupId: id,
        Flow: 'Inbound',
        Rules: [{ IpProtocol: 'icmp', FromPortRange: from, ToPortRange: to, IpRanges: ['0.0.0.0/0'] }],
      })
    expect((await icmp(8, -1)).status).toBe(200)
    expectOscError(await icmp(256, 0), 400, '4056')
    expectOscError(await icmp(0, -2), 400, '4056')
    const gre = { IpProtocol: '47', FromPortRange: -1, ToPortRange: -1, IpRanges: ['10.0.0.0/8'] }
    expectOscError(
      await call(sim.url, 'CreateSecurityGroupRule', { SecurityGroupId: id, Flow: 'Inbound', Rules: [gre] }),
      400,
      '4053',
    )
    const net = (await call<{ Net: { NetId: string } }>(sim.url, 'CreateNet', { IpRange: '10.200.0.0/16' }))
      .body.Net
    const inNet = await newGroup(net.NetId)
    const ok = await call(sim.url, 'CreateSecurityGroupRule', {
      SecurityGroupId: inNet,
      Flow: 'Inbound',
      Rules: [gre],
    })
    expect(ok.status).toBe(200)
    expect((await inbound(inNet))?.[0]?.IpProtocol).toBe('47')
  })
})

describe('server certificates for HTTPS listeners', () => {
  const pem = {
    Body: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    PrivateKey: '-----BEGIN PRIVATE KEY-----\nsecret-material\n-----END PRIVATE KEY-----',
  }

  it('lists names, ids and ORNs without the private key, and an HTTPS listener takes only a known ORN', async () => {
    const created = await call<{ ServerCertificate: Record<string, string> }>(
      sim.url,
      'CreateServerCertificate',
      {
        Name: 'shop-tls',
        Path: '/prod/',
        ...pem,
      },
    )
    const orn = created.body.ServerCertificate.Orn
    expect(orn).toMatch(/^orn:ows:idauth::\d{12}:server-certificate\/prod\/shop-tls$/)
    const listed = await call(sim.url, 'ReadServerCertificates', { Filters: { Paths: ['/prod/'] } })
    expect(JSON.stringify(listed.body)).not.toContain('secret-material')
    expect(listed.body.ServerCertificates).toEqual([
      expect.objectContaining({ Name: 'shop-tls', Path: '/prod/', Orn: orn, Id: expect.any(String) }),
    ])
    expectOscError(await call(sim.url, 'CreateServerCertificate', { Name: 'shop-tls', ...pem }), 409, '9015')

    await createShop()
    const https = (ServerCertificateId: string) =>
      call(sim.url, 'CreateLoadBalancerListeners', {
        LoadBalancerName: 'shop',
        Listeners: [
          { LoadBalancerPort: 443, LoadBalancerProtocol: 'HTTPS', BackendPort: 8080, ServerCertificateId },
        ],
      })
    expectOscError(await https('orn:ows:idauth::012345678910:server-certificate/nope'), 400, '5044')
    expect((await https(orn ?? '')).status).toBe(200)
    expect(
      (await readLb('shop'))?.Listeners?.find((l) => l.LoadBalancerPort === 443)?.ServerCertificateId,
    ).toBe(orn)
  })
})

describe('listener rules', () => {
  const rule = (name: string, priority: number, pattern: Record<string, string>, port = 80) => ({
    Listener: { LoadBalancerName: 'shop', LoadBalancerPort: port },
    ListenerRule: { ListenerRuleName: name, Priority: priority, ...pattern },
    VmIds: [],
  })
  const rules = async () =>
    (await call<{ ListenerRules: Array<Record<string, unknown>> }>(sim.url, 'ReadListenerRules', {})).body
      .ListenerRules

  it('creates, reads, updates and deletes rules, and drops them with their listener', async () => {
    await createShop()
    const created = await call(sim.url, 'CreateListenerRule', rule('api', 10, { PathPattern: '/api/*' }))
    expect(created.status).toBe(200)
    expect(created.body.ListenerRule).toMatchObject({
      ListenerRuleName: 'api',
      Priority: 10,
      PathPattern: '/api/*',
      Action: 'forward',
      ListenerId: expect.any(Number),
      ListenerRuleId: expect.any(Number),
    })
    await call(sim.url, 'CreateListenerRule', rule('admin', 20, { HostNamePattern: 'admin.example.com' }))
    expectOscError(
      await call(sim.url, 'CreateListenerRule', rule('api', 30, { PathPattern: '/x' })),
      409,
      '9000',
    )
    expectOscError(
      await call(sim.url, 'CreateListenerRule', rule('other', 10, { PathPattern: '/x' })),
      409,
      '9000',
    )
    expectOscError(await call(sim.url, 'CreateListenerRule', rule('none', 40, {})), 400, '7000')
    expectOscError(
      await call(sim.url, 'CreateListenerRule', rule('p0', 0, { PathPattern: '/x' })),
      400,
      '4056',
    )
    expectOscError(
      await call(sim.url, 'CreateListenerRule', rule('stars', 50, { PathPattern: '/*/*/*/*' })),
      400,
      '4047',
    )
    expectOscError(
      await call(sim.url, 'CreateListenerRule', rule('p81', 5, { PathPattern: '/x' }, 81)),
      400,
      '5028',
    )

    const updated = await call(sim.url, 'UpdateListenerRule', {
      ListenerRuleName: 'api',
      PathPattern: '/v2/*',
    })
    expect(updated.body.ListenerRule).toMatchObject({ PathPattern: '/v2/*' })
    expect(
      (await rules()).map(
        (r) => `${String(r.ListenerRuleName)}:${String(r.PathPattern ?? r.HostNamePattern)}`,
      ),
    ).toEqual(['api:/v2/*', 'admin:admin.example.com'])
    await call(sim.url, 'DeleteListenerRule', { ListenerRuleName: 'admin' })
    expect((await rules()).map((r) => r.ListenerRuleName)).toEqual(['api'])
    await call(sim.url, 'DeleteLoadBalancerListeners', { LoadBalancerName: 'shop', LoadBalancerPorts: [80] })
    expect(await rules()).toEqual([])
  })
})
