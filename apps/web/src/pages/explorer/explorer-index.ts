// The explorer's index: every call of the contract catalogue, grouped by family and found by a search that ignores
// case, spaces and dashes ("client gateway" finds CreateClientGateway and the client-gateways family).
import { actionNames, catalogue, type ActionName } from '@osc-console/osc-api'

export interface FamilyCalls {
  family: string
  calls: ActionName[]
}

const squash = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, '')

export function callMatches(action: ActionName, search: string | undefined): boolean {
  if (!search) return true
  const haystack = squash(`${action} ${catalogue[action].family}`)
  return search
    .split(/[\s,]+/)
    .map(squash)
    .filter(Boolean)
    .every((term) => haystack.includes(term))
}

/** The families with at least one call matching the search, in alphabetical order, their calls in the same order. */
export function familiesOf(search: string | undefined): FamilyCalls[] {
  const byFamily = new Map<string, ActionName[]>()
  for (const action of actionNames)
    if (callMatches(action, search)) {
      const family = catalogue[action].family
      byFamily.set(family, [...(byFamily.get(family) ?? []), action])
    }
  return [...byFamily].sort(([a], [b]) => a.localeCompare(b)).map(([family, calls]) => ({ family, calls }))
}

export const familyCount = new Set(actionNames.map((a) => catalogue[a].family)).size
