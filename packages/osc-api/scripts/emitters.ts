// Writing the contract's files from the spec: the types, the zod schemas, the catalogue, the secret fields and the
// explorer's request forms. Each function returns text; scripts/generate.ts writes it.
import { SPEC_VERSION } from '../src/pinned.ts'
import type { OperationInfo, RequestFieldKind } from '../src/catalogue-types.ts'
import { operationRow, verbOf } from '../src/catalogue-rows.ts'
import {
  loadCommittedProse,
  refName,
  requestObjectNames,
  type Operation,
  type RequestProse,
  type Schema,
  type Spec,
} from './spec.ts'
import { assertSecretsClassified, isSensitive, secretPaths } from './sensitivity.ts'

const quote = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name))

function tsType(s: Schema): string {
  if (s.$ref) return refName(s.$ref)
  if (s.oneOf) return [...new Set(s.oneOf.map(tsType))].join(' | ')
  let t: string
  if (s.enum) t = s.enum.map((v) => JSON.stringify(v)).join(' | ')
  else if (s.type === 'string') t = 'string'
  else if (s.type === 'integer' || s.type === 'number') t = 'number'
  else if (s.type === 'boolean') t = 'boolean'
  else if (s.type === 'array') t = `Array<${tsType(s.items ?? {})}>`
  else if (s.type === 'object' || s.properties) t = tsObject(s)
  else t = 'unknown'
  return s.nullable ? `${t} | null` : t
}

function tsObject(s: Schema, indent = ''): string {
  const props = Object.entries(s.properties ?? {})
  if (props.length === 0)
    return typeof s.additionalProperties === 'object'
      ? `Record<string, ${tsType(s.additionalProperties)}>`
      : 'Record<string, never>'
  const required = new Set(s.required ?? [])
  const lines = props.map(([k, v]) => `${indent}  ${quote(k)}${required.has(k) ? '' : '?'}: ${tsType(v)}`)
  return `{\n${lines.join('\n')}\n${indent}}`
}

function zodType(s: Schema): string {
  if (s.$ref) return `z.lazy(() => ${refName(s.$ref)})`
  if (s.oneOf) {
    const members = [...new Set(s.oneOf.map(zodType))]
    return members.length === 1 ? members[0]! : `z.union([${members.join(', ')}])`
  }
  let t: string
  if (s.enum)
    t = s.enum.every((v) => typeof v === 'string')
      ? `z.enum([${s.enum.map((v) => JSON.stringify(v)).join(', ')}])`
      : `z.literal([${s.enum.map((v) => JSON.stringify(v)).join(', ')}])`
  else if (s.type === 'string') {
    t = 'z.string()'
    if (s.pattern) t += `.regex(new RegExp(${JSON.stringify(s.pattern)}))`
    if (s.maxLength !== undefined) t += `.max(${s.maxLength})`
  } else if (s.type === 'integer') t = 'z.number().int()'
  else if (s.type === 'number') t = 'z.number()'
  else if (s.type === 'boolean') t = 'z.boolean()'
  else if (s.type === 'array') t = `z.array(${zodType(s.items ?? {})})`
  else if (s.type === 'object' || s.properties) t = zodObject(s)
  else t = 'z.unknown()'
  return s.nullable ? `${t}.nullable()` : t
}

function zodObject(s: Schema): string {
  const props = Object.entries(s.properties ?? {})
  if (props.length === 0 && typeof s.additionalProperties === 'object')
    return `z.record(z.string(), ${zodType(s.additionalProperties)})`
  const required = new Set(s.required ?? [])
  const lines = props.map(([k, v]) => `  ${quote(k)}: ${zodType(v)}${required.has(k) ? '' : '.optional()'},`)
  // additionalProperties is false on every object of the spec: unknown fields are refused.
  return `z.strictObject({\n${lines.join('\n')}\n})`
}

// ---- the catalogue ----------------------------------------------------------------------------------

const FAMILY_OVERRIDES: Record<string, string> = {
  ReadConsumptionAccount: 'consumption',
  ReadCO2EmissionAccount: 'consumption',
  ReadCatalog: 'catalog',
  ReadCatalogs: 'catalog',
  ReadUnitPrice: 'catalog',
  ReadPublicCatalog: 'catalog',
}

const kebabPlural = (tag: string) => {
  const kebab = tag.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
  if (/(s|x)$/.test(kebab)) return `${kebab}es`
  if (/[^aeiou]y$/.test(kebab)) return `${kebab.slice(0, -1)}ies`
  return `${kebab}s`
}

