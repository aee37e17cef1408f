// Reading the OUTSCALE OpenAPI description: its shapes, the schema-only copy committed as spec/outscale.yaml, and
// the request prose committed beside it as spec/request-prose.json.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const pkg = join(import.meta.dirname, '..')
export const committedSpec = join(pkg, 'spec', 'outscale.yaml')
export const committedProse = join(pkg, 'spec', 'request-prose.json')
export const sharedSpec = join(pkg, '..', '..', '..', 'shared', 'oapi', 'outscale.yaml')

export type Schema = {
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
export type Operation = {
  operationId: string
  description?: string
  tags?: string[]
  security?: Array<Record<string, unknown>>
  requestBody: { content: { 'application/json': { schema: Schema } } }
  responses: Record<string, { content?: { 'application/json': { schema: Schema } } }>
}
export type Spec = {
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

export const refName = (ref: string) => ref.replace('#/components/schemas/', '')

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

export function loadCommittedProse(): RequestProse {
  return JSON.parse(readFileSync(committedProse, 'utf8')) as RequestProse
}

export function loadCommittedSpec(): Spec {
  return parse(readFileSync(committedSpec, 'utf8')) as Spec
}
