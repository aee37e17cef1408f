// Search, filters, column chooser, export and refresh above a resource table. Every value lives in the URL.
import { useEffect, useRef, type ReactNode } from 'react'
import type { ResourceColumn } from './columns.tsx'
import { NO_NET, type TableSearch } from './search.ts'
import { visibleColumnIds } from './ResourceTable.tsx'
import { labelText } from './columns.tsx'
import { useT } from '../i18n/text.ts'
import type { FilterKind } from '../kit/descriptor.ts'
import { Popover } from '../ui/Popover.tsx'
import { RefreshButton } from '../ui/RefreshButton.tsx'
import { useDebouncedInput } from '../ui/debounced-input.ts'

export interface TableToolbarProps<T> {
  search: TableSearch
  onChange: (changes: Partial<TableSearch>) => void
  /** Which filters the resource has, besides the search box. */
  filters: readonly FilterKind[]
  stateOptions: readonly string[]
  subregionOptions: readonly string[]
  /** The Nets the items are in, for the `net` filter. */
  netOptions?: readonly string[]
  /** The page's flags ("open to the internet"), offered as one choice. */
  flagOptions?: readonly { key: string; label: string }[]
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
  age: ReactNode
  loading?: boolean
}) {
  const t = useT()
  if (loading) return <span className="text-sm muted">{t('table.loading')}</span>
  return (
    <span className="text-sm muted">
      {shown === total ? t('table.count', { total }) : t('table.countFiltered', { shown, total })} · {age}
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
  const { search, onChange, filters } = props
  const t = useT()
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
        aria-label={t('table.search')}
        placeholder={t('table.search.placeholder')}
        className="input w-56"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      {filters.includes('state') && (
        <select
          aria-label={t('table.col.state')}
          className="input w-32"
          value={search.state ?? ''}
          onChange={(event) => onChange({ state: event.target.value || undefined })}
        >
          <option value="">{t('table.allStates')}</option>
          {props.stateOptions.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      )}
      {filters.includes('subregion') && (
        <select
          aria-label={t('table.subregion')}
          className="input w-36"
          value={search.subregion ?? ''}
          onChange={(event) => onChange({ subregion: event.target.value || undefined })}
        >
          <option value="">{t('table.allSubregions')}</option>
          {props.subregionOptions.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      )}
      {filters.includes('net') && (
        <select
          aria-label={t('table.net')}
          className="input w-36"
          value={search.net ?? ''}
          onChange={(event) => onChange({ net: event.target.value || undefined })}
        >
          <option value="">{t('table.allNets')}</option>
          <option value={NO_NET}>{t('table.noNet')}</option>
          {(props.netOptions ?? []).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      )}
      {props.flagOptions && props.flagOptions.length > 0 && (
        <select
          aria-label={t('table.flag')}
          className="input w-36"
          value={search.flag ?? ''}
          onChange={(event) => onChange({ flag: event.target.value || undefined })}
        >
          <option value="">{t('table.flag.all')}</option>
          {props.flagOptions.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      )}
      {filters.includes('tag') && (
        <input
          aria-label={t('table.tag')}
          placeholder={t('table.tag.placeholder')}
          className="input w-36"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
      )}
      <Popover label={t('table.columns')} buttonText={t('table.columns')} align="left">
        <fieldset className="flex w-56 flex-col gap-1 p-3 text-sm">
          <legend className="sr-only">{t('table.visibleColumns')}</legend>
          {props.columns.map((column) => (
            <label key={column.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={visible.has(column.id)}
                onChange={() => toggleColumn(column.id)}
              />
              {labelText(column.label, t)}
            </label>
          ))}
          <button type="button" className="btn mt-2" onClick={() => onChange({ cols: undefined })}>
            {t('table.resetColumns')}
          </button>
        </fieldset>
      </Popover>
      <button type="button" className="btn" onClick={props.onExport}>
        {t('table.exportCsv')}
      </button>
      <div className="flex-1" />
      <RefreshButton onRefresh={props.onRefresh} refreshing={props.refreshing} />
    </div>
  )
}