function catalogueEntry(spec: Spec, name: string, op: Operation) {
  const request = spec.components.schemas[`${name}Request`]!
  const props = request.properties ?? {}
  const verb = verbOf(name)
  const security = op.security ?? spec.security
  const auth =
    security.length === 0
      ? ['none']
      : security.map((s) => (Object.keys(s)[0] === 'BasicAuth' ? 'basic' : 'sigv4'))
  return {
    name,
    verb,
    family: FAMILY_OVERRIDES[name] ?? kebabPlural(op.tags?.[0] ?? name.slice(verb.length)),
    pagination:
      'NextPageToken' in props && 'ResultsPerPage' in props
        ? 'token'
        : 'FirstItem' in props
          ? 'firstItem'
          : 'none',
    clientToken: 'ClientToken' in props,
    dryRun: 'DryRun' in props,
    auth: [...new Set(auth)],
    sensitive: isSensitive(spec, name),
    mutating: !(verb === 'Read' || verb === 'Check'),
  }
}
// ---- the explorer's request forms ----------------------------------------------------------------------
//
// The explorer draws a form for any operation from its request schema. The browser has no zod (the SPA's build
// leaves it out) and no spec, so the generator writes the request side as a small table: every object a request is
// made of, its fields with their kind, the checks the spec allows (enum, pattern, maxLength, bounds) and the spec's
// descriptions as hints. The prose comes from spec/request-prose.json, extracted from the shared spec with the
// schema-only copy, so that regenerating from the committed files alone gives the same table.

/** A number's bounds, from its description: the spec writes them as prose ("between `1` and `1000`"). */
export function boundsOf(description: string | undefined): { min?: number; max?: number } {
  const match = description && /between `(-?\d+)` and `(-?\d+)`/.exec(description)
  return match ? { min: Number(match[1]), max: Number(match[2]) } : {}
}

function formKind(spec: Spec, s: Schema, description: string | undefined): RequestFieldKind {
  if (s.$ref) {
    const name = refName(s.$ref)
    const target = spec.components.schemas[name]!
    return target.properties || target.type === 'object'
      ? { type: 'object', name }
      : formKind(spec, target, description)
  }
  // The spec's only oneOf in requests is a date or a date-time: one string, either format.
  if (s.oneOf) {
    const kinds = s.oneOf.map((o) => formKind(spec, o, description))
    if (kinds.every((k) => k.type === 'string'))
      return { type: 'string', formats: s.oneOf.flatMap((o) => (o.format ? [o.format] : [])) }
    return { type: 'json' }
  }
  switch (s.type) {
    case 'string':
      return {
        type: 'string',
        ...(s.enum ? { enum: s.enum.map(String) } : {}),
        ...(s.pattern ? { pattern: s.pattern } : {}),
        ...(s.maxLength !== undefined ? { maxLength: s.maxLength } : {}),
        ...(s.format === 'date' || s.format === 'date-time' ? { formats: [s.format] } : {}),
      }
    case 'integer':
    case 'number':
      return { type: s.type, ...boundsOf(description) }
    case 'boolean':
      return { type: 'boolean' }
    case 'array':
      return { type: 'array', items: formKind(spec, s.items ?? {}, undefined) }
    case 'object':
      return typeof s.additionalProperties === 'object'
        ? { type: 'record', values: formKind(spec, s.additionalProperties, undefined) }
        : { type: 'json' }
    default:
      return { type: 'json' }
  }
}

function requestObjectEntry(spec: Spec, prose: RequestProse, name: string): string {
  const schema = spec.components.schemas[name]!
  const required = new Set(schema.required ?? [])
  const fields = Object.entries(schema.properties ?? {}).map(([field, s]) => {
    const description = prose.fields[name]?.[field]
    return {
      name: field,
      ...(required.has(field) ? { required: true } : {}),
      kind: formKind(spec, s, description),
      ...(description ? { description } : {}),
      ...(s.default !== undefined ? { default: s.default } : {}),
    }
  })
  return `  ${name}: ${JSON.stringify({ fields })},`
}

/**
 * One module per family (its calls' requests, every object they are made of, the calls' descriptions), so that a
 * form loads its family's table only, and an index that loads them.
 */
