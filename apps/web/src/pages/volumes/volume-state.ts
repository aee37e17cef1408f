// A volume's state as the console shows it: its link's while it is being attached or detached, since that is what
// changes by itself. Kept apart from the rules, so the registry (in the first chunk) takes only this.
import type { Volume } from '@osc-console/osc-api'

export function volumeState(v: Volume): string | undefined {
  const link = v.LinkedVolumes?.[0]?.State
  return link === 'attaching' || link === 'detaching' ? link : v.State
}
