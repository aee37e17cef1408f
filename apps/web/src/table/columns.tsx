// Columns are plain data at module scope; these helpers build the ones every resource list has.
import type { ReactNode } from 'react'
import { StateBadge } from '../ui/StateBadge.tsx'
import type { TagLike } from './search.ts'

export interface ResourceColumn<T> {
  id: string
  label: string
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
    label: 'ID',
    value,
    cell: (row) => <span className="font-mono text-xs">{value(row)}</span>,
    width: 'w-28',
  }
}

export function stateColumn<T>(value: (row: T) => string | undefined): ResourceColumn<T> {
  return {
    id: 'state',
    label: 'State',
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
  const text = (row: T) => tagsText(value(row), (key) => key === 'Name')
  return {
    id: 'tags',
    label: 'Tags',
    value: text,
    cell: (row) => <span title={text(row)}>{text(row)}</span>,
    width: 'w-56',
  }
}

export function createdColumn<T>(value: (row: T) => string | undefined): ResourceColumn<T> {
  return {
    id: 'created',
    label: 'Created',
    value,
    cell: (row) => {
      const iso = value(row)
      return iso ? <time dateTime={iso}>{formatDate(iso)}</time> : null
    },
    width: 'w-40',
  }
}

export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
