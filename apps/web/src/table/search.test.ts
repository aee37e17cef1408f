import { describe, expect, it } from 'vitest'
import { NO_NET, filterRows, formatSort, matchesTag, parseSort, parseTableSearch } from './search.ts'
import { toCsv } from './csv.ts'
import { tableCsv } from './export.ts'
import type { ResourceColumn } from './columns.tsx'

interface Row {
  id: string
  name: string
  state: string
  zone: string
  tags: Array<{ Key: string; Value: string }>
}

const rows: Row[] = [
  { id: 'i-1', name: 'web-1', state: 'running', zone: 'eu-west-2a', tags: [{ Key: 'env', Value: 'prod' }] },
  { id: 'i-2', name: 'web-2', state: 'stopped', zone: 'eu-west-2b', tags: [{ Key: 'env', Value: 'dev' }] },
  { id: 'i-3', name: 'db-1', state: 'running', zone: 'eu-west-2a', tags: [] },
]
const accessors = {
  text: (r: Row) => `${r.id} ${r.name}`,
  state: (r: Row) => r.state,
  subregion: (r: Row) => r.zone,
  tags: (r: Row) => r.tags,
}

describe('table search in the URL', () => {
  it('keeps only well-formed values from an address bar', () => {
    expect(
      parseTableSearch({
        q: ' web ',
        state: 'running',
        sort: '-name',
        cols: 'name,state',
        op: 'op_1',
        tag: 'env=prod',
      }),
    ).toEqual({ q: 'web', state: 'running', sort: '-name', cols: 'name,state', op: 'op_1', tag: 'env=prod' })
    expect(parseTableSearch({ state: '<script>', sort: 'a;b', cols: ',,', op: '../x', q: '' })).toEqual({})
    expect(parseTableSearch({ q: 42 })).toEqual({ q: '42' })
  })

  it('round-trips the sort', () => {
    expect(parseSort('-created')).toEqual([{ id: 'created', desc: true }])
    expect(formatSort(parseSort('name'))).toBe('name')
    expect(formatSort([])).toBeUndefined()
  })
})

describe('filterRows', () => {
  it('filters by state, subregion, tag and every search word', () => {
    expect(filterRows(rows, { state: 'running' }, accessors).map((r) => r.id)).toEqual(['i-1', 'i-3'])
    expect(filterRows(rows, { subregion: 'eu-west-2b' }, accessors).map((r) => r.id)).toEqual(['i-2'])
    expect(filterRows(rows, { tag: 'env=prod' }, accessors).map((r) => r.id)).toEqual(['i-1'])
    expect(filterRows(rows, { tag: 'env' }, accessors).map((r) => r.id)).toEqual(['i-1', 'i-2'])
    expect(filterRows(rows, { q: 'WEB 2' }, accessors).map((r) => r.id)).toEqual(['i-2'])
    expect(filterRows(rows, { q: 'web', state: 'running' }, accessors).map((r) => r.id)).toEqual(['i-1'])
  })

  it('filters by Net (none for the public cloud) and by a flag the page defines', () => {
    const withNet = {
      ...accessors,
      net: (r: Row) => (r.zone === 'eu-west-2a' ? 'vpc-1' : undefined),
      flag: (r: Row, key: string) => key === 'prod' && r.tags.some((t) => t.Value === 'prod'),
    }
    expect(filterRows(rows, { net: 'vpc-1' }, withNet).map((r) => r.id)).toEqual(['i-1', 'i-3'])
    expect(filterRows(rows, { net: NO_NET }, withNet).map((r) => r.id)).toEqual(['i-2'])
    expect(filterRows(rows, { flag: 'prod' }, withNet).map((r) => r.id)).toEqual(['i-1'])
    expect(filterRows(rows, { flag: 'unknown' }, withNet)).toEqual([])
    expect(parseTableSearch({ net: 'vpc-1', flag: 'open-to-world' })).toEqual({
      net: 'vpc-1',
      flag: 'open-to-world',
    })
    expect(parseTableSearch({ net: 'vpc 1', flag: '<b>' })).toEqual({})
  })

  it('matches a tag with an empty value only when asked for it', () => {
    expect(matchesTag([{ Key: 'flag', Value: '' }], 'flag=')).toBe(true)
    expect(matchesTag([{ Key: 'flag', Value: 'x' }], 'flag=')).toBe(false)
  })

  it('filters 10,000 rows fast enough for every keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...rows[i % 3]!, id: `i-${i}` }))
    const started = performance.now()
    const result = filterRows(many, { q: 'web', state: 'running' }, accessors)
    expect(result.length).toBeGreaterThan(3000)
    expect(performance.now() - started).toBeLessThan(250)
  })
})

describe('CSV export', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', '=HYPERLINK("evil")']])).toBe(
      'a,b\r\n"x,y","\'=HYPERLINK(""evil"")"\r\n',
    )
  })

  it('exports the filtered rows, in the table order, with the visible columns only', () => {
    const columns: ResourceColumn<Row>[] = [
      { id: 'name', label: 'Name', value: (r) => r.name },
      { id: 'id', label: 'ID', value: (r) => r.id },
      { id: 'zone', label: 'Subregion', value: (r) => r.zone, defaultHidden: true },
    ]
    const shown = filterRows(rows, { state: 'running' }, accessors)
    expect(tableCsv(shown, columns, { sort: '-name' })).toBe('Name,ID\r\nweb-1,i-1\r\ndb-1,i-3\r\n')
    expect(tableCsv(shown, columns, { cols: 'zone,id' })).toBe(
      'ID,Subregion\r\ni-1,eu-west-2a\r\ni-3,eu-west-2a\r\n',
    )
  })
})
