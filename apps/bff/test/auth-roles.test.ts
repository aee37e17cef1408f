// Every operation of the catalogue for every built-in role, against expectations written here from the rules in
// the product description (by action name, not by the catalogue's families), plus custom roles and bindings.
import { actionNames } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import { describe, expect, it } from 'vitest'
import { bindingsConfigSchema, checkBindingRoles, rolesConfigSchema } from '../src/auth/config.ts'
import type { Identity } from '../src/auth/identity.ts'
import { createPolicy, globToRegExp } from '../src/auth/roles.ts'

// Reads that return secrets or private data (who holds keys of their own), and the check of a login and password:
// hidden from viewers.
const SENSITIVE_READS = new Set([
  'CheckAuthentication',
  'ReadAdminPassword',
  'ReadConsoleOutput',
  'ReadAccessKeys',
  'ReadApiAccessPolicy',
  'ReadApiAccessRules',
  'ReadCas',
  'ReadUsers',
])

const isPlainRead = (a: string) => /^(Read|Check)/.test(a) && !SENSITIVE_READS.has(a)

// What operators run: compute, storage and network resources and tags, by the noun after the verb.
const OPERATOR_VERB =
  /^(Create|Update|Delete|Link|Unlink|Start|Stop|Reboot|Register|Deregister|ScaleUp|ScaleDown|Accept|Reject|Read)/
const OPERATOR_NOUNS = new Set([
  'Vms',
  'Vm',
  'VmGroup',
  'VmTemplate',
  'FlexibleGpu',
  'Image',
  'Keypair',
  'Keypairs',
  'AdminPassword',
  'ConsoleOutput',
  'Volume',
  'Snapshot',
  'SecurityGroup',
  'SecurityGroupRule',
  'LoadBalancer',
  'LoadBalancerListeners',
  'LoadBalancerPolicy',
  'LoadBalancerTags',
  'LoadBalancerBackendMachines',
  'VmsInLoadBalancer',
  'ListenerRule',
  'PublicIp',
  'Net',
  'Subnet',
  'Nic',
  'PrivateIps',
  'RouteTable',
  'RouteTableLink',
  'Route',
  'InternetService',
  'NatService',
  'NetPeering',
  'NetAccessPoint',
  'DhcpOptions',
  'Tags',
])
const operatorOwn = (a: string) => OPERATOR_VERB.test(a) && OPERATOR_NOUNS.has(a.replace(OPERATOR_VERB, ''))

const BILLING = new Set([
  'ReadQuotas',
  'ReadConsumptionAccount',
  'ReadCO2EmissionAccount',
  'ReadCatalog',
  'ReadCatalogs',
  'ReadPublicCatalog',
  'ReadUnitPrice',
])

const expected: Record<string, (a: string) => boolean> = {
  viewer: isPlainRead,
  operator: (a) => isPlainRead(a) || operatorOwn(a),
  admin: () => true,
  billing: (a) => BILLING.has(a),
}

const BINDINGS = bindingsConfigSchema.parse([
  { group: 'console-admins', role: 'admin' },
  { group: 'console-operators', role: 'operator' },
  { group: 'console-viewers', role: 'viewer' },
  { group: 'finance', role: 'billing' },
  { group: 'eu-ops', role: 'operator', accounts: ['demo-eu'] },
  { group: 'auditors', role: 'auditor' },
])
const ROLES = rolesConfigSchema.parse({
  auditor: { allow: ['Read*', 'Check*'], deny: ['ReadAdminPassword', 'ReadAccessKeys'] },
})
const policy = createPolicy(ROLES, BINDINGS)
const person = (...groups: string[]): Identity => ({
  issuer: 'https://idp.example',
  subject: groups.join('+'),
  groups,
})
const GROUP_OF: Record<string, string> = {
  viewer: 'console-viewers',
  operator: 'console-operators',
  admin: 'console-admins',
  billing: 'finance',
}

describe('built-in roles over the whole catalogue', () => {
  it('covers all 235 operations', () => {
    expect(actionNames.length).toBe(235)
  })

  for (const role of ['viewer', 'operator', 'admin', 'billing']) {
    it(`${role}: every operation allowed or refused as the rules say`, () => {
      const identity = person(GROUP_OF[role] ?? '')
      const mismatches = actionNames.filter(
        (a) => policy.authorize(identity, 'demo-eu', a).allowed !== expected[role]?.(a),
      )
      expect(mismatches).toEqual([])
    })
  }

  it('keeps access keys, users, policies, API access rules, account settings and exports from operators', () => {
    const oscar = person('console-operators')
    for (const a of [
      'CreateAccessKey',
      'DeleteAccessKey',
      'CreateUser',
      'PutUserPolicy',
      'CreatePolicy',
      'CreateApiAccessRule',
      'UpdateApiAccessPolicy',
      'UpdateAccount',
      'CreateAccount',
      'DisableOutscaleLogin',
      'CreateImageExportTask',
      'CreateSnapshotExportTask',
      'DeleteExportTask',
      'CreateVpnConnection',
    ] as ActionName[]) {
      expect([a, policy.authorize(oscar, 'demo-eu', a).allowed]).toEqual([a, false])
    }
  })

  it('lets operators run VMs and networks', () => {
    const oscar = person('console-operators')
    for (const a of [
      'StartVms',
      'StopVms',
      'RebootVms',
      'CreateVms',
      'DeleteVms',
      'CreateSecurityGroupRule',
      'LinkPublicIp',
      'CreateTags',
      'RegisterVmsInLoadBalancer',
      'CreateSnapshot',
      'LinkVolume',
    ] as ActionName[]) {
      expect([a, policy.authorize(oscar, 'demo-eu', a).allowed]).toEqual([a, true])
    }
  })
})

