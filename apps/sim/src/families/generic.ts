// The answer for every operation no family module implements: a generic per-resource store driven by the
// contract's zod schemas. Create stores the request's matching fields plus an id, Read lists by id and
// filters, Update merges, Delete removes, and Link/Unlink and the rest answer a schema-valid body.
import { catalogue, requestSchemas, responseSchemas } from '@osc-console/osc-api'
import type { ActionName } from '@osc-console/osc-api'
import type { Ctx } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'

interface Def {
  type: string
  shape?: Record<string, Schema>
  innerType?: Schema
  element?: Schema
  getter?: () => Schema
  entries?: Record<string, string>
  options?: Schema[]
  values?: unknown[]
}
interface Schema {
  _zod: { def: Def }
  safeParse(value: unknown): { success: boolean }
}

/** Strips optional/nullable/lazy wrappers. */
export function unwrap(s: Schema): Schema {
  let cur = s
  for (let i = 0; i < 20; i++) {
    const d = cur._zod.def
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
      cur = d.innerType
    else if (d.type === 'lazy' && d.getter) cur = d.getter()
    else break
  }
  return cur
}

function isOptional(s: Schema): boolean {
  return s._zod.def.type === 'optional' || s._zod.def.type === 'default'
}

// Strings some schemas constrain with a pattern (policy ORNs, e-mail addresses): the first one accepted wins.
const STRING_CANDIDATES = ['', 'orn:ows:idauth::123456789012:policy/example', 'someone@example.com', 'x']

/** The smallest value a schema accepts: required fields only. */
export function minimal(s: Schema, depth = 0): unknown {
  const u = unwrap(s)
  const d = u._zod.def
  switch (d.type) {
    case 'string':
      return STRING_CANDIDATES.find((c) => u.safeParse(c).success) ?? ''
    case 'number':
    case 'int':
    case 'bigint':
      return 0
    case 'boolean':
      return false
    case 'array':
      return []
    case 'enum':
      return Object.values(d.entries ?? {})[0] ?? ''
    case 'literal':
      return d.values?.[0]
    case 'union':
      return d.options?.[0] ? minimal(d.options[0], depth + 1) : null
    case 'record':
      return {}
    case 'object': {
      const out: Record<string, unknown> = {}
      if (depth > 6) return out
      for (const [k, v] of Object.entries(d.shape ?? {})) if (!isOptional(v)) out[k] = minimal(v, depth + 1)
      return out
    }
    default:
      return null
  }
}

/** The smallest request an action accepts (required fields only): where fuzzing and probes start from. */
export function sampleRequest(action: ActionName): Record<string, unknown> {
  return minimal(requestSchemas[action] as unknown as Schema) as Record<string, unknown>
}

function shapeOf(s: Schema): Record<string, Schema> {
  return unwrap(s)._zod.def.shape ?? {}
}

/** The response's payload fields: every key but ResponseContext and NextPageToken. */
function payloadFields(action: ActionName): Array<[string, Schema]> {
  const schema = responseSchemas[action] as unknown as Schema
  return Object.entries(shapeOf(schema)).filter(([k]) => k !== 'ResponseContext' && k !== 'NextPageToken')
}

type Obj = Record<string, unknown>

/** Generic stores are keyed by the resource's item schema, so Create, Read, Update and Delete of one resource meet. */
const storeKeys = new WeakMap<Schema, string>()
let storeCounter = 0
function storeFor(ctx: Ctx, item: Schema): Map<string, Obj> {
  let key = storeKeys.get(item)
  if (!key) {
    key = `generic:${storeCounter++}`
    storeKeys.set(item, key)
  }
  return ctx.account.store<Obj>(key)
}

function idFieldOf(item: Schema, resourceName: string): string | undefined {
  const keys = Object.keys(shapeOf(item))
  return (
    keys.find((k) => k === `${resourceName}Id`) ??
    keys.find((k) => k === `${resourceName}Name`) ??
    keys.find((k) => k.endsWith('Id') && resourceName.includes(k.slice(0, -2))) ??
    keys.find(
      (k) => k.endsWith('Id') && !k.startsWith('Account') && !k.startsWith('Net') && !k.startsWith('Subnet'),
    ) ??
    keys.find((k) => k.endsWith('Name'))
  )
}

