import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { boundsOf, generate } from '../scripts/emitters.ts'
import { specFromShared } from '../scripts/generate.ts'
import { loadCommittedSpec, plainProse, proseFromShared } from '../scripts/spec.ts'
import { SPEC_VERSION } from '../src/pinned.ts'

const pkg = join(import.meta.dirname, '..')
const shared = join(pkg, '..', '..', '..', 'shared', 'oapi', 'outscale.yaml')

describe('the generated contract', () => {
  it('is what the generator makes of the committed spec (regenerating produces no diff)', () => {
    for (const [file, text] of Object.entries(generate(loadCommittedSpec())))
      expect(readFileSync(join(pkg, file), 'utf8'), file).toBe(text)
  })

  it('comes from the pinned version of the spec', () => {
    expect((loadCommittedSpec().info as { version: string }).version).toBe(SPEC_VERSION)
  })

  it.runIf(existsSync(shared))('keeps a schema-only copy of the shared spec: no prose, every schema', () => {
    const committed = readFileSync(join(pkg, 'spec', 'outscale.yaml'), 'utf8')
    expect(committed).toBe(specFromShared(shared))
    expect(committed).not.toMatch(/^\s+description:/m)
    const full = parse(readFileSync(shared, 'utf8')) as { components: { schemas: object } }
    expect(Object.keys(loadCommittedSpec().components.schemas)).toEqual(Object.keys(full.components.schemas))
  })

  it.runIf(existsSync(shared))('keeps the prose the explorer shows, extracted from the shared spec', () => {
    expect(readFileSync(join(pkg, 'spec', 'request-prose.json'), 'utf8')).toBe(proseFromShared(shared))
  })
})

describe('the prose of the explorer', () => {
  it('reads as plain text: line breaks for <br />, bullets for <li>, Markdown pipes unescaped', () => {
    expect(plainProse('One.<br />\nTwo <br/>`a` \\| `b`<ul><li>three</li></ul>')).toBe(
      'One.\nTwo\n`a` | `b`\n• three',
    )
  })

  it('finds a number’s bounds in its description, which the spec does not state otherwise', () => {
    expect(boundsOf('The number of items (between `1` and `1000`, both included).')).toEqual({
      min: 1,
      max: 1000,
    })
    expect(boundsOf('The size of the volume, in gibibytes.')).toEqual({})
  })
})
