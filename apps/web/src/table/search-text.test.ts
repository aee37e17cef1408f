import { describe, expect, it } from 'vitest'
import { prepareSearchTexts, searchTextOf } from './search-text.ts'
import { distinctValues, filterRows } from './search.ts'

interface Row {
  id: string
  name: string
}

const rowsOf = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({ id: `i-${i}`, name: `Web-${i}` }))

function countingText() {
  const calls = { count: 0 }
  const text = (row: Row) => {
    calls.count++
    return `${row.id} ${row.name}`
  }
  return { calls, text }
}

describe('search texts of a long list', () => {
  it('builds each row’s lower-cased text once', () => {
    const { calls, text } = countingText()
    const [row] = rowsOf(1)
    expect(searchTextOf(row!, text)).toBe('i-0 web-0')
    expect(searchTextOf(row!, text)).toBe('i-0 web-0')
    expect(calls.count).toBe(1)
  })

  it('prepares a batch at a time while there is time, and resumes where it stopped', () => {
    const { calls, text } = countingText()
    const rows = rowsOf(250)
    let slices = 0
    const next = prepareSearchTexts(rows, text, 0, () => ++slices < 2, 100)
    expect(next).toBe(200)
    expect(calls.count).toBe(200)
    expect(prepareSearchTexts(rows, text, next, () => true, 100)).toBe(250)
    expect(calls.count).toBe(250)
  })

  it('leaves a keystroke on prepared rows nothing to build', () => {
    const { calls, text } = countingText()
    const rows = rowsOf(1000)
    prepareSearchTexts(rows, text, 0, () => true)
    expect(calls.count).toBe(1000)
    const shown = filterRows(rows, { q: 'WEB-99' }, { text })
    expect(shown.map((r) => r.id)).toEqual(['i-99', ...Array.from({ length: 10 }, (_, i) => `i-${990 + i}`)])
    expect(calls.count).toBe(1000)
  })

  it('gives back the same rows, uncopied, when nothing filters them', () => {
    const rows = rowsOf(3)
    expect(filterRows(rows, {}, { text: (r) => r.id })).toBe(rows)
    expect(filterRows(rows, { q: '  ' }, { text: (r) => r.id })).toBe(rows)
    // A filter the resource does not have does not filter.
    expect(filterRows(rows, { state: 'running' }, { text: (r) => r.id })).toBe(rows)
  })
})

describe('a filter’s choices', () => {
  it('lists each value once, sorted, without the empty ones', () => {
    const zones = ['eu-west-2b', undefined, 'eu-west-2a', 'eu-west-2b', '']
    expect(distinctValues(zones, (z) => z).values).toEqual(['eu-west-2a', 'eu-west-2b'])
  })

  it('reads only the new rows when pages arrive after the ones it has seen, and all of them otherwise', () => {
    const read: string[] = []
    const of = (row: { zone: string }) => {
      read.push(row.zone)
      return row.zone
    }
    const first = [{ zone: 'b' }, { zone: 'a' }]
    const one = distinctValues(first, of)
    const two = distinctValues([...first, { zone: 'c' }, { zone: 'a' }], of, one)
    expect(two.values).toEqual(['a', 'b', 'c'])
    expect(read).toEqual(['b', 'a', 'c', 'a'])
    // Same rows again: nothing read, same choices.
    expect(distinctValues(two.rows, of, two)).toBe(two)
    // A refresh that changed a row before the end: read again from the start.
    read.length = 0
    const changed = [{ zone: 'd' }, ...two.rows.slice(1)]
    expect(distinctValues(changed, of, two).values).toEqual(['a', 'c', 'd'])
    expect(read).toEqual(['d', 'a', 'c', 'a'])
  })
})
