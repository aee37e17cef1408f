// The fuzz cases: one table of generators, each turning a seeded random source into one hostile request. The same
// (seed, index) always gives the same request, so any failure can be replayed alone with --seed and --case.
import { actionNames, requestSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import { sampleRequest } from '@osc-console/sim'

export type Target = 'sim' | 'bff'

/** One request, described once for both targets; each target fills in its own path, signature and headers. */
export interface Probe {
  method: string
  action: string
  /** The body exactly as sent; undefined sends none. */
  body?: string | Buffer
  /** undefined: application/json; null: no Content-Type header at all. */
  contentType?: string | null
  headers?: Record<string, string>
  /** A raw path that replaces the target's usual one (`/api/v1/<Action>`, `/api/osc/demo-eu/<Action>`). */
  path?: Partial<Record<Target, string>>
  /** Send to this target only. */
  only?: Target
  /** Sim only: leave the request unsigned (the case is about what the signature check does with it). */
  unsigned?: boolean
}

export interface FuzzCase {
  name: string
  /** How often the case is drawn, relative to the others. */
  weight: number
  /** Why the short run inside `npm test` leaves the case out, when it does. */
  notInShortRun?: string
  make(r: Rng): Probe
}

export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0 || 1
  }
  /** mulberry32 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** The random source of probe `index` in the run of `seed`. */
export const rngFor = (seed: number, index: number) =>
  new Rng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ index)

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
function fieldsOf(action: ActionName): Array<{ name: string; def: ZodDef }> {
  const def = (requestSchemas[action] as unknown as { _zod: { def: ZodDef } })._zod.def
  return Object.entries(kindOf(def).shape ?? {}).map(([name, s]) => ({ name, def: kindOf(s._zod.def) }))
}

const ACTIONS = actionNames as readonly ActionName[]
// Reads are where the console spends its time; they are drawn as often as every other action together.
const READS = ACTIONS.filter((a) => a.startsWith('Read'))

function sample(r: Rng): { action: ActionName; body: Record<string, unknown> } {
  const action = r.chance(0.5) ? r.pick(READS) : r.pick(ACTIONS)
  return { action, body: sampleRequest(action) }
}

// ── hostile values ──

const longText = (r: Rng, min: number, max: number) =>
  r.pick(['x', 'é', '🙂', 'a\u0000']).repeat(r.int(min, max))

