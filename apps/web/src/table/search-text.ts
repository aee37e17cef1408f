// The lower-cased text the search box matches each row against, worked out once per row object. Rows keep their
// identity between refreshes (structural sharing), so with 10,000 rows a keystroke compares strings instead of
// building them. While pages of a long list arrive, the texts of the new rows are prepared in idle time, so the
// first keystroke does not build 10,000 of them at once.
import { useEffect } from 'react'

const texts = new WeakMap<object, string>()

/** The row's search text, lower-cased; built on first use and kept as long as the row object lives. */
export function searchTextOf<T>(row: T, text: (row: T) => string): string {
  if (typeof row !== 'object' || row === null) return text(row).toLowerCase()
  let cached = texts.get(row)
  if (cached === undefined) {
    cached = text(row).toLowerCase()
    texts.set(row, cached)
  }
  return cached
}

/**
 * Builds the search texts of `rows` from `from` on while `hasTime()` says so (checked every `batch` rows);
 * returns the index to resume from, `rows.length` when every text is built.
 */
export function prepareSearchTexts<T>(
  rows: readonly T[],
  text: (row: T) => string,
  from: number,
  hasTime: () => boolean,
  batch = 100,
): number {
  let index = from
  while (index < rows.length) {
    const end = Math.min(rows.length, index + batch)
    for (; index < end; index++) searchTextOf(rows[index] as T, text)
    if (!hasTime()) break
  }
  return index
}

type IdleDeadline = { timeRemaining(): number }
const whenIdle = (work: (deadline: IdleDeadline) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 })
    return () => cancelIdleCallback(handle)
  }
  // Browsers without requestIdleCallback: short slices between tasks.
  const handle = setTimeout(() => {
    const until = performance.now() + 8
    work({ timeRemaining: () => until - performance.now() })
  }, 0)
  return () => clearTimeout(handle)
}

/**
 * Prepares the search texts of a list's rows in idle time, a few milliseconds at a time. Rows already prepared
 * (the pages before) cost one lookup each.
 */
export function usePreparedSearchTexts<T>(rows: readonly T[], text: (row: T) => string): void {
  useEffect(() => {
    let from = 0
    let cancel = () => {}
    const step = (deadline: IdleDeadline) => {
      from = prepareSearchTexts(rows, text, from, () => deadline.timeRemaining() > 2)
      if (from < rows.length) cancel = whenIdle(step)
    }
    cancel = whenIdle(step)
    return () => cancel()
  }, [rows, text])
}
