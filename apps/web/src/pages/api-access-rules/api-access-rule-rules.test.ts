import { describe, expect, it } from 'vitest'
import {
  apiAccessRuleCan,
  isIpRange,
  removedRanges,
  ruleFormProblems,
  ruleRequest,
  updateRuleRequest,
} from './api-access-rule-rules.ts'

const form = (over: Partial<Parameters<typeof ruleRequest>[0]> = {}) => ({
  description: '',
  ipRanges: '',
  caIds: '',
  cns: '',
  ...over,
})

describe('API access rule rules', () => {
  it('takes IPv4 addresses and CIDR blocks, one per line, and needs ranges or CAs', () => {
    expect(isIpRange('192.0.2.0/24')).toBe(true)
    expect(isIpRange('198.51.100.7')).toBe(true)
    expect(isIpRange('10.0.0.0/33')).toBe(false)
    expect(isIpRange('300.0.0.1')).toBe(false)
    expect(ruleFormProblems(form())).toMatchObject({ ipRanges: { id: 'rules.form.needsOne' } })
    expect(ruleFormProblems(form({ ipRanges: '192.0.2.0/24\nnope' }))).toMatchObject({
      ipRanges: { id: 'rules.form.badRange', values: { range: 'nope' } },
    })
    expect(ruleFormProblems(form({ ipRanges: '1.2.3.4', cns: 'ci' }))).toMatchObject({
      cns: { id: 'rules.form.cnsNeedCas' },
    })
    expect(ruleFormProblems(form({ caIds: 'ca-0123456789abcdef' }))).toEqual({})
    expect(
      ruleRequest(form({ ipRanges: ' 192.0.2.0/24 \n\n198.51.100.7', description: ' office ' })),
    ).toEqual({
      IpRanges: ['192.0.2.0/24', '198.51.100.7'],
      CaIds: [],
      Cns: [],
      Description: 'office',
    })
  })

  it('sends an update whole, and names the ranges it would stop allowing', () => {
    expect(updateRuleRequest('aar-1', form({ ipRanges: '1.2.3.4' }))).toMatchObject({
      ApiAccessRuleId: 'aar-1',
      IpRanges: ['1.2.3.4'],
      Description: '',
    })
    const rule = { ApiAccessRuleId: 'aar-1', IpRanges: ['0.0.0.0/0', '192.0.2.0/24'] }
    expect(removedRanges(rule, form({ ipRanges: '192.0.2.0/24' }))).toEqual(['0.0.0.0/0'])
    expect(removedRanges(rule, form({ ipRanges: '0.0.0.0/0\n192.0.2.0/24\n10.0.0.0/8' }))).toEqual([])
    expect(removedRanges(undefined, form({ ipRanges: '1.2.3.4' }))).toEqual([])
  })

  it('never deletes the last rule', () => {
    expect(apiAccessRuleCan.delete(1)).toMatchObject({ allowed: false, reason: { id: 'rules.rule.last' } })
    expect(apiAccessRuleCan.delete(2).allowed).toBe(true)
  })
})
