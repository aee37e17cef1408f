import { describe, expect, it } from 'vitest'
import {
  addRulesProblems,
  addRulesRequest,
  emptyRow,
  isPristine,
  presetRow,
  withCidr,
  type RuleRow,
} from './sg-add-form.ts'
import { presets } from './sg-rules.ts'

const row = (changes: Partial<RuleRow>): RuleRow => ({ ...emptyRow(), ...changes })
const ssh = presets.find((p) => p.id === 'ssh')
const ping = presets.find((p) => p.id === 'ping')

describe('the add-rules form', () => {
  it('sends every row in one call: CIDRs, a group of this account, a group of a peer account', () => {
    const request = addRulesRequest('sg-1', 'Inbound', {
      rules: [
        row({ fromPort: 22, toPort: 22, cidrs: '203.0.113.0/24,\n198.51.100.7/32' }),
        row({ protocol: '-1', sourceKind: 'group', groupId: 'sg-2' }),
        row({
          protocol: 'udp',
          fromPort: 53,
          toPort: 53,
          sourceKind: 'peer',
          peerAccount: '123456789012',
          peerGroup: 'dns',
        }),
      ],
    })
    expect(request).toEqual({
      SecurityGroupId: 'sg-1',
      Flow: 'Inbound',
      Rules: [
        {
          IpProtocol: 'tcp',
          FromPortRange: 22,
          ToPortRange: 22,
          IpRanges: ['203.0.113.0/24', '198.51.100.7/32'],
        },
        {
          IpProtocol: '-1',
          FromPortRange: -1,
          ToPortRange: -1,
          SecurityGroupsMembers: [{ SecurityGroupId: 'sg-2' }],
        },
        {
          IpProtocol: 'udp',
          FromPortRange: 53,
          ToPortRange: 53,
          SecurityGroupsMembers: [{ AccountId: '123456789012', SecurityGroupName: 'dns' }],
        },
      ],
    })
  })

  it('puts each problem on the field of its row', () => {
    const problems = addRulesProblems(
      {
        rules: [
          row({ fromPort: 80, toPort: 20, cidrs: '10.0.0.0' }),
          row({ protocol: 'number', number: '47', sourceKind: 'group' }),
          row({ protocol: 'icmp', fromPort: 300, toPort: -1, sourceKind: 'peer', peerAccount: '12' }),
        ],
      },
      false,
    )
    expect(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.id]))).toEqual({
      'rules.0.toPort': 'sg.rule.portOrder',
      'rules.0.cidrs': 'sg.rule.cidr',
      'rules.1.number': 'sg.rule.protocolNumberOutsideNet',
      'rules.1.groupId': 'sg.rule.groupMissing',
      'rules.2.fromPort': 'sg.rule.icmpType',
      'rules.2.peerGroup': 'sg.rule.groupMissing',
    })
    expect(addRulesProblems({ rules: [row({ fromPort: 22, toPort: 22 })] }, false)).toEqual({
      'rules.0.cidrs': { id: 'sg.rule.noSource' },
    })
  })

  it('lets a preset take over an untouched row, and adds "my IP" once', () => {
    expect(isPristine(emptyRow())).toBe(true)
    expect(isPristine(row({ cidrs: '10.0.0.0/8' }))).toBe(false)
    expect(ssh && presetRow(ssh)).toMatchObject({ protocol: 'tcp', fromPort: 22, toPort: 22 })
    expect(ping && presetRow(ping)).toMatchObject({ protocol: 'icmp', fromPort: 8, toPort: -1 })
    const mine = row({ cidrs: '10.0.0.0/8' })
    expect(withCidr(mine, '203.0.113.9/32')).toBe('10.0.0.0/8, 203.0.113.9/32')
    expect(withCidr(row({ cidrs: '203.0.113.9/32' }), '203.0.113.9/32')).toBe('203.0.113.9/32')
  })
})
