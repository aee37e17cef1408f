import { describe, expect, it } from 'vitest'
import { findResource } from '../../kit/registry.ts'
import { QUOTA_SECTIONS, quotaResource } from './quota-resources.ts'

describe('quotaResource', () => {
  it('links each quota to the page of what it counts', () => {
    expect(quotaResource('ip_limit')?.section).toBe('public-ips')
    for (const name of ['vm_limit', 'core_limit', 'memory_limit'])
      expect(quotaResource(name)?.section).toBe('vms')
    expect(quotaResource('volume_limit')?.section).toBe('volumes')
    expect(quotaResource('gp2_volume_size_limit')?.section).toBe('volumes')
    expect(quotaResource('sg_rule_limit')?.section).toBe('security-groups')
    expect(quotaResource('lb_limit')?.section).toBe('load-balancers')
  })

  it('gives no link for a quota whose resources have no page, or an unknown one', () => {
    expect(quotaResource('dl_connection_limit')).toBeUndefined()
    expect(quotaResource('no_such_limit')).toBeUndefined()
    expect(quotaResource(undefined)).toBeUndefined()
  })

  it('names only sections the console has a page for', () => {
    for (const section of new Set(Object.values(QUOTA_SECTIONS))) expect(findResource(section)).toBeDefined()
  })
})
