import { isTransitional } from '@osc-console/data'

const green = 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
const grey = 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200'
const red = 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
const changing = 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200'

const colours: Record<string, string> = {
  running: green,
  available: green,
  'in-use': green,
  stopped: grey,
  terminated: 'bg-slate-100 text-slate-600 line-through dark:bg-slate-900 dark:text-slate-400',
  quarantine: red,
  error: red,
  // Net peerings (waiting on the other side: not changing by itself, so no spinner) and access keys.
  active: green,
  ACTIVE: green,
  'pending-acceptance': changing,
  rejected: red,
  failed: red,
  INACTIVE: grey,
}

/** A state with a colour, and a spinner while it is changing by itself. */
export function StateBadge({ state }: { state: string | undefined }) {
  if (!state) return null
  const moving = isTransitional(state)
  const colour = moving
    ? changing
    : (colours[state] ?? 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200')
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${colour}`}>
      {moving && (
        <span
          aria-hidden="true"
          className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      )}
      {state}
    </span>
  )
}
