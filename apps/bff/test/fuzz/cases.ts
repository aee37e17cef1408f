// The fuzz cases: one table of generators, each turning a seeded random source into one hostile request. The same
// (seed, index) always gives the same request, so any failure can be replayed alone with --seed and --case.
import type { ActionName } from '@osc-console/osc-api'
import { sampleRequest } from '@osc-console/sim'
import { Rng } from './probe.ts'
import type { Probe, FuzzCase } from './probe.ts'
import {
  fieldsOf,
  ACTIONS,
  sample,
  longText,
  STRINGS,
  NUMBERS,
  hostileValue,
  wrongType,
  json,
  mutateField,
  hugeArrays,
  nested,
} from './hostile.ts'

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
        // The console's own reads: a query that is not what they expect is refused, never half-answered.
        ...['/api/cost-by-tag', '/api/cost-by-tag/daily', '/api/top-resources', '/api/run-rate'].map(
          (path) => ({
            method: 'GET' as const,
            path: {
              bff: `${path}?account=${r.pick(['demo-eu', bad()])}&key=${bad()}&from=${bad()}&to=${bad()}`,
            },
          }),
        ),
        { method: 'GET', path: { bff: `/api/quota-trend/${r.pick(['demo-eu', bad()])}?days=${bad()}` } },
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
