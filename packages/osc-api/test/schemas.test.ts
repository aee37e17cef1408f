import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { isActionName, requestSchemas } from '../src/index.ts'
import { curlExamples, seedAvailable, seedPath } from './seed-docs.ts'

const CONSOLE_FAMILIES =
  /Vm|SecurityGroup|LoadBalancer|Listener|BackendVm|Quota|Consumption|HealthCheck|ConsoleOutput|AdminPassword/

describe.runIf(seedAvailable)('the request schemas and the documented curl examples', () => {
  // Read lazily: a describe body runs even when the seed text is absent and the tests are skipped.
  let examples: Map<string, unknown[]>
  let covered: string[]
  beforeAll(() => {
    examples = curlExamples(readFileSync(seedPath, 'utf8'))
    // VM templates are their own family; their 1.28 filter CpuGeneration became CpuGenerations in the spec since.
    covered = [...examples.keys()].filter(
      (name) => CONSOLE_FAMILIES.test(name) && !name.includes('VmTemplate') && isActionName(name),
    )
  })

  it('cover the VM, security-group, load-balancer, quota and consumption calls', () => {
    for (const name of [
      'CreateVms',
      'ReadVms',
      'CreateSecurityGroupRule',
      'CreateLoadBalancer',
      'ReadQuotas',
      'ReadConsumptionAccount',
    ])
      expect(covered).toContain(name)
    expect(covered.length).toBeGreaterThan(40)
  })

  it('accept every documented request body of those calls', () => {
    const refused: string[] = []
    for (const name of covered) {
      if (!isActionName(name)) continue
      for (const body of examples.get(name)!) {
        const result = requestSchemas[name].safeParse(body)
        if (!result.success) refused.push(`${name}: ${JSON.stringify(body)} → ${result.error.message}`)
      }
    }
    expect(refused).toEqual([])
  })
})

describe('request validation', () => {
  it('refuses a wrong type with the path to the field', () => {
    const result = requestSchemas.ReadVms.safeParse({ Filters: { VmIds: 'i-12345678' } })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.path).toEqual(['Filters', 'VmIds'])
  })

  it('refuses an unknown field with the path to it', () => {
    const result = requestSchemas.CreateVms.safeParse({ ImageId: 'ami-12345678', VmTyp: 'tinav5.c1r1p2' })
    expect(result.success).toBe(false)
    const issue = result.error!.issues[0]!
    expect(issue.code).toBe('unrecognized_keys')
    expect(JSON.stringify(issue)).toContain('VmTyp')
  })

  it('refuses a missing required field', () => {
    const result = requestSchemas.CreateVms.safeParse({ VmType: 'tinav5.c1r1p2' })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.path).toEqual(['ImageId'])
  })

  it('refuses a value outside an enum, deep in a nested array', () => {
    const result = requestSchemas.CreateVmTemplate.safeParse({
      CpuCores: 2,
      CpuGeneration: 'v4',
      ImageId: 'ami-12345678',
      Ram: 4,
      VmTemplateName: 't',
      CpuPerformance: 'ludicrous',
    })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.path).toEqual(['CpuPerformance'])
  })

  it('accepts integers only where the spec says integer', () => {
    expect(requestSchemas.ReadVms.safeParse({ ResultsPerPage: 10 }).success).toBe(true)
    expect(requestSchemas.ReadVms.safeParse({ ResultsPerPage: 10.5 }).success).toBe(false)
  })
})
