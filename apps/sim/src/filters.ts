// Read filters as the API applies them: plural keys with array values, each key narrowing the result (AND), any
// value of a key matching (OR). Tags come as TagKeys, TagValues and Tags ("KEY=VALUE").
import type { ResourceTag } from '@osc-console/osc-api'
import { oscError } from './errors.ts'

type Obj = Record<string, unknown>

/** Filter keys that do not follow the "plural of the field name" rule, per family. */
export type FilterAliases = Record<string, string | ((item: Obj) => unknown)>

const TAG_KEYS = new Set(['TagKeys', 'TagValues', 'Tags'])

/** Compiles TagKeys, TagValues and Tags ("KEY=VALUE", or "KEY" alone) into one predicate over a tag list. */
export function tagPredicate(filters: Obj): (tags: readonly ResourceTag[] | undefined) => boolean {
  const keys = (filters.TagKeys as string[] | undefined) ?? []
  const values = (filters.TagValues as string[] | undefined) ?? []
  const pairs = ((filters.Tags as string[] | undefined) ?? []).map((p) => {
    const eq = p.indexOf('=')
    return eq < 0 ? { key: p, value: undefined } : { key: p.slice(0, eq), value: p.slice(eq + 1) }
  })
  const keySet = new Set(keys)
  const valueSet = new Set(values)
  return (tags) => {
    const list = tags ?? []
    if (keySet.size > 0 && !list.some((t) => keySet.has(t.Key))) return false
    if (valueSet.size > 0 && !list.some((t) => valueSet.has(t.Value))) return false
    if (pairs.length > 0) {
      let ok = false
      for (const t of list) {
        for (const p of pairs) {
          if (t.Key === p.key && (p.value === undefined || t.Value === p.value)) {
            ok = true
            break
          }
        }
        if (ok) break
      }
      if (!ok) return false
    }
    return true
  }
}

/** Values of `field` on the object, one level down in nested objects and arrays of objects too. */
function collect(item: Obj, field: string): unknown[] | undefined {
  if (field in item) {
    const v = item[field]
    return Array.isArray(v) ? v : [v]
  }
  let found: unknown[] | undefined
  for (const v of Object.values(item)) {
    if (v && typeof v === 'object') {
      const children = Array.isArray(v) ? v : [v]
      for (const child of children) {
        if (child && typeof child === 'object' && !Array.isArray(child) && field in (child as Obj)) {
          found ??= []
          const cv = (child as Obj)[field]
          if (Array.isArray(cv)) found.push(...cv)
          else found.push(cv)
        }
      }
    }
  }
  return found
}

function singular(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`
  if (key.endsWith('sses') || key.endsWith('xes')) return key.slice(0, -2)
  if (key.endsWith('s')) return key.slice(0, -1)
  return key
}

function valueMatches(actual: unknown, wanted: unknown): boolean {
  if (actual === wanted) return true
  if (typeof wanted === 'string' && typeof actual === 'number') return String(actual) === wanted
  if (typeof wanted === 'number' && typeof actual === 'string') return actual === String(wanted)
  return false
}

/** Builds a predicate for a Filters object; a key naming no field of an item matches nothing. */
export function compileFilters<T extends object>(
  filters: object | undefined,
  aliases: FilterAliases = {},
): (item: T) => boolean {
  if (!filters) return () => true
  const f = filters as Obj
  const checks: Array<(item: Obj) => boolean> = []
  const hasTags = [...TAG_KEYS].some((k) => f[k] !== undefined)
  if (hasTags) {
    const tagsMatch = tagPredicate(f)
    checks.push((item) => tagsMatch(item.Tags as ResourceTag[] | undefined))
  }
  for (const [key, raw] of Object.entries(f)) {
    if (TAG_KEYS.has(key) || raw === undefined) continue
    const wanted = Array.isArray(raw) ? raw : [raw]
    if (Array.isArray(raw) && raw.length === 0) continue
    const alias = aliases[key]
    if (typeof alias === 'function') {
      checks.push((item) => {
        const v = alias(item)
        const actual = Array.isArray(v) ? v : [v]
        return actual.some((a) => wanted.some((w) => valueMatches(a, w)))
      })
      continue
    }
    const field = alias ?? singular(key)
    checks.push((item) => {
      const actual = collect(item, field) ?? (field !== key ? collect(item, key) : undefined)
      if (actual === undefined) return false
      return actual.some((a) => wanted.some((w) => valueMatches(a, w)))
    })
  }
  if (checks.length === 1) {
    const only = checks[0]!
    return (item) => only(item as Obj)
  }
  return (item) => checks.every((c) => c(item as Obj))
}

// Pagination: the token is opaque to clients; it carries the offset of the next page.
export interface PageRequest {
  ResultsPerPage?: number
  NextPageToken?: string
}

export function paginate<T>(items: T[], req: PageRequest): { page: T[]; nextPageToken?: string } {
  let offset = 0
  if (req.NextPageToken !== undefined) {
    try {
      const decoded = JSON.parse(Buffer.from(req.NextPageToken, 'base64').toString('utf8')) as { o?: unknown }
      if (typeof decoded.o !== 'number' || decoded.o < 0) throw new Error('bad offset')
      offset = decoded.o
    } catch {
      throw oscError(
        'invalidToken',
        'NextPageToken is not a token this API returned; start again without it.',
      )
    }
  }
  const per = req.ResultsPerPage
  if (per !== undefined && (!Number.isInteger(per) || per < 1 || per > 1000)) {
    throw oscError('invalidParameterValue', 'ResultsPerPage must be between 1 and 1000, both included.')
  }
  if (per === undefined && req.NextPageToken === undefined) return { page: items }
  const size = per ?? 100
  const page = items.slice(offset, offset + size)
  const next = offset + size < items.length ? offset + size : undefined
  return next === undefined
    ? { page }
    : { page, nextPageToken: Buffer.from(JSON.stringify({ o: next })).toString('base64') }
}

/** Filters then pages a list the way every token-paginated Read does. */
export function readList<T extends object>(
  items: Iterable<T>,
  req: PageRequest & { Filters?: object },
  aliases?: FilterAliases,
): { page: T[]; nextPageToken?: string } {
  const pred = compileFilters<T>(req.Filters, aliases)
  const out: T[] = []
  for (const item of items) if (pred(item)) out.push(item)
  return paginate(out, req)
}
