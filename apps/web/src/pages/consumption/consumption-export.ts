// The Consumption page as a JSON file: exactly what the page shows (the period, the currency, the summary by
// service or by tag value, the total, the entries), so a script or a spreadsheet gets the same figures as the eye.
import type { ConsumptionEntry, CostByTag } from '@osc-console/osc-api'
import { grandTotal, type ServiceTotal } from './consumption-rows.ts'
import type { Period } from './period.ts'

export interface ConsumptionGroupExport {
  /** A service, a tag value, or null for the resources without the tag. */
  name: string | null
  /** Entries of the service, or resources carrying the tag value. */
  count: number
  price: number | null
}

export interface ConsumptionExport {
  account: string
  /** UTC days, both included, as the page says them. */
  period: Period
  currency: string | null
  groupedBy: { kind: 'service' } | { kind: 'tag'; key: string }
  groups: ConsumptionGroupExport[]
  /** The total the page shows under the summary. */
  total: number | null
  entries: ConsumptionEntry[]
}

/** What the page shows, as data; by tag only once the tag join has arrived (it is what the page shows then). */
export function consumptionExport(shown: {
  account: string
  period: Period
  currency: string | undefined
  entries: readonly ConsumptionEntry[]
  totals: readonly ServiceTotal[]
  byTag?: CostByTag
}): ConsumptionExport {
  const base = {
    account: shown.account,
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
    groupedBy: { kind: 'service' },
    groups: shown.totals.map((s) => ({ name: s.service, count: s.entries, price: s.price ?? null })),
    total: grandTotal(shown.totals) ?? null,
  }
}

export const consumptionJson = (data: ConsumptionExport) => `${JSON.stringify(data, null, 2)}\n`
