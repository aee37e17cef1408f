// Generates the contract from the OUTSCALE OpenAPI description:
//   spec/outscale.yaml          schema-only copy (no prose), committed, the input of every later step
//   src/generated/types.ts      a TypeScript type per schema, Request/Response per operation, the Actions map
//   src/generated/zod.ts        a strict zod schema per schema
//   src/generated/catalogue.ts  one entry per operation: verb, family, pagination, ClientToken, DryRun, auth, sensitive
//   src/generated/request-forms/  per family, every request's fields with their prose, for the explorer's forms
//   spec/request-prose.json     the prose those forms show (operation and request-field descriptions), committed
//                               beside the schema-only spec so that regenerating needs no other input
//
// Usage: tsx scripts/generate.ts [--from-shared PATH]   (default: ../../../shared/oapi/outscale.yaml when present,
// else the committed spec/outscale.yaml — so regenerating on any clone is possible and must produce no diff).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse, stringify } from 'yaml'
import { SPEC_VERSION } from '../src/pinned.ts'
import type { OperationInfo, RequestFieldKind } from '../src/catalogue-types.ts'
import { operationRow, verbOf } from '../src/catalogue-rows.ts'

const pkg = join(import.meta.dirname, '..')
const committedSpec = join(pkg, 'spec', 'outscale.yaml')
const committedProse = join(pkg, 'spec', 'request-prose.json')
const sharedSpec = join(pkg, '..', '..', '..', 'shared', 'oapi', 'outscale.yaml')

type Schema = {
  type?: string
  format?: string
  enum?: Array<string | number>
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  $ref?: string
  additionalProperties?: boolean | Schema
  oneOf?: Schema[]
  nullable?: boolean
  pattern?: string
  maxLength?: number
  default?: unknown
  description?: string
}
type Operation = {
  operationId: string
  description?: string
  tags?: string[]
  security?: Array<Record<string, unknown>>
  requestBody: { content: { 'application/json': { schema: Schema } } }
  responses: Record<string, { content?: { 'application/json': { schema: Schema } } }>
}
type Spec = {
  openapi: string
  info: Record<string, unknown>
  servers: unknown
  security: Array<Record<string, unknown>>
  paths: Record<string, { post: Operation }>
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Record<string, unknown>> }
}

const PROSE = new Set(['description', 'summary', 'example', 'examples', 'termsOfService', 'contact'])

function stripProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripProse)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) if (!PROSE.has(key)) out[key] = stripProse(inner)
    return out
  }
  return value
}

export function schemaOnly(full: Spec): Spec {
  const spec = stripProse(full) as Spec
  for (const path of Object.values(spec.paths)) {
    // Error responses all share ErrorResponse; keep them, they document the shape.
    for (const response of Object.values(path.post.responses))
      delete (response as Record<string, unknown>).description
  }
  return spec
}

const refName = (ref: string) => ref.replace('#/components/schemas/', '')
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

// Calls that return secrets or private data even when their response shape alone does not say so.
const SENSITIVE_BY_NAME = new Set([
  'ReadAdminPassword',
  'ReadConsoleOutput',
  'ReadAccessKeys',
  'ReadSecretAccessKey',
  'ReadApiAccessRules',
  'ReadApiAccessPolicy',
  // Who may use the account's API with keys of their own: for admins, as are the keys themselves.
  'ReadUsers',
  'ReadCas',
  // Answers whether a login and password are right: with the console's key, an oracle for guessing passwords.
  'CheckAuthentication',
])

// ---- secret fields ----------------------------------------------------------------------------------
//
// Every field of the spec that holds key material, a password, a pre-shared key, user data or a raw request, by
// its name (the spec names a field the same wherever it appears). How the console treats a secret in an answer:
//   sensitive  the call that returns it is a sensitive read: refused to roles that may not read secrets, never
//              shared between people by the read cache;
//   mask       the call stays an ordinary read (the pages need the rest of the answer), and the BFF replaces the
//              value with a marker for roles that may not read secrets.
// In a request, every secret field is kept out of the audit log, the log lines and stored bulk items.
export const SECRET_FIELDS: Record<string, { treatment: 'sensitive' | 'mask'; why: string }> = {
  AdminPassword: { treatment: 'sensitive', why: "a Windows VM's administrator password" },
  ConsoleOutput: { treatment: 'sensitive', why: 'boot logs print passwords and keys' },
  SecretKey: { treatment: 'sensitive', why: 'the secret half of an access key' },
  PrivateKey: { treatment: 'sensitive', why: 'a keypair or certificate private key' },
  Password: { treatment: 'sensitive', why: 'an account password' },
  PreSharedKey: { treatment: 'mask', why: "a VPN tunnel's pre-shared key" },
  ClientGatewayConfiguration: {
    treatment: 'mask',
    why: 'the client gateway configuration embeds the pre-shared key',
  },
  BgpKey: { treatment: 'mask', why: 'a Direct Link BGP authentication key' },
  UserData: { treatment: 'mask', why: 'VM boot scripts often carry passwords and tokens' },
  QueryPayloadRaw: { treatment: 'mask', why: 'the raw body of a logged call, with whatever secret it sent' },
  QueryHeaderRaw: { treatment: 'mask', why: 'the raw headers of a logged call, with its signature' },
}

