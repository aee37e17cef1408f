// How an answer is shown: as a table when it carries a list (the first array of objects, or an empty array), as
// a tree otherwise. OUTSCALE's answers put their list at the top (`Vms`, `VirtualGateways`, `QuotaTypes`).

export interface AnswerList {
  /** The answer's key holding the list, e.g. `Vms`. */
  path: string
  items: Record<string, unknown>[]
  /** Columns in the order fields first appear, scalars before objects and arrays. */
  columns: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Items read to choose the columns: a long list's later items rarely add a field. */
const COLUMN_SAMPLE = 100

export function columnsOf(items: readonly Record<string, unknown>[]): string[] {
  const scalar = new Set<string>()
  const nested = new Set<string>()
  for (const item of items.slice(0, COLUMN_SAMPLE))
    for (const [key, value] of Object.entries(item))
      if (typeof value === 'object' && value !== null) nested.add(key)
      else scalar.add(key)
  for (const key of scalar) nested.delete(key)
  return [...scalar, ...nested]
}

/**
 * The list of the answer: its first top-level array of objects (or empty array), ResponseContext aside. Only the top
 * level counts: an empty `Tags` inside the one resource a Create answers is not the answer's list.
 */
export function answerList(answer: unknown): AnswerList | undefined {
  if (!isRecord(answer)) return undefined
  for (const [path, value] of Object.entries(answer)) {
    if (path === 'ResponseContext' || !Array.isArray(value)) continue
    if (value.length === 0 || value.every(isRecord)) {
      const items = value as Record<string, unknown>[]
      return { path, items, columns: columnsOf(items) }
    }
  }
  return undefined
}

/** A cell's text: scalars as they are, short arrays of scalars joined, anything else summed up. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    const joined = value.join(', ')
    if (joined.length <= 80) return joined
  }
  const json = JSON.stringify(value)
  return json.length <= 80 ? json : `${json.slice(0, 79)}…`
}

export function requestIdOf(answer: unknown): string | undefined {
  const context = isRecord(answer) ? answer.ResponseContext : undefined
  return isRecord(context) && typeof context.RequestId === 'string' ? context.RequestId : undefined
}

export function nextPageToken(answer: unknown): string | undefined {
  const token = isRecord(answer) ? answer.NextPageToken : undefined
  return typeof token === 'string' && token !== '' ? token : undefined
}
