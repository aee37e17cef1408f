// Reading a table column by column, as a person scans it: the headers left to right, and what one column shows
// from top to bottom. For stories about the order of rows and the choice of columns.
import type { Locator } from '@playwright/test'

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The column headers of `table`, left to right, without the selection column (which has no text). */
export async function columnHeaders(table: Locator): Promise<string[]> {
  const texts = await table.getByRole('columnheader').allInnerTexts()
  // A sorted column's header ends with an arrow that is hidden from assistive technology.
  return texts.map((t) => normalise(t.replace(/[▲▼]/g, ''))).filter(Boolean)
}

/** The text of every row's cell under `header`, top to bottom. */
export async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) =>
    normalise(h.replace(/[▲▼]/g, '')),
  )
  const index = headers.indexOf(header)
  if (index < 0)
    throw new Error(`The table has no column "${header}"; its columns are: ${headers.join(', ')}`)
  const rows = await table.getByRole('row').evaluateAll((elements) =>
    elements.map((row) => {
      const cells = Array.from(row.children)
      const isHeader = cells.every((c) => c.tagName === 'TH')
      // A row with a single cell spanning the table is a message (loading, empty, error), not a row of data.
      return isHeader || cells.length === 1 ? undefined : cells.map((c) => (c as HTMLElement).innerText)
    }),
  )
  return rows.filter((r): r is string[] => r !== undefined).map((cells) => normalise(cells[index] ?? ''))
}
