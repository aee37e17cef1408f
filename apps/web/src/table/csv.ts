// CSV export of what the table shows. Cells that a spreadsheet would run as a formula are neutralised.
export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export { downloadText } from '../lib/download.ts'
