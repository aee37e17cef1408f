import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { actionNames, catalogue, isActionName, requestSchemas, responseSchemas } from '../src/index.ts'
import { documentedOperations, seedAvailable, seedPath } from './seed-docs.ts'

describe('the operation catalogue', () => {
  it('lists the 235 operations of the pinned spec, each with a request and a response schema', () => {
    expect(actionNames).toHaveLength(235)
    expect(Object.keys(catalogue)).toHaveLength(235)
    for (const name of actionNames) {
      expect(requestSchemas[name], name).toBeDefined()
      expect(responseSchemas[name], name).toBeDefined()
    }
  })

  it.runIf(seedAvailable)('has every operation of the API documentation except ReadSecretAccessKey', () => {
    const documented = documentedOperations(readFileSync(seedPath, 'utf8'))
    expect(documented.size).toBe(206)
    const missing = [...documented].filter((name) => !isActionName(name))
    expect(missing).toEqual(['ReadSecretAccessKey'])
  })

  it('derives verb, family, pagination, idempotency and DryRun from the spec', () => {
    expect(catalogue.ReadVms).toMatchObject({
      verb: 'Read',
      family: 'vms',
      pagination: 'token',
      mutating: false,
    })
    expect(catalogue.CreateVms).toMatchObject({
      verb: 'Create',
      clientToken: true,
      dryRun: true,
      mutating: true,
    })
    expect(catalogue.DeleteSecurityGroup).toMatchObject({ verb: 'Delete', family: 'security-groups' })
    expect(catalogue.RegisterVmsInLoadBalancer).toMatchObject({ verb: 'Register', family: 'load-balancers' })
    expect(catalogue.ReadConsumptionAccount.family).toBe('consumption')
    expect(catalogue.ReadApiLogs.pagination).toBe('token')
    expect(catalogue.CheckAuthentication.mutating).toBe(false)
  })

  it('marks exactly the four idempotent creates as taking a ClientToken', () => {
    const withToken = actionNames.filter((n) => catalogue[n].clientToken)
    expect(withToken.sort()).toEqual(['CreateNatService', 'CreateSnapshot', 'CreateVms', 'CreateVolume'])
  })

  it('knows which calls accept Basic authentication and which need none', () => {
    expect(catalogue.ReadAccessKeys.auth).toEqual(['sigv4', 'basic'])
    expect(catalogue.ReadRegions.auth).toEqual(['none'])
    expect(catalogue.ReadVms.auth).toEqual(['sigv4'])
    expect(actionNames.filter((n) => catalogue[n].auth.includes('basic'))).toHaveLength(14)
    expect(actionNames.filter((n) => catalogue[n].auth.includes('none'))).toHaveLength(8)
  })

  it('marks the calls that can return secrets or private data as sensitive', () => {
    const required = [
      'ReadAdminPassword',
      'ReadConsoleOutput',
      'ReadAccessKeys',
      'ReadApiAccessRules',
      'ReadApiAccessPolicy',
      'ReadCas',
      'CreateAccessKey', // returns the secret key
      'CreateKeypair', // returns the private key
    ] as const
    for (const name of required) expect(catalogue[name].sensitive, name).toBe(true)
    expect(catalogue.ReadVms.sensitive).toBe(false)
    // Names, fingerprints and ORNs: what a person needs to pick a key or a certificate, never its private part.
    expect(catalogue.ReadKeypairs.sensitive).toBe(false)
    expect(catalogue.ReadServerCertificates.sensitive).toBe(false)
    expect(catalogue.ReadQuotas.sensitive).toBe(false)
  })
})
