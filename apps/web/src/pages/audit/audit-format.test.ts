import { describe, expect, it } from 'vitest'
import { formatParams, personLabel } from './audit-format.ts'

describe('how an audit record reads', () => {
  it('names a person by name, then email, then subject', () => {
    expect(personLabel({ name: 'Alice Martin', email: 'a@example.com', subject: 's1' })).toBe('Alice Martin')
    expect(personLabel({ email: 'a@example.com', subject: 's1' })).toBe('a@example.com')
    expect(personLabel({ subject: 's1' })).toBe('s1')
    expect(personLabel({})).toBe('')
  })

  it('indents the parameter digest, and shows a cut digest as it was kept', () => {
    expect(formatParams('{"VmIds":["i-1"]}')).toBe('{\n  "VmIds": [\n    "i-1"\n  ]\n}')
    expect(formatParams('{"VmIds":["i-1"…')).toBe('{"VmIds":["i-1"…')
  })
})
