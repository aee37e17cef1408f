import { describe, expect, it } from 'vitest'
import { nameTagCommands, nameTagProblem, nameTagRequest } from './name-tag.ts'

describe('a create form’s name as a Name tag', () => {
  it('tags the new resource with the trimmed name', () => {
    expect(nameTagRequest('vpc-1', '  prod ')).toEqual({
      ResourceIds: ['vpc-1'],
      Tags: [{ Key: 'Name', Value: 'prod' }],
    })
  })

  it('shows no tag call without a name, and one with the placeholder id otherwise', () => {
    expect(nameTagCommands(' ', '<new Net id>')).toEqual([])
    expect(nameTagCommands('prod', '<new Net id>')[0]?.params.ResourceIds).toEqual(['<new Net id>'])
  })

  it('refuses a name longer than a tag value may be', () => {
    expect(nameTagProblem('x'.repeat(255))).toBeUndefined()
    expect(nameTagProblem('x'.repeat(256))?.id).toBe('forms.nameTag.length')
  })
})
