// Small React hooks over the pure pieces.
import { useEffect, useState } from 'react'
import { dataAge, fetchedAtOf, formatAge, type DataAge } from './freshness.ts'

/** A clock that ticks every `everyMs`, for "updated 12 s ago" texts. */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/** "updated 12 s ago" for a query's data; falls back to when the browser received them. */
export function useDataAge(data: unknown, dataUpdatedAt: number): string {
  const now = useNow()
  return formatAge(fetchedAtOf(data) ?? (dataUpdatedAt || undefined), now)
}

/** How old a query's data are, without words, for a page to say in the reader's language. */
export function useAgeOfData(data: unknown, dataUpdatedAt: number): DataAge {
  const now = useNow()
  return dataAge(fetchedAtOf(data) ?? (dataUpdatedAt || undefined), now)
}