function requestFormsModules(
  spec: Spec,
  prose: RequestProse,
  entries: Array<{ name: string; family: string }>,
) {
  const families = new Map<string, string[]>()
  for (const { name, family } of entries) families.set(family, [...(families.get(family) ?? []), name])
  const header = HEADER('change the spec, spec/request-prose.json or the generator.')
  const files: Record<string, string> = {}
  for (const [family, actions] of [...families].sort(([a], [b]) => a.localeCompare(b)))
    files[`src/generated/request-forms/${family}.ts`] = [
      header,
      "import type { RequestForms } from '../../catalogue-types.ts'\n",
      "export const requestObjects: RequestForms['requestObjects'] = {",
      ...requestObjectNames(spec, actions).map((name) => requestObjectEntry(spec, prose, name)),
      '}\n',
      "export const operationDescriptions: RequestForms['operationDescriptions'] = {",
      ...actions.flatMap((n) =>
        prose.operations[n] ? [`  ${n}: ${JSON.stringify(prose.operations[n])},`] : [],
      ),
      '}\n',
    ].join('\n')
  files['src/generated/request-forms/index.ts'] = [
    header,
    "import type { RequestForms } from '../../catalogue-types.ts'\n",
    "export type { RequestField, RequestFieldKind, RequestForms, RequestObject } from '../../catalogue-types.ts'\n",
    "/** Each family's request table, by the catalogue's family: `await requestForms['vms']()`. */",
    'export const requestForms: Record<string, () => Promise<RequestForms>> = {',
    ...[...families.keys()]
      .sort()
      .map((family) => `  ${JSON.stringify(family)}: () => import('./${family}.ts'),`),
    '}\n',
  ].join('\n')
  return files
}

// ---- output -----------------------------------------------------------------------------------------

const HEADER = (what: string) =>
  `// Generated by scripts/generate.ts from spec/outscale.yaml (OUTSCALE API ${SPEC_VERSION}). Do not edit: ${what}\n`

export function generate(spec: Spec, prose: RequestProse = loadCommittedProse()): Record<string, string> {
  const schemas = spec.components.schemas
  const ops = Object.values(spec.paths)
    .map((p) => p.post)
    .sort((a, b) => a.operationId.localeCompare(b.operationId))
  const names = ops.map((o) => o.operationId)

  const types = [HEADER('change the spec or the generator.')]
  for (const [name, schema] of Object.entries(schemas)) {
    types.push(
      schema.type === 'object' || schema.properties
        ? `export interface ${name} ${tsObject(schema)}\n`
        : `export type ${name} = ${tsType(schema)}\n`,
    )
  }
  types.push('export interface Actions {')
  for (const n of names) types.push(`  ${n}: { request: ${n}Request; response: ${n}Response }`)
  types.push('}\n')

  const zod = [
    HEADER('change the spec or the generator.'),
    "import { z } from 'zod'",
    "import type * as T from './types.ts'\n",
  ]
  for (const [name, schema] of Object.entries(schemas)) {
    // Cast, not annotate: tsc would otherwise compare 650 deep types on every typecheck of every package.
    zod.push(`export const ${name} = ${zodType(schema)} as unknown as z.ZodType<T.${name}>\n`)
  }

  assertSecretsClassified(spec)
  const entries = ops.map((op) => catalogueEntry(spec, op.operationId, op))
  const catalogue = [
    HEADER('change the spec or the generator.'),
    "import type { OperationInfo } from '../catalogue-types.ts'",
    "import { operationsFromRows } from '../catalogue-rows.ts'\n",
    `export const actionNames = ${JSON.stringify(names, null, 2)} as const\n`,
    'export type ActionName = (typeof actionNames)[number]\n',
    '// One row per operation, in the order of actionNames: family,pagination,flags,auth (see catalogue-rows.ts).',
    'export const catalogue: Record<ActionName, OperationInfo> = operationsFromRows(',
    '  actionNames,',
    `  ${JSON.stringify(entries.map((e) => operationRow(e as OperationInfo)).join(';'))},`,
    ')\n',
  ]
  // The schemas live in a module of their own so that a browser bundle reading only the catalogue leaves zod out.
  const requestResponse = [
    HEADER('change the spec or the generator.'),
    "import * as S from './zod.ts'\n",
    'export const requestSchemas = {',
    ...names.map((n) => `  ${n}: S.${n}Request,`),
    '} as const\n',
    'export const responseSchemas = {',
    ...names.map((n) => `  ${n}: S.${n}Response,`),
    '} as const\n',
  ]
  const secrets = [
    HEADER('change SECRET_FIELDS in the generator.'),
    "import type { ActionName } from './catalogue.ts'\n",
    '/** Per operation, the paths of the secret fields of its request and of its answer (`Vms[].UserData`). */',
    'export const secretFields: Partial<Record<ActionName, { request: string[]; response: string[] }>> = {',
    ...ops.flatMap((op) => {
      const n = op.operationId
      const request = secretPaths(spec, schemas[`${n}Request`]!)
      const response = secretPaths(spec, schemas[`${n}Response`]!)
      return request.length || response.length ? [`  ${n}: ${JSON.stringify({ request, response })},`] : []
    }),
    '}\n',
  ]
  return {
    'src/generated/types.ts': types.join('\n'),
    'src/generated/secrets.ts': secrets.join('\n'),
    'src/generated/zod.ts': zod.join('\n'),
    'src/generated/catalogue.ts': catalogue.join('\n'),
    'src/generated/schemas.ts': requestResponse.join('\n'),
    ...requestFormsModules(spec, prose, entries),
  }
}
