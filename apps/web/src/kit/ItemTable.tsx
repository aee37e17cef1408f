// A small table of related items inside a detail page (a Net's Subnets, a route table's routes): a caption-less
// labelled table, one header per column, and one sentence when there is nothing. Lists of a whole family use
// ResourceListPage instead.
import type { ReactNode } from 'react'
import { useT } from '../i18n/text.ts'
import type { MessageId } from '../i18n/catalog.ts'

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
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label={label}>
        <thead>
          <tr className="text-left text-xs muted">
            {columns.map((c) => (
              <th key={c.label} scope="col" className="py-1 pr-4 font-medium">
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={rowKey(item)} className="border-t border-slate-100 dark:border-slate-800">
              {columns.map((c) => (
                <td key={c.label} className={`py-1.5 pr-4 ${c.mono ? 'font-mono text-xs' : ''}`}>
                  {c.cell(item) ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
