// Columns are plain data at module scope; these helpers build the ones every resource list has.
import type { ReactNode } from 'react'
import { StateBadge } from '../ui/StateBadge.tsx'
import { DateTime } from '../ui/DateTime.tsx'
import type { TagLike } from './search.ts'
import { text, type Text, type Translate } from '../i18n/text.ts'

/** A column's header: a message to translate where it is shown, or words already in the reader's language. */
export type ColumnLabel = string | Text

export function labelText(label: ColumnLabel, t: Translate): string {
  return typeof label === 'string' ? label : t(label)
}

export interface ResourceColumn<T> {
  id: string
  label: ColumnLabel
  /** The value used to sort, search and export. */
  value: (row: T) => string | number | undefined
  cell?: (row: T) => ReactNode
  defaultHidden?: boolean
  /** Tailwind width class for the column. */
  width?: string
}

export function idColumn<T>(id: string, value: (row: T) => string | undefined): ResourceColumn<T> {
  return {
    id,
    label: text('table.col.id'),
    value,
    cell: (row) => <span className="font-mono text-xs">{value(row)}</span>,
    width: 'w-28',
  }
}

export function stateColumn<T>(value: (row: T) => string | undefined): ResourceColumn<T> {
  return {
    id: 'state',
    label: text('table.col.state'),
    value,
    cell: (row) => <StateBadge state={value(row)} />,
    width: 'w-32',
  }
}

export function tagsText(tags: TagLike[] | undefined, hide: (key: string) => boolean = () => false): string {
  return (tags ?? [])
    .filter((t) => t.Key && !hide(t.Key))
    .map((t) => (t.Value ? `${t.Key}=${t.Value}` : t.Key))
    .join(', ')
}

export function tagsColumn<T>(value: (row: T) => TagLike[] | undefined): ResourceColumn<T> {
  // The Name tag already has its own column.
  const shown = (row: T) => tagsText(value(row), (key) => key === 'Name')
  return {
    id: 'tags',
    label: text('table.col.tags'),
    value: shown,
    cell: (row) => <span title={shown(row)}>{shown(row)}</span>,
    width: 'w-56',
  }
}

export function createdColumn<T>(value: (row: T) => string | undefined): ResourceColumn<T> {
  return {
    id: 'created',
    label: text('table.col.created'),
    value,
    cell: (row) => {
      const iso = value(row)
      return iso ? <DateTime iso={iso} /> : null
    },
    width: 'w-40',
  }
}
