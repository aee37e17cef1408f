// Hostile requests drawn from the contract: each field's zod definition, values no API should accept, and the
// request shapes (a field set wrong, huge arrays, deep nesting) the case table combines.
import { actionNames, requestSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import { sampleRequest } from '@osc-console/sim'
import { Rng } from './probe.ts'
import type { Probe } from './probe.ts'

// ── the contract, read from its zod schemas ──

interface ZodDef {
  type: string
  shape?: Record<string, { _zod: { def: ZodDef } }>
  innerType?: { _zod: { def: ZodDef } }
  getter?: () => { _zod: { def: ZodDef } }
  entries?: Record<string, string>
}

function kindOf(def: ZodDef): ZodDef {
  let d = def
  for (let i = 0; i < 10; i++) {
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
      d = d.innerType._zod.def
    else if (d.type === 'lazy' && d.getter) d = d.getter()._zod.def
    else break
  }
  return d
}

/** Every top-level request field of an action with its zod kind (string, number, array, enum, object…). */
export function fieldsOf(action: ActionName): Array<{ name: string; def: ZodDef }> {
  const def = (requestSchemas[action] as unknown as { _zod: { def: ZodDef } })._zod.def
  return Object.entries(kindOf(def).shape ?? {}).map(([name, s]) => ({ name, def: kindOf(s._zod.def) }))
}

export const ACTIONS = actionNames as readonly ActionName[]
// Reads are where the console spends its time; they are drawn as often as every other action together.
const READS = ACTIONS.filter((a) => a.startsWith('Read'))

export function sample(r: Rng): { action: ActionName; body: Record<string, unknown> } {
  const action = r.chance(0.5) ? r.pick(READS) : r.pick(ACTIONS)
  return { action, body: sampleRequest(action) }
}

// ── hostile values ──

export const longText = (r: Rng, min: number, max: number) =>
  r.pick(['x', 'é', '🙂', 'a\u0000']).repeat(r.int(min, max))

export const STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '🙂🙂🙂',
  '%ZZ',
  '%00',
  '../../_sim/reset',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${process.exit()}',
  'NaN',
  'Infinity',
  '2020-13-45',
  '1e309',
  'i-00000000',
  'vol-zzzz',
  'sim:fail=500',
  '__proto__',
  'constructor',
]
export const NUMBERS = [
  -1,
  -0,
  0.5,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 32,
  2 ** 53 + 1,
  -(2 ** 63),
  4294967296,
  1e21,
]

export function hostileValue(r: Rng): unknown {
  switch (r.int(0, 6)) {
    case 0:
      return r.pick(STRINGS)
    case 1:
      return r.pick(NUMBERS)
    case 2:
      return r.pick([null, true, false, [], {}, [null], [[]], [{}]])
    case 3:
      return longText(r, 256, 5_000)
    case 4:
      return [r.pick(STRINGS), r.pick(NUMBERS)]
    case 5:
      return { [r.pick(STRINGS)]: r.pick(STRINGS) }
    default:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')
  }
}

/** A value of another JSON type than the field's. */
export function wrongType(r: Rng, def: ZodDef): unknown {
  const byKind: Record<string, unknown[]> = {
    string: [1, true, null, [], {}, ['x']],
    number: ['1', true, null, [], {}, '1e3', 1.5],
    int: ['1', true, null, [], {}, 1.5],
    boolean: ['true', 1, 0, null, [], {}],
    array: ['x', 1, true, null, {}, [[[]]]],
    object: ['x', 1, true, null, [], [{}]],
    enum: [1, true, null, [], {}],
  }
  return r.pick(byKind[def.type] ?? [null, 1, 'x', [], {}])
}

// ── requests ──

export const json = (action: string, body: unknown, extra: Partial<Probe> = {}): Probe => ({
  method: 'POST',
  action,
  body: JSON.stringify(body),
  ...extra,
})

export function mutateField(r: Rng, value: (r: Rng, def: ZodDef) => unknown): Probe {
  const { action, body } = sample(r)
  const fields = fieldsOf(action)
  const field = fields.length ? r.pick(fields) : { name: 'DryRun', def: { type: 'boolean' } }
  body[field.name] = value(r, field.def)
  return json(action, body)
}

export function hugeArrays(r: Rng): Probe {
  const { action, body } = sample(r)
  const items = Array.from({ length: r.int(1_000, 60_000) }, (_, i) => r.pick([`i-${i}`, i, null, 'x']))
  const field = r.pick(['Filters', ...fieldsOf(action).map((f) => f.name)])
  body[field] = field === 'Filters' ? { [r.pick(['VmIds', 'TagKeys', 'Tags', 'States'])]: items } : items
  return json(action, body)
}

export function nested(depth: number, open: string, close: string): string {
  return open.repeat(depth) + close.repeat(depth)
}
