// How often a list refreshes: fast only while something shown is changing state, slow otherwise, never while the
// tab is hidden, and slower for a while after OUTSCALE throttled us.

export const FAST_MS = 2_000
export const SLOW_MS = 30_000
/** How long after a throttling answer the intervals stay stretched. */
export const THROTTLE_COOL_DOWN_MS = 120_000
export const THROTTLE_FACTOR = 4

/** States in which a resource changes by itself; the page polls fast while one of these is shown. */
export const transitionalStates: ReadonlySet<string> = new Set([
  'pending',
  'stopping',
  'shutting-down',
  'creating',
  'deleting',
  'attaching',
  'detaching',
  'updating',
])

export function isTransitional(state: string | undefined): boolean {
  return state !== undefined && transitionalStates.has(state)
}

export interface PollingInput {
  states: Iterable<string | undefined>
  hidden: boolean
  lastThrottledAt: number | undefined
  now: number
}

/** The next refetch interval in ms, or false to stop polling. */
export function pollingInterval({ states, hidden, lastThrottledAt, now }: PollingInput): number | false {
  if (hidden) return false
  let base = SLOW_MS
  for (const state of states) {
    if (isTransitional(state)) {
      base = FAST_MS
      break
    }
  }
  const throttledRecently = lastThrottledAt !== undefined && now - lastThrottledAt < THROTTLE_COOL_DOWN_MS
  return throttledRecently ? base * THROTTLE_FACTOR : base
}

let lastThrottledAt: number | undefined

export function noteThrottled(at = Date.now()): void {
  lastThrottledAt = at
}

export function lastThrottle(): number | undefined {
  return lastThrottledAt
}

function documentHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden'
}

/**
 * A `refetchInterval` for useQuery: `statesOf` lists the states of what the page shows from the query's data.
 */
export function pollWhile<T>(statesOf: (data: T) => Iterable<string | undefined>) {
  return (query: { state: { data: T | undefined } }): number | false =>
    pollingInterval({
      states: query.state.data === undefined ? [] : statesOf(query.state.data),
      hidden: documentHidden(),
      lastThrottledAt,
      now: Date.now(),
    })
}