describe('bindings and custom roles', () => {
  it('refuses everything to a person matched by no binding, and refuses their sign-in', () => {
    const nobody = person()
    expect(policy.canSignIn(nobody)).toBe(false)
    const d = policy.authorize(nobody, 'demo-eu', 'ReadVms')
    expect(d.allowed).toBe(false)
    if (!d.allowed) expect(d.reason).toContain('no role on account demo-eu')
    expect(policy.canSignIn(person('unrelated-group'))).toBe(false)
  })

  it('gives the union of every matching binding', () => {
    const both = person('console-viewers', 'finance')
    expect(policy.rolesOn(both, 'demo-eu')).toEqual(['viewer', 'billing'])
    expect(policy.authorize(both, 'demo-eu', 'ReadVms')).toEqual({
      allowed: true,
      role: 'viewer',
      seesSecrets: false,
    })
    expect(policy.authorize(both, 'demo-eu', 'ReadConsumptionAccount').allowed).toBe(true)
    expect(policy.authorize(both, 'demo-eu', 'StopVms').allowed).toBe(false)
    const rights = policy.rightsFor(both, [{ id: 'demo-eu' }])
    expect(rights.get('demo-eu')?.role).toBe('viewer+billing')
  })

  it('limits a binding to the accounts it names', () => {
    const euOps = person('eu-ops')
    expect(policy.authorize(euOps, 'demo-eu', 'StopVms').allowed).toBe(true)
    expect(policy.authorize(euOps, 'demo-us', 'StopVms').allowed).toBe(false)
    const rights = policy.rightsFor(euOps, [{ id: 'demo-eu' }, { id: 'demo-us' }])
    expect([...rights.keys()]).toEqual(['demo-eu'])
  })

  it('applies a custom role: allow patterns minus deny patterns', () => {
    const auditor = person('auditors')
    expect(policy.authorize(auditor, 'demo-eu', 'ReadVms').allowed).toBe(true)
    expect(policy.authorize(auditor, 'demo-eu', 'CheckAuthentication').allowed).toBe(true)
    expect(policy.authorize(auditor, 'demo-eu', 'ReadAdminPassword').allowed).toBe(false)
    expect(policy.authorize(auditor, 'demo-eu', 'StopVms').allowed).toBe(false)
    const allowed = policy.rightsFor(auditor, [{ id: 'demo-eu' }]).get('demo-eu')?.allowedActions ?? []
    expect(allowed.every((a) => /^(Read|Check)/.test(a))).toBe(true)
    expect(allowed).not.toContain('ReadAccessKeys')
  })

  it('names the missing right and the role in a refusal', () => {
    const d = policy.authorize(person('console-viewers'), 'demo-eu', 'StopVms')
    expect(d).toMatchObject({ allowed: false, role: 'viewer' })
    if (!d.allowed) {
      expect(d.reason).toContain('StopVms needs a role that allows it')
      expect(d.reason).toContain('viewer may only read')
    }
  })

  it('refuses an action name that is not in the catalogue', () => {
    expect(
      policy.authorize(person('console-admins'), 'demo-eu', 'DropEverything' as ActionName).allowed,
    ).toBe(false)
  })

  it('matches glob patterns on whole names only', () => {
    expect(globToRegExp('Read*').test('ReadVms')).toBe(true)
    expect(globToRegExp('Read*').test('UnreadVms')).toBe(false)
    expect(globToRegExp('?tartVms').test('StartVms')).toBe(true)
    expect(globToRegExp('StopVms').test('StopVmsX')).toBe(false)
  })
})

describe('role configuration', () => {
  it('refuses a custom role that redefines a built-in one', () => {
    const r = rolesConfigSchema.safeParse({ admin: { allow: ['Read*'] } })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toContain('built-in role')
  })

  it('refuses patterns that are not action names with wildcards', () => {
    expect(rolesConfigSchema.safeParse({ x: { allow: ['Read.*'] } }).success).toBe(false)
    expect(rolesConfigSchema.safeParse({ x: { allow: [] } }).success).toBe(false)
  })

  it('reports bindings to unknown roles', () => {
    const problems = checkBindingRoles({}, bindingsConfigSchema.parse([{ group: 'g', role: 'superuser' }]))
    expect(problems).toEqual([
      { path: 'bindings.0.role', message: expect.stringContaining('unknown role "superuser"') },
    ])
  })
})
