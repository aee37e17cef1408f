// How an answer is shown: as a table when it carries a list (the first array of objects, or an empty array), as
// a tree otherwise. OUTSCALE's answers put their list at the top (`Vms`, `VirtualGateways`), sometimes one level down.

export interface AnswerList {
  /** Where the list is in the answer, e.g. `Vms` or `Quotas.0.Quotas`. */
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

/** The first list of the answer, breadth first, ResponseContext aside; undefined when there is none. */
export function answerList(answer: unknown): AnswerList | undefined {
  if (!isRecord(answer)) return undefined
  const queue: Array<[string, unknown]> = Object.entries(answer).filter(([key]) => key !== 'ResponseContext')
  while (queue.length > 0) {
    const [path, value] = queue.shift()!
    if (Array.isArray(value)) {
      if (value.length === 0 || value.every(isRecord)) {
        const items = value as Record<string, unknown>[]
        return { path, items, columns: columnsOf(items) }
      }
    } else if (isRecord(value))
      queue.push(...Object.entries(value).map(([key, inner]): [string, unknown] => [`${path}.${key}`, inner]))
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