// Fields whose name or description looks like a secret but which are not one, each with why.
export const NOT_SECRET_FIELDS: Record<string, string> = {
  AccessKey: 'an object whose SecretKey is classified on its own',
  OsuApiKey: 'an object whose SecretKey is classified on its own',
  ApiKeyId: 'the identifier of an OOS key, not its secret',
  AccessKeyId: 'the identifier of an access key, not its secret',
  QueryAccessKey: 'the access key identifier of a logged call, not its secret',
  PublicKey: 'a public key',
  Body: 'a PEM certificate (public) or a policy document',
  CaPem: 'a public CA certificate',
  Chain: 'public intermediate certificates',
  Key: 'the key of a tag',
  ClientToken: 'an idempotency token chosen by the caller',
  NextPageToken: 'a pagination cursor',
  Email: 'an e-mail address',
  Login: 'an e-mail address',
  OutscaleLoginAllowed: 'a setting',
  QueryHeaderSize: 'a size',
  QueryPayloadSize: 'a size',
}

/** A field name that may hold a secret: it must be classified in one of the two tables above. */
const LOOKS_SECRET_NAME = /password|secret|privatekey|presharedkey|key$|userdata|raw$|pem$|token$|credential/i
/** The same, from the spec's prose (present in the shared spec, stripped from the committed copy). */
const LOOKS_SECRET_TEXT =
  /password|secret|private key|pre-shared|passphrase|credential|user ?data|raw (payload|header)|authentication key|key material|PEM/i

/** Fields that may hold a secret and that neither table classifies, as `Schema.Field`. */
export function unclassifiedSecretFields(spec: Spec): string[] {
  const out: string[] = []
  for (const [schemaName, schema] of Object.entries(spec.components.schemas))
    for (const [field, value] of Object.entries(schema.properties ?? {})) {
      if (field in SECRET_FIELDS || field in NOT_SECRET_FIELDS) continue
      const text = (value as { description?: unknown }).description
      if (LOOKS_SECRET_NAME.test(field) || (typeof text === 'string' && LOOKS_SECRET_TEXT.test(text)))
        out.push(`${schemaName}.${field}`)
    }
  return out
}

/**
 * Where secrets sit in a schema, as dotted paths with `[]` for array items (`Vms[].UserData`). A schema met again
 * inside itself is not walked twice: the spec's recursive shapes carry no secret of their own. A field named like a
 * secret counts only when it holds a string.
 */
export function secretPaths(
  spec: Spec,
  schema: Schema,
  treatments: ReadonlySet<string> = new Set(['sensitive', 'mask']),
  prefix = '',
  seen: ReadonlySet<string> = new Set(),
): string[] {
  if (schema.$ref) {
    const name = refName(schema.$ref)
    if (seen.has(name)) return []
    return secretPaths(spec, spec.components.schemas[name]!, treatments, prefix, new Set([...seen, name]))
  }
  if (schema.type === 'array' && schema.items)
    return secretPaths(spec, schema.items, treatments, `${prefix}[]`, seen)
  const out: string[] = []
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key
    // Only a string holds the secret: `With.QueryPayloadRaw` is the boolean that asks ReadApiLogs for it.
    const secret = value.type === 'string' ? SECRET_FIELDS[key] : undefined
    if (secret) {
      if (treatments.has(secret.treatment)) out.push(path)
    } else out.push(...secretPaths(spec, value, treatments, path, seen))
  }
  return out
}

