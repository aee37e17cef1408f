// The Consumption page as a JSON file: exactly what the page shows (the period, the currency, the summary by
// chosen group (service, category, type, subregion, resource or tag value), the total, the entries), so a script or a spreadsheet gets the same figures as the eye.
import type { ConsumptionEntry, CostByTag } from '@osc-console/osc-api'
import { totalOf, type GroupTotal } from './grouping.ts'
import type { Period } from './period.ts'
import type { ConsumptionGroup } from './search.ts'

export interface ConsumptionGroupExport {
  /** A service, category, type, subregion, resource or tag value; null for the entries without one. */
  name: string | null
  /** Entries of the group, or resources carrying the tag value. */
  count: number
  price: number | null
}

export interface ConsumptionExport {
  account: string
  /** UTC days, both included, as the page says them. */
  period: Period
  currency: string | null
  groupedBy: { kind: ConsumptionGroup } | { kind: 'tag'; key: string }
  /** Overall: the paying account's lines and its linked accounts', each naming its AccountId. */
  overall: boolean
  groups: ConsumptionGroupExport[]
  /** The total the page shows under the summary. */
  total: number | null
  /** Per-resource lines, with their ResourceId, when grouped by resource. */
  entries: ConsumptionEntry[]
}

/** What the page shows, as data; by tag only once the tag join has arrived (it is what the page shows then). */
export function consumptionExport(shown: {
  account: string
  period: Period
  currency: string | undefined
  entries: readonly ConsumptionEntry[]
  group: ConsumptionGroup
  totals: readonly GroupTotal[]
  byTag?: CostByTag
  overall?: boolean
}): ConsumptionExport {
  const base = {
    account: shown.account,
    overall: shown.overall ?? false,
    period: { from: shown.period.from, to: shown.period.to },
    currency: shown.currency ?? shown.byTag?.currency ?? null,
    entries: [...shown.entries],
  }
  if (shown.byTag) {
    const { key, groups, untagged, total } = shown.byTag
    return {
      ...base,
      groupedBy: { kind: 'tag', key },
      groups: [
        ...groups.map((g) => ({ name: g.value, count: g.resources, price: g.cost })),
        { name: null, count: untagged.resources, price: untagged.cost },
      ],
      total,
    }
  }
  return {
    ...base,
    groupedBy: { kind: shown.group },
    groups: shown.totals.map((g) => ({ name: g.key || null, count: g.entries, price: g.price ?? null })),
    total: totalOf(shown.totals) ?? null,
  }
}

export const consumptionJson = (data: ConsumptionExport) => `${JSON.stringify(data, null, 2)}\n`
