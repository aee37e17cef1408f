// A table of a few rows drawn in full inside a tab or a card: a load balancer's listeners and backends, a security
// group's rules, the sessions of the team page. Resource lists use table/ResourceTable (virtualised, sortable); this is
// for dozens of rows, not thousands. Cells need no classes: the table spaces and rules them.
import type { ReactNode } from 'react'

export function PlainTable({
  label,
  columns,
  actions,
  framed = true,
  scrolls = false,
  empty,
  children,
}: {
  label: string
  /** Column headings, in order. */
  columns: string[]
  /** When the rows end with a column of buttons: its heading, read by screen readers only. */
  actions?: string
  /** Drawn in its own card; false inside a card already (a page section). */
  framed?: boolean
  /**
   * Hundreds of rows or more columns than fit: the table scrolls inside a box of its own height, which the keyboard
   * can reach (a scrolling box nothing in it can focus is out of reach without a mouse).
   */
  scrolls?: boolean
  /** What the table says in place of its rows when it has none; undefined while it has some. */
  empty?: ReactNode
  /** The rows: `<tr>` of `<td>`. */
  children: ReactNode
}) {
  const box = `${framed ? 'card ' : ''}${scrolls ? 'max-h-[32rem] overflow-auto' : 'overflow-x-auto'}`
  return (
    <div className={box} {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      <table
        aria-label={label}
        className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 dark:[&_tbody_tr]:border-slate-700"
      >
        <thead>
          <tr className="text-xs muted">
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
            {actions !== undefined && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{actions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {children}
          {empty !== undefined && (
            <tr>
              <td colSpan={columns.length + (actions === undefined ? 0 : 1)} className="muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