function catalogueEntry(spec: Spec, name: string, op: Operation) {
  const request = spec.components.schemas[`${name}Request`]!
  const response = spec.components.schemas[`${name}Response`]!
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
    sensitive: SENSITIVE_BY_NAME.has(name) || secretPaths(spec, response, new Set(['sensitive'])).length > 0,
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

export interface RequestProse {
  /** Per operation, its description. */
  operations: Record<string, string>
  /** Per object schema reachable from a request, per field, its description. */
  fields: Record<string, Record<string, string>>
}

/** The spec's prose as plain text: line breaks for `<br />`, bullets for `<li>`, no other markup but Markdown's. */
export function plainProse(text: string): string {
  return text
    .replace(/<br\s*\/?\s*>/g, '\n')
    .replace(/<li>/g, '\n• ')
    .replace(/<\/?[a-z]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/\\\|/g, '|')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/**
 * Names of the object schemas the requests of `actions` are made of (every operation's when none are given), their
 * `<Action>Request` included, sorted.
 */
export function requestObjectNames(spec: Spec, actions?: readonly string[]): string[] {
  const schemas = spec.components.schemas
  const seen = new Set<string>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const ref = (value as Schema).$ref
      if (typeof ref === 'string') {
        const name = refName(ref)
        if (!seen.has(name)) {
          seen.add(name)
          visit(schemas[name])
        }
      }
      Object.values(value).forEach(visit)
    }
  }
  const roots = actions
    ? actions.map((action) => `${action}Request`)
    : Object.keys(schemas).filter((name) => name.endsWith('Request'))
  for (const name of roots) {
    seen.add(name)
    visit(schemas[name])
  }
  return [...seen].filter((name) => schemas[name]?.properties || name.endsWith('Request')).sort()
}

export function proseFromShared(path = sharedSpec): string {
  const full = parse(readFileSync(path, 'utf8')) as Spec
  const operations: Record<string, string> = {}
  for (const { post } of Object.values(full.paths).sort((a, b) =>
    a.post.operationId.localeCompare(b.post.operationId),
  ))
    if (post.description) operations[post.operationId] = plainProse(post.description)
  const fields: Record<string, Record<string, string>> = {}
  for (const name of requestObjectNames(full)) {
    const described = Object.entries(full.components.schemas[name]?.properties ?? {}).flatMap(([field, s]) =>
      typeof s.description === 'string' ? [[field, plainProse(s.description)] as const] : [],
    )
    if (described.length) fields[name] = Object.fromEntries(described)
  }
  return `${JSON.stringify({ operations, fields }, null, 1)}\n`
}

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

  const unclassified = unclassifiedSecretFields(spec)
  if (unclassified.length)
    throw new Error(
      `These fields may hold secrets; classify each in SECRET_FIELDS or NOT_SECRET_FIELDS of scripts/generate.ts: ${unclassified.join(', ')}`,
    )
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

export function loadCommittedProse(): RequestProse {
  return JSON.parse(readFileSync(committedProse, 'utf8')) as RequestProse
}

export function loadCommittedSpec(): Spec {
  return parse(readFileSync(committedSpec, 'utf8')) as Spec
}

export function specFromShared(path = sharedSpec): string {
  const full = parse(readFileSync(path, 'utf8')) as Spec
  if (full.info.version !== SPEC_VERSION)
    throw new Error(`${path} is version ${String(full.info.version)}, but src/pinned.ts pins ${SPEC_VERSION}`)
  // The prose is read here, before it is stripped: a field described as a password or a key must be classified.
  const unclassified = unclassifiedSecretFields(full)
  if (unclassified.length)
    throw new Error(
      `These fields of ${path} may hold secrets; classify each in SECRET_FIELDS or NOT_SECRET_FIELDS of scripts/generate.ts: ${unclassified.join(', ')}`,
    )
  return stringify(schemaOnly(full), { lineWidth: 0 })
}

function main() {
  const args = process.argv.slice(2)
  const from =
    args[0] === '--from-shared' ? (args[1] ?? sharedSpec) : existsSync(sharedSpec) ? sharedSpec : undefined
  if (from) {
    mkdirSync(join(pkg, 'spec'), { recursive: true })
    writeFileSync(committedSpec, specFromShared(from))
    console.log(`spec/outscale.yaml written from ${from}`)
    writeFileSync(committedProse, proseFromShared(from))
    console.log(`spec/request-prose.json written from ${from}`)
  }
  // A family the spec no longer has must not leave its table behind.
  rmSync(join(pkg, 'src', 'generated', 'request-forms'), { recursive: true, force: true })
  for (const [file, text] of Object.entries(generate(loadCommittedSpec()))) {
    mkdirSync(dirname(join(pkg, file)), { recursive: true })
    writeFileSync(join(pkg, file), text)
    console.log(`${file} written`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
