// Small React hooks over the pure pieces.
import { useEffect, useState } from 'react'
import { fetchedAtOf, formatAge } from './freshness.ts'

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
