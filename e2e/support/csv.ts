// Reading a file the console downloads: CSV as a spreadsheet would read it (RFC 4180).
import { readFile } from 'node:fs/promises'
import type { Download } from '@playwright/test'

/** The downloaded file's text, once the browser has finished writing it. */
export async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8')
}

/** Rows of fields: quoted fields may hold commas, line breaks and doubled quotes; lines end with CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}
