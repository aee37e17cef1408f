// "Group by" as data: which field of a consumption entry names its group (ReadConsumptionAccount's Service,
// Category, Type, SubregionName, ResourceId with ShowResourceDetails, or AccountId in an Overall reading), and each group's count and price,
// rounded to the cent so that the rows a person adds up give the total the page prints.
import { allocateCents, type ConsumptionEntry } from '@osc-console/osc-api'
import type { ConsumptionGroup } from './search.ts'

export interface GroupTotal {
  /** The group's name as OUTSCALE gives it; '' when the entry has none (no subregion, no resource). */
  key: string
  entries: number
  /** In cents-exact amounts adding up to the total; undefined when OUTSCALE gave no price at all. */
  price: number | undefined
}

/** The field of an entry that names its group; a missing one is '' (the page names it in words). */
export function groupKeyOf(group: ConsumptionGroup): (entry: ConsumptionEntry) => string {
  switch (group) {
    case 'service':
      return (e) => e.Service ?? ''
    case 'category':
      return (e) => e.Category ?? ''
    case 'type':
      return (e) => e.Type ?? ''
    case 'subregion':
      return (e) => e.SubregionName ?? ''
    case 'resource':
      return (e) => e.ResourceId ?? ''
    case 'account':
      return (e) => e.AccountId ?? ''
  }
}

/** Only the resource grouping needs OUTSCALE's per-resource lines (`ShowResourceDetails`). */
export const needsResourceDetails = (group: ConsumptionGroup) => group === 'resource'

const priced = (entries: readonly ConsumptionEntry[]) => entries.some((e) => e.Price !== undefined)

/**
 * The entries' cost per group, costliest first. `total` is the amount the groups must add up to (the ungrouped
 * consumption's, when the entries are per-resource lines rounded apart from it); by default, the entries' own sum.
 */
export function totalsBy(
  entries: readonly ConsumptionEntry[],
  group: ConsumptionGroup,
  total?: number,
): GroupTotal[] {
  const keyOf = groupKeyOf(group)
  const groups = new Map<string, { entries: number; raw: number }>()
  for (const e of entries) {
    const key = keyOf(e)
    const g = groups.get(key) ?? { entries: 0, raw: 0 }
    g.entries += 1
    g.raw += e.Price ?? 0
    groups.set(key, g)
  }
  const list = [...groups.entries()]
  if (!priced(entries))
    return list
      .map(([key, g]) => ({ key, entries: g.entries, price: undefined }))
      .sort((a, b) => a.key.localeCompare(b.key))
  const sum = total ?? list.reduce((n, [, g]) => n + g.raw, 0)
  const cents = allocateCents(
    list.map(([, g]) => g.raw),
    Math.round(sum * 100),
  )
  return list
    .map(([key, g], i) => ({ key, entries: g.entries, price: (cents[i] ?? 0) / 100 }))
    .sort((a, b) => (b.price ?? 0) - (a.price ?? 0) || a.key.localeCompare(b.key))
}

/** The groups' total, which is the ungrouped total to the cent; undefined when no price was given. */
export function totalOf(totals: readonly GroupTotal[]): number | undefined {
  if (totals.every((g) => g.price === undefined)) return undefined
  return Math.round(totals.reduce((n, g) => n + (g.price ?? 0) * 100, 0)) / 100
}

/** The entries ordered by group (the costliest group first), then by price, as the entries table reads them. */
export function entriesByGroup(
  entries: readonly ConsumptionEntry[],
  totals: readonly GroupTotal[],
  group: ConsumptionGroup,
): Array<{ total: GroupTotal; rows: ConsumptionEntry[] }> {
  const keyOf = groupKeyOf(group)
  const rows = new Map<string, ConsumptionEntry[]>(totals.map((g) => [g.key, []]))
  for (const e of entries) rows.get(keyOf(e))?.push(e)
  return totals.map((total) => ({ total, rows: rows.get(total.key) ?? [] }))
}
