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
  const base = anyTransitional(states) ? FAST_MS : SLOW_MS
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
 * TanStack Query asks for the interval on every render of every component reading the query, and a list holds
 * up to 10,000 items: whether an answer shows a changing state is worked out once per answer (query data are
 * never mutated) and remembered beside it, so a keystroke on a long list does not walk every item again.
 * Keep one such function per kind of data (see `kit/queries.ts`) so that it keeps what it worked out.
 */
export function pollWhile<T>(statesOf: (data: T) => Iterable<string | undefined>) {
  const changing = new WeakMap<object, boolean>()
  const showsChange = (data: T): boolean => {
    if (typeof data !== 'object' || data === null) return anyTransitional(statesOf(data))
    let known = changing.get(data)
    if (known === undefined) {
      known = anyTransitional(statesOf(data))
      changing.set(data, known)
    }
    return known
  }
  return (query: { state: { data: T | undefined } }): number | false =>
    pollingInterval({
      states: query.state.data !== undefined && showsChange(query.state.data) ? CHANGING : [],
      hidden: documentHidden(),
      lastThrottledAt,
      now: Date.now(),
    })
}

const CHANGING = ['pending']

function anyTransitional(states: Iterable<string | undefined>): boolean {
  for (const state of states) if (isTransitional(state)) return true
  return false
}
