import { describe, expect, it } from 'vitest'
import { imageCan, imageNameProblem } from './image-rules.ts'

describe('image rules', () => {
  it('takes the names OUTSCALE takes, unique among the account’s own images', () => {
    expect(imageNameProblem('web (v2)/base_1.0-rc', [])).toBeUndefined()
    expect(imageNameProblem('ab', [])?.id).toBe('images.form.nameFormat')
    expect(imageNameProblem('web:latest', [])?.id).toBe('images.form.nameFormat')
    expect(imageNameProblem('web', ['web'])?.id).toBe('images.form.nameTaken')
  })

  it('never shares or deregisters an image of OUTSCALE’s catalogue, and shares or copies only available images', () => {
    const catalogue = { AccountAlias: 'Outscale', State: 'available' }
    expect(imageCan.deregister(catalogue)).toMatchObject({
      allowed: false,
      reason: { id: 'images.rule.catalogue' },
    })
    expect(imageCan.share(catalogue).allowed).toBe(false)
    expect(imageCan.copy(catalogue).allowed).toBe(true)
    const mine = { AccountAlias: '', State: 'pending' }
    expect(imageCan.deregister(mine).allowed).toBe(true)
    expect(imageCan.share(mine)).toMatchObject({ allowed: false, reason: { id: 'images.rule.notAvailable' } })
  })

  it('exports only the account’s own images, once available', () => {
    expect(imageCan.export({ AccountAlias: 'Outscale', State: 'available' })).toMatchObject({
      allowed: false,
      reason: { id: 'images.rule.catalogue' },
    })
    expect(imageCan.export({ AccountAlias: '', State: 'pending' })).toMatchObject({
      reason: { id: 'images.rule.notAvailable' },
    })
    expect(imageCan.export({ AccountAlias: '', State: 'available' }).allowed).toBe(true)
  })
})
