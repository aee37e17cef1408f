// A list's search result, kept from one render to the next and extended instead of worked out again: while 10,000
// items arrive a page at a time only the new page is filtered, and a search that only narrows (one more letter,
// one more word) filters the rows shown before rather than every item. Sorting or showing a column filters nothing.
import { filterRows, searchWords, startsWith, type FilterAccessors, type TableSearch } from './search.ts'

/** The search fields filterRows reads: a change of any other (sort, columns) keeps the result. */
const FILTER_FIELDS = ['q', 'state', 'tag', 'subregion', 'net', 'flag'] as const

export interface FilteredRows<T> {
  /** Every item the result was worked out from. */
  all: readonly T[]
  search: TableSearch
  accessors: FilterAccessors<T>
  /** The items the search lets through, in the order of `all`. */
  shown: readonly T[]
}

function sameFilter(a: TableSearch, b: TableSearch): boolean {
  return FILTER_FIELDS.every((field) => a[field] === b[field])
}

/**
 * Whether every item `next` lets through is one `before` let through: the same filters but the search text, each
 * word searched before being part of a word searched now ("web" → "web-p", "web" → "web prod").
 */
export function narrows(before: TableSearch, next: TableSearch): boolean {
  if (!FILTER_FIELDS.every((field) => field === 'q' || before[field] === next[field])) return false
  const words = searchWords(next.q)
  return searchWords(before.q).every((old) => words.some((word) => word.includes(old)))
}

/**
 * The items of `all` that `search` lets through, as filterRows says, reusing `before` (the result of the previous
 * render) when `all` only grew at its end or the search only narrowed.
 */
export function filterGrowing<T>(
  all: readonly T[],
  search: TableSearch,
  accessors: FilterAccessors<T>,
  before?: FilteredRows<T>,
): FilteredRows<T> {
  const result = (shown: readonly T[]): FilteredRows<T> => ({ all, search, accessors, shown })
  if (before?.accessors === accessors) {
    if (sameFilter(before.search, search)) {
      if (before.all === all) return before
      // (When nothing filters, filterRows hands every item back at no cost.)
      if (before.shown !== before.all && startsWith(all, before.all))
        return result(before.shown.concat(filterRows(all.slice(before.all.length), search, accessors)))
    } else if (before.all === all && narrows(before.search, search)) {
      return result(filterRows(before.shown, search, accessors))
    }
  }
  return result(filterRows(all, search, accessors))
}
