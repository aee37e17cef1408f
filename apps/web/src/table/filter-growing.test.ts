import { describe, expect, it } from 'vitest'
import { filterGrowing, narrows } from './filter-growing.ts'
import { filterRows, type FilterAccessors, type TableSearch } from './search.ts'

interface Row {
  name: string
  state: string
}

const items = (from: number, to: number): Row[] =>
  Array.from({ length: to - from }, (_, i) => ({
    name: `vm-${from + i}`,
    state: (from + i) % 3 ? 'running' : 'stopped',
  }))

/** Accessors that count the items they read: the work a filter does. */
function counting() {
  const reads = { count: 0 }
  const accessors: FilterAccessors<Row> = {
    text: (r) => r.name,
    state: (r) => {
      reads.count++
      return r.state
    },
  }
  return { reads, accessors }
}

describe('a list’s search result kept as pages arrive and as the search narrows', () => {
  it('filters only the items of an arriving page, with the result filterRows gives', () => {
    const { reads, accessors } = counting()
    const search: TableSearch = { state: 'stopped' }
    const first = items(0, 1000)
    const both = [...first, ...items(1000, 2000)]
    const before = filterGrowing(first, search, accessors)
    reads.count = 0
    const after = filterGrowing(both, search, accessors, before)
    expect(reads.count).toBe(1000)
    expect(after.shown).toEqual(filterRows(both, search, accessors))
  })

  it('hands every item back, as the same array, when nothing filters', () => {
    const { accessors } = counting()
    const first = items(0, 10)
    const both = [...first, ...items(10, 20)]
    const after = filterGrowing(both, { sort: 'name' }, accessors, filterGrowing(first, {}, accessors))
    expect(after.shown).toBe(both)
  })

  it('keeps its result when only the sort or the columns change', () => {
    const { reads, accessors } = counting()
    const all = items(0, 100)
    const before = filterGrowing(all, { state: 'running' }, accessors)
    reads.count = 0
    const after = filterGrowing(all, { state: 'running', sort: '-name', cols: 'name' }, accessors, before)
    expect(reads.count).toBe(0)
    expect(after.shown).toBe(before.shown)
  })

  it('filters the rows shown before when the search only narrows, and every item when it widens', () => {
    const { reads, accessors } = counting()
    const all = items(0, 1000)
    const before = filterGrowing(all, { q: 'vm-1', state: 'running' }, accessors)
    reads.count = 0
    const narrower = filterGrowing(all, { q: 'vm-12', state: 'running' }, accessors, before)
    expect(reads.count).toBe(before.shown.length)
    expect(narrower.shown).toEqual(filterRows(all, { q: 'vm-12', state: 'running' }, accessors))
    reads.count = 0
    const wider = filterGrowing(all, { q: 'vm', state: 'running' }, accessors, narrower)
    expect(reads.count).toBe(1000)
    expect(wider.shown).toEqual(filterRows(all, { q: 'vm', state: 'running' }, accessors))
  })

  it('filters every item again when the items are not the same ones followed by more (a refresh)', () => {
    const { accessors } = counting()
    const before = filterGrowing(items(0, 10), { state: 'stopped' }, accessors)
    const refreshed = items(0, 12)
    expect(filterGrowing(refreshed, { state: 'stopped' }, accessors, before).shown).toEqual(
      filterRows(refreshed, { state: 'stopped' }, accessors),
    )
  })

  it('says a search narrows only when each word searched before is part of a word searched now', () => {
    expect(narrows({ q: 'web' }, { q: 'web-p' })).toBe(true)
    expect(narrows({ q: 'web' }, { q: 'prod web' })).toBe(true)
    expect(narrows({}, { q: 'web', state: undefined })).toBe(true)
    expect(narrows({ q: 'web-p' }, { q: 'web' })).toBe(false)
    expect(narrows({ q: 'web' }, { q: 'web', state: 'running' })).toBe(false)
  })
})
