import { describe, expect, it } from 'vitest'
import { cidrProblem, duplicateTagProblem, portRangeProblem } from './validators.ts'

describe('the checks forms share', () => {
  it('takes an IPv4 range in CIDR notation and refuses anything else', () => {
    for (const ok of ['10.0.0.0/16', '0.0.0.0/0', '192.168.1.7/32', ' 172.16.0.0/12 '])
      expect(cidrProblem(ok)).toBeUndefined()
    for (const bad of ['10.0.0.0', '10.0.0.256/16', '10.0.0.0/33', '10.0.0/16', 'fd00::/8', ''])
      expect(cidrProblem(bad)).toEqual({ id: 'forms.cidr.invalid' })
  })

  it('takes ports 0 to 65535 in order, and refuses an emptied or reversed range', () => {
    expect(portRangeProblem({ from: 22, to: 22 })).toBeUndefined()
    expect(portRangeProblem({ from: 0, to: 65535 })).toBeUndefined()
    for (const bad of [
      { from: 443, to: 80 },
      { from: -1, to: 10 },
      { from: 1, to: 65536 },
      { from: Number.NaN, to: 80 },
      { from: 1.5, to: 80 },
    ])
      expect(portRangeProblem(bad)).toEqual({ id: 'forms.portRange.invalid' })
  })

  it('names a tag key given twice, ignoring empty rows and spaces around keys', () => {
    expect(
      duplicateTagProblem([
        { Key: 'env', Value: 'a' },
        { Key: '', Value: '' },
        { Key: '', Value: '' },
      ]),
    ).toBeUndefined()
    expect(
      duplicateTagProblem([
        { Key: 'env', Value: 'a' },
        { Key: ' env ', Value: 'b' },
      ]),
    ).toEqual({
      id: 'forms.tags.duplicate',
      values: { key: 'env' },
    })
  })
})