const STRINGS = [
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
const NUMBERS = [-1, -0, 0.5, 1e308, -1e308, 2 ** 31, 2 ** 32, 2 ** 53 + 1, -(2 ** 63), 4294967296, 1e21]

function hostileValue(r: Rng): unknown {
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
function wrongType(r: Rng, def: ZodDef): unknown {
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

const json = (action: string, body: unknown, extra: Partial<Probe> = {}): Probe => ({
  method: 'POST',
  action,
  body: JSON.stringify(body),
  ...extra,
})

function mutateField(r: Rng, value: (r: Rng, def: ZodDef) => unknown): Probe {
  const { action, body } = sample(r)
  const fields = fieldsOf(action)
  const field = fields.length ? r.pick(fields) : { name: 'DryRun', def: { type: 'boolean' } }
  body[field.name] = value(r, field.def)
  return json(action, body)
}

function hugeArrays(r: Rng): Probe {
  const { action, body } = sample(r)
  const items = Array.from({ length: r.int(1_000, 60_000) }, (_, i) => r.pick([`i-${i}`, i, null, 'x']))
  const field = r.pick(['Filters', ...fieldsOf(action).map((f) => f.name)])
  body[field] = field === 'Filters' ? { [r.pick(['VmIds', 'TagKeys', 'Tags', 'States'])]: items } : items
  return json(action, body)
}

function nested(depth: number, open: string, close: string): string {
  return open.repeat(depth) + close.repeat(depth)
}

export const CASES: FuzzCase[] = [
  { name: 'wrong JSON types', weight: 4, make: (r) => mutateField(r, wrongType) },
  {
    name: 'hostile values',
    weight: 4,
    make: (r) => mutateField(r, (rr) => hostileValue(rr)),
  },
  {
    name: 'truncated JSON',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      const text = JSON.stringify({ ...body, Filters: { VmIds: ['i-12345678'], TagKeys: ['x'] } })
      return { method: 'POST', action, body: text.slice(0, r.int(0, text.length - 1)) }
    },
  },
  {
    name: 'huge strings',
    weight: 1,
    make: (r) => mutateField(r, (rr) => longText(rr, 20_000, 300_000)),
  },
  { name: 'huge arrays', weight: 1, make: (r) => ({ ...hugeArrays(r), only: 'sim' }) },
  {
    name: 'huge arrays (console)',
    weight: 1,
    // The console once listed one issue per invalid item: a 60,000-item array answered a 1.5 MB error body.
    make: (r) => ({ ...hugeArrays(r), only: 'bff' }),
  },
  {
    name: 'deep nesting',
    weight: 1,
    make: (r) => {
      const { action } = sample(r)
      const depth = r.pick([64, 1_000, 10_000, 100_000, 400_000])
      const inner = r.chance(0.5) ? nested(depth, '[', ']') : nested(depth, '{"a":', '}').replace(/:}/, ':1}')
      return { method: 'POST', action, body: `{"Filters":${inner}}` }
    },
  },
  {
    name: 'unknown fields',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      for (let i = r.int(1, 50); i > 0; i--) body[r.pick(STRINGS) + String(i)] = hostileValue(r)
      return json(action, body)
    },
  },
  {
    name: 'invalid enums',
    weight: 2,
    make: (r) => {
      const withEnum = ACTIONS.flatMap((a) =>
        fieldsOf(a)
          .filter((f) => f.def.type === 'enum' || /State|Type|Mode|Performance|Protocol|Flow/.test(f.name))
          .map((f) => ({ action: a, field: f.name })),
      )
      const { action, field } = r.pick(withEnum)
      return json(action, {
        ...sampleRequest(action),
        [field]: r.pick(['', 'UNKNOWN', 'running ', 'Highest', 'tcp\u0000', longText(r, 100, 1_000)]),
      })
    },
  },
  {
    name: 'negative and huge numbers',
    weight: 3,
    make: (r) => {
      const numeric = ACTIONS.flatMap((a) =>
        fieldsOf(a)
          .filter((f) => f.def.type === 'number' || f.def.type === 'int')
          .map((f) => ({ action: a, field: f.name })),
      )
      const { action, field } = r.chance(0.3)
        ? r.pick([
            { action: 'CreateVms', field: 'MaxVmsCount' },
            { action: 'CreateVms', field: 'MinVmsCount' },
            { action: 'ReadVms', field: 'ResultsPerPage' },
            { action: 'ReadApiLogs', field: 'ResultsPerPage' },
          ])
        : r.pick(numeric)
      const body = { ...sampleRequest(action as ActionName), [field]: r.pick(NUMBERS) }
      // JSON.stringify cannot write these; the text can.
      const text = JSON.stringify(body).replace(/:1e\+21/, r.pick([':1e999', ':-1e999', ':1e21', ':-0.0e-0']))
      return { method: 'POST', action, body: text }
    },
  },
  {
    name: 'unicode and NUL bytes',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      const bytes = r.pick([
        Buffer.from([0xc0, 0x80]), // overlong NUL
        Buffer.from([0xed, 0xa0, 0x80]), // a lone surrogate, encoded
        Buffer.from([0xff, 0xfe]),
        Buffer.from([0x00]),
        Buffer.from('\u0000\u0001\u001f\u007f\u2028\u2029'),
      ])
      const text = JSON.stringify({ ...body, Tag: '@' })
      const at = text.lastIndexOf('@')
      const raw = Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at + 1))])
      // A UTF-8 byte-order mark before the JSON, now and then.
      const withBom = r.chance(0.2) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), raw]) : raw
      return { method: 'POST', action, body: withBom }
    },
  },
  {
    name: '__proto__ and constructor keys',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      const inner = JSON.stringify(body).slice(1, -1)
      const pollution = r.pick([
        '"__proto__":{"DryRun":true,"isAdmin":true}',
        '"constructor":{"prototype":{"polluted":1}}',
        '"Filters":{"__proto__":{"VmIds":["i-12345678"]}}',
        '"__proto__":null',
        '"prototype":{}',
        '"hasOwnProperty":1',
        '"toString":"x"',
      ])
      return { method: 'POST', action, body: `{${inner}${inner ? ',' : ''}${pollution}}` }
    },
  },
  {
    name: 'wrong or missing content type',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      return json(action, body, {
        contentType: r.pick([
          null,
          '',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/xml',
          'application/json, text/html',
          '*/*',
          ';;;',
        ]),
      })
    },
  },
  {
    name: 'oversized bodies',
    weight: 0.3,
    make: (r) => {
      const { action } = sample(r)
      const size = r.pick([1024 * 1024 + 1, 2 * 1024 * 1024, 5 * 1024 * 1024])
      return { method: 'POST', action, body: `{"Tag":"${'x'.repeat(size)}"}` }
    },
  },
  {
    name: 'malformed paths',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      // Bad percent-encoding goes to the simulator here, to the console in "malformed paths (console routes)".
      const badEncoding = r.pick([`Read%ZZVms`, `%`, `${action}%`, `${action}%E0%A4%A`, `${action}%C0%AF`])
      if (r.chance(0.3)) return json(action, body, { only: 'sim', path: { sim: `/api/v1/${badEncoding}` } })
      const tail = r.pick([
        `${action}%00`,
        `${action}%2F..%2F..%2F_sim%2Freset`,
        `${action}/../../_sim/reset`,
        `${action}?${'a=1&'.repeat(2_000)}`,
        `${'A'.repeat(r.int(200, 6_000))}`,
        `${encodeURIComponent('🙂')}${action}`,
        `.${action}`,
      ])
      return json(action, body, {
        path: { sim: `/api/v1/${tail}`, bff: `/api/osc/demo-eu/${tail}` },
      })
    },
  },
  {
    name: 'malformed paths (console routes)',
    weight: 1,
    // The console once answered a path with bad percent-encoding 500 "the console failed" instead of 400.
    make: (r) => ({
      method: r.pick(['GET', 'POST']),
      action: 'ReadVms',
      body: '{}',
      only: 'bff',
      path: {
        bff: r.pick([
          '/api/osc/demo-eu/Read%ZZVms',
          '/api/osc/%ZZ/ReadVms',
          '/api/operations/%ZZ',
          '/api/operations/%E0%A4%A',
          '/auth/%ZZ',
          '/api/audit/%',
        ]),
      },
    }),
  },
  {
    name: 'malformed headers',
    weight: 2,
    make: (r) => {
      const { action, body } = sample(r)
      const headers = r.pick<Record<string, string>>([
        // A key id nobody holds: bad signatures must not lock the demo key the other cases sign with.
        { Authorization: 'AWS4-HMAC-SHA256 Credential=AKFUZZ0000000000000/x' },
        {
          Authorization:
            'OSC4-HMAC-SHA256 Credential=AKFUZZ0000000000000/20200101/eu-west-2/api/osc4_request',
        },
        { Authorization: 'Basic ' + Buffer.from('\u0000:\u0000').toString('base64') },
        { Authorization: 'Basic %%%' },
        { Authorization: 'Bearer ' + 'x'.repeat(8_000) },
        { Authorization: '' },
        { 'X-Amz-Date': 'not-a-date' },
        { 'X-Osc-Date': '99999999T999999Z' },
        { 'X-Fuzz': 'x'.repeat(r.int(1_000, 12_000)) },
        { 'Content-Encoding': 'gzip' },
        { 'Content-Encoding': 'br, identity, x-fuzz' },
        { Accept: '\u00ff\u00fe' },
        { 'Sec-Fetch-Site': 'cross-site' },
        { Origin: 'null' },
        { 'X-Requested-With': '' },
        { Cookie: 'osc_session=' + 'A'.repeat(4_000) },
        { Cookie: '=;;;==%ZZ' },
        { 'X-Forwarded-For': '999.999.999.999, , ::ffff:zz' },
      ])
      const unsigned = 'Authorization' in headers || 'X-Amz-Date' in headers || 'X-Osc-Date' in headers
      return json(action, body, { headers, unsigned })
    },
  },
  {
    name: 'wrong methods',
    weight: 1,
    make: (r) => {
      const { action, body } = sample(r)
      return json(action, body, { method: r.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) })
    },
  },
  {
    name: 'unknown actions',
    weight: 1,
    make: (r) =>
      json(
        r.pick(['readVms', 'READVMS', 'ReadVms2', 'Read', '_sim', 'constructor', '__proto__', 'toString']),
        {},
      ),
  },
  {
    name: 'console routes',
    weight: 3,
    make: (r) => {
      // Every byte percent-encoded (a lone surrogate becomes U+FFFD's bytes, as a browser would send it).
      const bad = () =>
        [...Buffer.from(String(hostileValue(r)))].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
      const route = r.pick<Pick<Probe, 'method' | 'body' | 'path'>>([
        { method: 'GET', path: { bff: `/api/audit?limit=${r.pick(['-1', '1e9', 'x', '0', ''])}` } },
        { method: 'GET', path: { bff: `/api/audit?from=${bad()}&to=${bad()}&cursor=${bad()}` } },
        { method: 'GET', path: { bff: `/api/audit?account=${bad()}&action=${bad()}&person=${bad()}` } },
        { method: 'GET', path: { bff: `/api/operations?limit=${bad()}&account=${bad()}` } },
        { method: 'GET', path: { bff: `/api/operations/${bad()}` } },
        { method: 'GET', path: { bff: `/api/me?${bad()}=${bad()}` } },
        { method: 'GET', path: { bff: `/auth/login?returnTo=${bad()}` } },
        { method: 'GET', path: { bff: `/auth/callback?code=${bad()}&state=${bad()}` } },
        { method: 'POST', path: { bff: '/auth/logout' }, body: JSON.stringify(hostileValue(r)) },
        {
          method: 'POST',
          path: { bff: '/api/operations' },
          body: JSON.stringify({
            account: r.pick(['demo-eu', 'nope', hostileValue(r)]),
            action: r.pick(['StopVms', 'DeleteVolume', 'ReadVms', hostileValue(r)]),
            items: r.pick([
              [],
              [{ resourceId: hostileValue(r), params: hostileValue(r) }],
              Array.from({ length: r.int(100, 5_000) }, (_, i) => ({ resourceId: `i-${i}`, params: {} })),
              hostileValue(r),
            ]),
            concurrency: r.pick([-1, 0, 1e9, 'x', 2.5]),
          }),
        },
        { method: 'POST', path: { bff: '/api/osc/nope/ReadVms' }, body: '{}' },
        { method: 'POST', path: { bff: `/api/osc/${bad()}/${bad()}` }, body: '{}' },
      ])
      return { action: 'ReadVms', only: 'bff', ...route }
    },
  },
]

const TOTAL_WEIGHT = CASES.reduce((n, c) => n + c.weight, 0)

/** Draws a case by weight, then its request; both from the same random source. */
export function draw(r: Rng, cases: readonly FuzzCase[] = CASES): { fuzzCase: FuzzCase; probe: Probe } {
  const total = cases === CASES ? TOTAL_WEIGHT : cases.reduce((n, c) => n + c.weight, 0)
  let x = r.next() * total
  for (const fuzzCase of cases) {
    x -= fuzzCase.weight
    if (x <= 0) return { fuzzCase, probe: fuzzCase.make(r) }
  }
  const last = cases[cases.length - 1]!
  return { fuzzCase: last, probe: last.make(r) }
}
