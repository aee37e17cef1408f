import { describe, expect, it } from 'vitest'
import { nextSort, sortGrowing, sortRows } from './ResourceTable.tsx'
import type { ResourceColumn } from './columns.tsx'

interface Row {
  name: string
  ip?: string
  size?: number
}
const columns: ResourceColumn<Row>[] = [
  { id: 'name', label: 'Name', value: (r) => r.name },
  { id: 'ip', label: 'IP', value: (r) => r.ip },
  { id: 'size', label: 'Size', value: (r) => r.size },
]
const rows: Row[] = [
  { name: 'web-10', ip: '10.0.0.2', size: 2 },
  { name: 'web-2', size: 8 },
  { name: 'API-1', ip: '10.0.0.1' },
]
const names = (list: readonly Row[]) => list.map((r) => r.name)

describe('sorting a resource table', () => {
  it('orders names as a person reads them, numbers by value and case ignored, and keeps the cloud order unsorted', () => {
    expect(names(sortRows(rows, columns, 'name'))).toEqual(['API-1', 'web-2', 'web-10'])
    expect(names(sortRows(rows, columns, '-name'))).toEqual(['web-10', 'web-2', 'API-1'])
    expect(sortRows(rows, columns, undefined)).toBe(rows)
    expect(sortRows(rows, columns, 'no-such-column')).toBe(rows)
  })

  it('puts rows without a value last in both directions', () => {
    expect(names(sortRows(rows, columns, 'ip'))).toEqual(['API-1', 'web-10', 'web-2'])
    expect(names(sortRows(rows, columns, '-ip'))).toEqual(['web-10', 'API-1', 'web-2'])
    expect(names(sortRows(rows, columns, '-size'))).toEqual(['web-2', 'web-10', 'API-1'])
  })

  it('cycles a header click through ascending, descending and unsorted for text, descending first for numbers', () => {
    const [name, , size] = columns
    expect(nextSort(name!, rows, undefined)).toBe('name')
    expect(nextSort(name!, rows, 'name')).toBe('-name')
    expect(nextSort(name!, rows, '-name')).toBeUndefined()
    expect(nextSort(name!, rows, '-size')).toBe('name')
    expect(nextSort(size!, rows, undefined)).toBe('-size')
    expect(nextSort(size!, rows, '-size')).toBe('size')
    expect(nextSort(size!, rows, 'size')).toBeUndefined()
  })
})

describe('sorting a long list', () => {
  it('orders 10,000 names in well under a second', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      name: `web-${(i * 7919) % 10_000}`,
      ip: '',
      size: i,
    }))
    const started = performance.now()
    const sorted = sortRows(many, columns, 'name')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(sorted.slice(0, 3).map((r) => r.name)).toEqual(['web-0', 'web-1', 'web-2'])
  })
})

describe('sorting a list whose pages arrive', () => {
  // Sizes repeat and some are missing, so that ties and the rows without a value show in the order.
  const page = (from: number) =>
    Array.from({ length: 500 }, (_, i) => ({ name: `vm-${from + i}`, size: (from + i) % 7 || undefined }))

  it('reads only the new page, and orders the rows as sorting them all at once does', () => {
    let reads = 0
    const counted: ResourceColumn<Row>[] = [
      {
        id: 'size',
        label: 'Size',
        value: (r) => {
          reads++
          return r.size
        },
      },
    ]
    const first = page(0)
    const both = [...first, ...page(500)]
    for (const sort of ['size', '-size']) {
      const before = sortGrowing(first, counted, sort)
      reads = 0
      const after = sortGrowing(both, counted, sort, before)
      expect(reads).toBe(500)
      expect(names(after.sorted)).toEqual(names(sortRows(both, counted, sort)))
    }
  })

  it('sorts every row again when the sort changes or the rows are not the same ones followed by more', () => {
    const first = page(0)
    const before = sortGrowing(first, columns, 'size')
    const reversed = sortGrowing([...first, ...page(500)], columns, '-size', before)
    expect(names(reversed.sorted)).toEqual(names(sortRows([...first, ...page(500)], columns, '-size')))
    const refreshed = page(0)
    expect(sortGrowing(refreshed, columns, 'size', before).sorted[0]).toBe(
      sortRows(refreshed, columns, 'size')[0],
    )
  })
})
