// Reading tables the way a person does: by column header and cell text, never by CSS.
import { expect, type Locator } from '@playwright/test'

type Cells = Record<string, string | RegExp>

function matches(text: string, expected: string | RegExp): boolean {
  const normalised = text.replace(/\s+/g, ' ').trim()
  if (expected instanceof RegExp) return expected.test(normalised)
  // A cell may show more than its value (an id under a name, a spinner label): one of its lines must be it.
  return normalised === expected || text.split('\n').some((line) => line.trim() === expected)
}

/** The rows of `table` whose cells under the given column headers show the given values. */
export async function findRows(table: Locator, cells: Cells): Promise<number[]> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) =>
    h.replace(/\s+/g, ' ').trim(),
  )
  if (headers.length === 0) return [] // not on the page (yet)
  const columns = Object.entries(cells).map(([header, value]) => {
    const index = headers.findIndex((h) => h === header || h.startsWith(`${header} `))
    if (index < 0)
      throw new Error(`The table has no column "${header}"; its columns are: ${headers.join(', ')}`)
    return { index, value }
  })
  // One round trip for every row's cell texts (rows hidden from assistive technology are not rows here).
  const rows = await table.getByRole('row').evaluateAll((elements) =>
    elements.map((row) => {
      const cells = Array.from(row.children).filter((c) => c.getAttribute('role') !== 'presentation')
      const isHeader = cells.every((c) => c.tagName === 'TH' && c.getAttribute('scope') !== 'row')
      return isHeader ? undefined : cells.map((c) => (c as HTMLElement).innerText)
    }),
  )
  const found: number[] = []
  rows.forEach((texts, r) => {
    if (!texts) return
    if (columns.every(({ index, value }) => texts[index] !== undefined && matches(texts[index], value)))
      found.push(r)
  })
  return found
}

/** Waits until a row of `table` shows every given cell, e.g. `{ Name: 'web-1', State: 'running' }`. */
export async function expectRowVisible(table: Locator, cells: Cells, options: { timeout?: number } = {}) {
  await expect
    .poll(async () => (await findRows(table, cells)).length, {
      message: `a row with ${JSON.stringify(cells, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}`,
      timeout: options.timeout,
      intervals: [100, 250, 500],
    })
    .toBeGreaterThan(0)
}

/** Waits until no row of `table` shows the given cells. */
export async function expectNoRow(table: Locator, cells: Cells) {
  await expect.poll(async () => (await findRows(table, cells)).length, { intervals: [100, 250, 500] }).toBe(0)
}

/** The row of `table` that shows the given cells (the first one), to act on it: select it, open its menu. */
export async function rowOf(table: Locator, cells: Cells): Promise<Locator> {
  await expectRowVisible(table, cells)
  const [index] = await findRows(table, cells)
  return table.getByRole('row').nth(index!)
}
