// A small table of related items inside a detail page (a Net's Subnets, a route table's routes), described by its
// columns: drawn as a PlainTable, with one sentence when there is nothing. Lists of a whole family use
// ResourceListPage instead.
import type { ReactNode } from 'react'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { PlainTable } from './PlainTable.tsx'

export interface ItemColumn<T> {
  label: MessageId
  cell: (item: T) => ReactNode
  /** Shown in a monospace font (ids, addresses). */
  mono?: boolean
}

export function ItemTable<T>({
  label,
  columns,
  items,
  rowKey,
  empty,
}: {
  /** The table's accessible name, already in the reader's language. */
  label: string
  columns: readonly ItemColumn<T>[]
  items: readonly T[]
  rowKey: (item: T) => string
  empty: MessageId
}) {
  const t = useT()
  if (items.length === 0) return <p className="text-sm muted">{t(empty)}</p>
  return (
    <PlainTable label={label} columns={columns.map((c) => t(c.label))} framed={false}>
      {items.map((item) => (
        <tr key={rowKey(item)}>
          {columns.map((c) => (
            <td key={c.label} className={c.mono ? 'font-mono text-xs' : undefined}>
              {c.cell(item) ?? '—'}
            </td>
          ))}
        </tr>
      ))}
    </PlainTable>
  )
}
