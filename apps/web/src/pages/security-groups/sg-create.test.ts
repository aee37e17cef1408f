import { describe, expect, it } from 'vitest'
import {
  createGroupRequest,
  descriptionProblem,
  groupNameProblem,
  presetRulesRequest,
  presetSourcesProblem,
  type CreateGroupForm,
} from './sg-create.ts'

const form = (changes: Partial<CreateGroupForm>): CreateGroupForm => ({
  name: 'a',
  description: 'b',
  netId: '',
  presets: [],
  presetSources: '',
  ...changes,
})

describe('a new security group', () => {
  it('refuses the names the API refuses, and one already used in the same place', () => {
    expect(groupNameProblem('web-front', [])).toBeUndefined()
    expect(groupNameProblem('  ', [])?.id).toBe('sg.create.nameLength')
    expect(groupNameProblem('x'.repeat(256), [])?.id).toBe('sg.create.nameLength')
    expect(groupNameProblem('sg-web', [])?.id).toBe('sg.create.namePrefix')
    expect(groupNameProblem('web<1>', [])?.id).toBe('sg.create.nameChars')
    expect(groupNameProblem('web-front', ['web-front'])).toEqual({
      id: 'sg.create.nameTaken',
      values: { name: 'web-front' },
    })
  })

  it('takes accented letters in a description but not other symbols', () => {
    expect(descriptionProblem('Serveurs répartis (prod)')).toBeUndefined()
    expect(descriptionProblem('')?.id).toBe('sg.create.descriptionLength')
    expect(descriptionProblem('web "front"')?.id).toBe('sg.create.descriptionChars')
  })

  it('sends the Net only when one is chosen', () => {
    expect(createGroupRequest(form({ name: ' a ', description: ' b ' }))).toEqual({
      SecurityGroupName: 'a',
      Description: 'b',
    })
    expect(createGroupRequest(form({ netId: 'vpc-1' })).NetId).toBe('vpc-1')
  })

  it('adds the chosen presets in one call once the group exists, from sources that must be IP ranges', () => {
    expect(presetRulesRequest('sg-1', form({}))).toBeUndefined()
    expect(presetSourcesProblem(form({}))).toBeUndefined()
    expect(presetSourcesProblem(form({ presets: ['ssh'] }))).toEqual({ id: 'sg.rule.noSource' })
    expect(presetSourcesProblem(form({ presets: ['ssh'], presetSources: '10.0.0.0' }))?.id).toBe(
      'sg.rule.cidr',
    )
    const values = form({ presets: ['https', 'ssh'], presetSources: '203.0.113.9/32, 10.0.0.0/8' })
    expect(presetSourcesProblem(values)).toBeUndefined()
    expect(presetRulesRequest('sg-1', values)).toEqual({
      SecurityGroupId: 'sg-1',
      Flow: 'Inbound',
      Rules: [
        { IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['203.0.113.9/32', '10.0.0.0/8'] },
        {
          IpProtocol: 'tcp',
          FromPortRange: 443,
          ToPortRange: 443,
          IpRanges: ['203.0.113.9/32', '10.0.0.0/8'],
        },
      ],
    })
  })
})