/** The id prefixes the API uses for the resources the generic store keeps. */
const PREFIXES: Record<string, string> = {
  NatService: 'nat',
  DhcpOptionsSet: 'dopt',
  ClientGateway: 'cgw',
  VirtualGateway: 'vgw',
  VpnConnection: 'vpn',
  NetPeering: 'pcx',
  NetAccessPoint: 'vpce',
  FlexibleGpu: 'fgpu',
  DirectLink: 'dxcon',
  DirectLinkInterface: 'dxvif',
  DedicatedGroup: 'ded',
  VmGroup: 'vmgroup',
  VmTemplate: 'vmtemplate',
  ApiAccessRule: 'aar',
  Ca: 'ca',
  ImageExportTask: 'image-export',
  SnapshotExportTask: 'snap-export',
  LinkNatService: 'nat',
}

function prefixFor(resourceName: string): string {
  const known = PREFIXES[resourceName]
  if (known) return known
  const initials = resourceName.replace(/[a-z0-9]/g, '').toLowerCase()
  return initials.length >= 2 ? initials : resourceName.slice(0, 4).toLowerCase()
}

/**
 * Copies the request fields the item schema also has, keeping only those it accepts. Some calls nest the new
 * resource's fields under its own name (CreateDirectLinkInterface's `DirectLinkInterface: { Vlan, BgpAsn, … }`):
 * those count as the request's own fields.
 */
function fieldsFromRequest(req: Obj, item: Schema, name: string): Obj {
  const shape = shapeOf(item)
  const nested = req[name]
  const sources =
    nested && typeof nested === 'object' && !Array.isArray(nested) ? [req, nested as Obj] : [req]
  const out: Obj = {}
  for (const source of sources) {
    for (const [k, v] of Object.entries(source)) {
      const field = shape[k]
      if (!field || k === 'DryRun') continue
      if (field.safeParse(v).success) out[k] = v
    }
  }
  return out
}

function requestId(req: Obj, item: Schema, idField: string | undefined): string | undefined {
  if (idField && typeof req[idField] === 'string') return req[idField] as string
  const shape = shapeOf(item)
  for (const [k, v] of Object.entries(req)) {
    if (typeof v === 'string' && (k.endsWith('Id') || k.endsWith('Name')) && k in shape) return v
  }
  return undefined
}

function findAnywhere(ctx: Ctx, id: string): { store: Map<string, Obj>; obj: Obj } | undefined {
  for (const [key, store] of ctx.account.stores) {
    if (!key.startsWith('generic:')) continue
    const obj = (store as Map<string, Obj>).get(id)
    if (obj) return { store: store as Map<string, Obj>, obj }
  }
  return undefined
}

