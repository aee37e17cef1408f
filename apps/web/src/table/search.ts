// The table state a person wants to share or keep on reload, as URL search params: validated here because
// anything can be typed into an address bar.
import { urlText as text } from '../lib/url-text.ts'
import { searchTextOf } from './search-text.ts'

export interface TableSearch {
  /** Free text, all words must match. */
  q?: string
  state?: string
  /** `key=value`, or `key` alone for "has this tag". */
  tag?: string
  subregion?: string
  /** A Net id, or `none` for the public cloud. */
  net?: string
  /** The key of a descriptor's flag: only the items that have it. */
  flag?: string
  /** Column id, `-` prefix for descending. */
  sort?: string
  /** Comma-separated visible column ids; absent = the page's defaults. */
  cols?: string
  /** A bulk operation whose results are shown. */
  op?: string
}

export function parseTableSearch(raw: Record<string, unknown>): TableSearch {
  const search: TableSearch = {}
  const q = text(raw.q)
  if (q) search.q = q
  const state = text(raw.state, /^[a-z-]+$/)
  if (state) search.state = state
  const tag = text(raw.tag)
  if (tag) search.tag = tag
  const subregion = text(raw.subregion, /^[a-z0-9-]+$/)
  if (subregion) search.subregion = subregion
  const net = text(raw.net, /^[a-z0-9-]+$/)
  if (net) search.net = net
  const flag = text(raw.flag, /^[a-z0-9-]+$/)
  if (flag) search.flag = flag
  const sort = text(raw.sort, /^-?[A-Za-z0-9_]+$/)
  if (sort) search.sort = sort
  const cols = text(raw.cols, /^[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*$/)
  if (cols) search.cols = cols
  const op = text(raw.op, /^[A-Za-z0-9_-]+$/)
  if (op) search.op = op
  return search
}

export interface TagLike {
  Key?: string
  Value?: string
}

export interface FilterAccessors<T> {
  /** Everything the search box matches against (id, name, IPs…). */
  text: (row: T) => string
  state?: (row: T) => string | undefined
  subregion?: (row: T) => string | undefined
  tags?: (row: T) => TagLike[] | undefined
  net?: (row: T) => string | undefined
  /** Whether a row has the flag of that key. */
  flag?: (row: T, key: string) => boolean
}

/** The `net` filter's value for items outside any Net. */
export const NO_NET = 'none'

export function matchesTag(tags: TagLike[] | undefined, filter: string): boolean {
  const at = filter.indexOf('=')
  const key = (at === -1 ? filter : filter.slice(0, at)).trim()
  const value = at === -1 ? undefined : filter.slice(at + 1).trim()
  return (tags ?? []).some((t) => t.Key === key && (value === undefined || (t.Value ?? '') === value))
}

/** The words of a search: a row is shown when its search text holds every one of them. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}

/** The rows the table shows for a search: `rows` itself when nothing is filtered, so no copy is made. */
export function filterRows<T>(
  rows: readonly T[],
  search: TableSearch,
  accessors: FilterAccessors<T>,
): readonly T[] {
  const words = searchWords(search.q)
  const filtering =
    words.length > 0 ||
    (search.state && accessors.state) ||
    (search.subregion && accessors.subregion) ||
    (search.net && accessors.net) ||
    (search.flag && accessors.flag) ||
    (search.tag && accessors.tags)
  if (!filtering) return rows
  return rows.filter((row) => {
    if (search.state && accessors.state && accessors.state(row) !== search.state) return false
    if (search.subregion && accessors.subregion && accessors.subregion(row) !== search.subregion) return false
    if (search.net && accessors.net && (accessors.net(row) ?? NO_NET) !== search.net) return false
    if (search.flag && accessors.flag && !accessors.flag(row, search.flag)) return false
    if (search.tag && accessors.tags && !matchesTag(accessors.tags(row), search.tag)) return false
    if (words.length) {
      const haystack = searchTextOf(row, accessors.text)
      if (!words.every((w) => haystack.includes(w))) return false
    }
    return true
  })
}

/** A filter's choices worked out from some rows, kept to extend when the same rows come back with more after them. */
export interface DistinctValues<T> {
  rows: readonly T[]
  seen: Set<string>
  values: string[]
}

/**
 * The distinct values of `of` over the rows, sorted: a filter's choices. When `before` was worked out from the
 * first rows of these same rows (a long list's pages arriving), only the new rows are read.
 */
export function distinctValues<T>(
  rows: readonly T[],
  of: (row: T) => string | undefined,
  before?: DistinctValues<T>,
): DistinctValues<T> {
  const grows = before !== undefined && startsWith(rows, before.rows)
  if (grows && before.rows.length === rows.length) return before
  const seen = grows ? new Set(before.seen) : new Set<string>()
  const size = seen.size
  for (let index = grows ? before.rows.length : 0; index < rows.length; index++) {
    const value = of(rows[index] as T)
    if (value) seen.add(value)
  }
  const values = grows && seen.size === size ? before.values : [...seen].sort()
  return { rows, seen, values }
}

/** Whether `rows` begins with the very items of `start` (the same objects, in the same order). */
export function startsWith<T>(rows: readonly T[], start: readonly T[]): boolean {
  if (start.length > rows.length) return false
  for (let index = 0; index < start.length; index++) if (rows[index] !== start[index]) return false
  return true
}

export function parseSort(sort: string | undefined): { id: string; desc: boolean }[] {
  if (!sort) return []
  return sort.startsWith('-') ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }]
}

export function formatSort(sorting: { id: string; desc: boolean }[]): string | undefined {
  const first = sorting[0]
  return first ? `${first.desc ? '-' : ''}${first.id}` : undefined
}
