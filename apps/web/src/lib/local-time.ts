// A time as an `<input type="datetime-local">` shows it: in the person's own time zone, to the minute (or the
// second), and back to an ISO time for the URL and the BFF.

/** `2025-03-04T09:05` (`…:05:30` with seconds) for an ISO time; '' when it is not one. */
export function isoToLocalInput(iso: string | undefined, withSeconds = false): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  const minutes = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
  return withSeconds ? `${minutes}:${pad(date.getSeconds())}` : minutes
}

/** The ISO time of a `datetime-local` value, read in the person's own time zone. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