export function generic(action: ActionName, req: Obj, ctx: Ctx): Obj {
  const verb = /^[A-Z][a-z]+/.exec(action)?.[0] ?? ''
  const fields = payloadFields(action)
  if (verb === 'Create' || verb === 'Register' || verb === 'Put' || verb === 'Add') {
    const objectField = fields.find(([, s]) => unwrap(s)._zod.def.type === 'object')
    if (!objectField) return {}
    const [name, schema] = objectField
    const item = unwrap(schema)
    const idField = idFieldOf(item, name)
    // ClientToken idempotency (CreateNatService): a retry answers the first call's object.
    const token = typeof req.ClientToken === 'string' ? `${action}:${req.ClientToken}` : undefined
    const prior = token ? ctx.account.clientTokens.get(token) : undefined
    const priorObj = prior?.ids[0] ? storeFor(ctx, item).get(prior.ids[0]) : undefined
    if (priorObj) return { [name]: priorObj }
    const base = minimal(item) as Obj
    const obj: Obj = { ...base, ...fieldsFromRequest(req, item, name) }
    const shape = shapeOf(item)
    if (idField && (obj[idField] === undefined || obj[idField] === '')) {
      obj[idField] = idField.endsWith('Id')
        ? ctx.world.newId(prefixFor(name))
        : ctx.world.newId(name.toLowerCase())
    }
    if ('CreationDate' in shape) obj.CreationDate = new Date(ctx.now).toISOString()
    if ('State' in shape && unwrap(shape.State!)._zod.def.type === 'string') obj.State = 'available'
    if ('Tags' in shape && obj.Tags === undefined) obj.Tags = []
    if ('AccountId' in shape) obj.AccountId = ctx.account.accountId
    for (const k of Object.keys(obj)) if (!(shape[k]?.safeParse(obj[k]).success ?? false)) delete obj[k]
    const id = idField ? String(obj[idField]) : ctx.world.newId('res')
    storeFor(ctx, item).set(id, obj)
    ctx.account.store('generic-ids').set(id, true)
    if (token) ctx.account.clientTokens.set(token, { action, ids: [id] })
    if ('Tags' in shape) ctx.account.register(id, name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase(), obj)
    return { [name]: obj }
  }
  if (verb === 'Read') {
    const listField = fields.find(([, s]) => unwrap(s)._zod.def.type === 'array')
    if (!listField) {
      const objectField = fields.find(([, s]) => unwrap(s)._zod.def.type === 'object')
      return objectField ? { [objectField[0]]: minimal(objectField[1]) } : {}
    }
    const [name, schema] = listField
    const element = unwrap(schema)._zod.def.element
    if (!element || unwrap(element)._zod.def.type !== 'object') return { [name]: [] }
    const item = unwrap(element)
    if (catalogue[action].pagination === 'firstItem') {
      // FirstItem (0-based) + ResultsPerPage, answered with HasMoreItems where the response has it.
      const { FirstItem, ResultsPerPage, ...rest } = req as { FirstItem?: number; ResultsPerPage?: number }
      const all = readList(storeFor(ctx, item).values(), rest as { Filters?: object }).page
      const first = FirstItem ?? 0
      const size = ResultsPerPage ?? 100
      if (first < 0 || size < 1 || size > 1000)
        throw oscError(
          'invalidParameterValue',
          'FirstItem must be ≥ 0 and ResultsPerPage between 1 and 1000.',
        )
      const shape = shapeOf(responseSchemas[action] as unknown as Schema)
      return {
        [name]: all.slice(first, first + size),
        ...('HasMoreItems' in shape ? { HasMoreItems: first + size < all.length } : {}),
        ...('MaxResultsLimit' in shape ? { MaxResultsLimit: 1000 } : {}),
        ...('MaxResultsTruncated' in shape ? { MaxResultsTruncated: false } : {}),
      }
    }
    const page = readList(storeFor(ctx, item).values(), req as { Filters?: object })
    return { [name]: page.page, ...(page.nextPageToken ? { NextPageToken: page.nextPageToken } : {}) }
  }
  if (verb === 'Update') {
    const objectField = fields.find(([, s]) => unwrap(s)._zod.def.type === 'object')
    if (!objectField) return {}
    const [name, schema] = objectField
    const item = unwrap(schema)
    const id = requestId(req, item, idFieldOf(item, name))
    // Resources of the family modules live outside the generic stores: find them through the registry.
    const obj = id
      ? (storeFor(ctx, item).get(id) ?? (ctx.account.registry.get(id)?.obj as Obj | undefined))
      : undefined
    if (!obj) throw oscError('noSuchResource', `The ${name} ${id ?? ''} does not exist.`)
    Object.assign(obj, fieldsFromRequest(req, item, name))
    return { [name]: obj }
  }
  if (verb === 'Delete') {
    const ids = Object.entries(req)
      .filter(([k, v]) => k !== 'DryRun' && (k.endsWith('Id') || k.endsWith('Name')) && typeof v === 'string')
      .map(([, v]) => v as string)
    for (const id of ids) {
      const found = findAnywhere(ctx, id)
      if (found) {
        found.store.delete(id)
        ctx.account.unregister(id)
        return {}
      }
    }
    throw oscError('noSuchResource', `No resource ${ids[0] ?? ''} exists to delete in this account.`)
  }
  // Link, Unlink, Accept, Reject, Start, Stop, …: a schema-valid answer with the object's required fields.
  const out: Obj = {}
  for (const [k, s] of fields) {
    const u = unwrap(s)
    if (u._zod.def.type === 'string' && k.endsWith('Id')) out[k] = ctx.world.newId(prefixFor(k.slice(0, -2)))
    else if (u._zod.def.type === 'object') out[k] = minimal(u)
  }
  return out
}
