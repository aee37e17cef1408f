import { describe, expect, it } from 'vitest'
import { createGroupRequest, descriptionProblem, groupNameProblem } from './sg-create.ts'

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
    expect(createGroupRequest({ name: ' a ', description: ' b ', netId: '' })).toEqual({
      SecurityGroupName: 'a',
      Description: 'b',
    })
    expect(createGroupRequest({ name: 'a', description: 'b', netId: 'vpc-1' }).NetId).toBe('vpc-1')
  })
})
