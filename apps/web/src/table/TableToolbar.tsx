// Search, filters, column chooser, export and refresh above a resource table. Every value lives in the URL.
import { useEffect, useRef } from 'react'
import type { ResourceColumn } from './columns.tsx'
import type { TableSearch } from './search.ts'
import { visibleColumnIds } from './ResourceTable.tsx'
import { Popover } from '../ui/Popover.tsx'
import { RefreshButton } from '../ui/RefreshButton.tsx'
import { useDebouncedInput } from './debounced-input.ts'

export interface TableToolbarProps<T> {
  search: TableSearch
  onChange: (changes: Partial<TableSearch>) => void
  stateOptions: string[]
  subregionOptions: string[]
  columns: ResourceColumn<T>[]
  onExport: () => void
  onRefresh: () => void
  refreshing: boolean
}

/** "3 items · updated 12 s ago", beside a list's title. */
export function TableStatus({
  shown,
  total,
  age,
  loading = false,
}: {
  shown: number
  total: number
  age: string
  loading?: boolean
}) {
  if (loading) return <span className="text-sm muted">Loading…</span>
  return (
    <span className="text-sm muted">
      {shown === total ? `${total} ${total === 1 ? 'item' : 'items'}` : `${shown} of ${total} items`} · {age}
    </span>
  )
}

/** "/" puts the cursor in the search box, as in most consoles, unless the person is typing somewhere. */
function useSlashToSearch(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault()
        input.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [input])
}

export function TableToolbar<T>(props: TableToolbarProps<T>) {
  const { search, onChange } = props
  const searchBox = useRef<HTMLInputElement>(null)
  useSlashToSearch(searchBox)
  const [q, setQ] = useDebouncedInput(search.q, (value) => onChange({ q: value }))
  const [tag, setTag] = useDebouncedInput(search.tag, (value) => onChange({ tag: value }), 400)
  const visible = new Set(visibleColumnIds(props.columns, search.cols))
  const toggleColumn = (id: string) => {
    const next = new Set(visible)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange({
      cols:
        props.columns
          .filter((c) => next.has(c.id))
          .map((c) => c.id)
          .join(',') || undefined,
    })
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        ref={searchBox}
        type="search"
        aria-keyshortcuts="/"
        aria-label="Search"
        placeholder="Search name, id, IP…"
        className="input w-56"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <select
        aria-label="State"
        className="input w-32"
        value={search.state ?? ''}
        onChange={(event) => onChange({ state: event.target.value || undefined })}
      >
        <option value="">All states</option>
        {props.stateOptions.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <select
        aria-label="Subregion"
        className="input w-36"
        value={search.subregion ?? ''}
        onChange={(event) => onChange({ subregion: event.target.value || undefined })}
      >
        <option value="">All subregions</option>
        {props.subregionOptions.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <input
        aria-label="Tag"
        placeholder="Tag key=value"
        className="input w-36"
        value={tag}
        onChange={(event) => setTag(event.target.value)}
      />
      <Popover label="Columns" buttonText="Columns" align="left">
        <fieldset className="flex w-56 flex-col gap-1 p-3 text-sm">
          <legend className="sr-only">Visible columns</legend>
          {props.columns.map((column) => (
            <label key={column.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={visible.has(column.id)}
                onChange={() => toggleColumn(column.id)}
              />
              {column.label}
            </label>
          ))}
          <button type="button" className="btn mt-2" onClick={() => onChange({ cols: undefined })}>
            Reset columns
          </button>
        </fieldset>
      </Popover>
      <button type="button" className="btn" onClick={props.onExport}>
        Export CSV
      </button>
      <div className="flex-1" />
      <RefreshButton onRefresh={props.onRefresh} refreshing={props.refreshing} />
    </div>
  )
}
