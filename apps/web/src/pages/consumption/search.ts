// The Consumption page's URL params, read on every navigation by the router: kept apart from the period's
// arithmetic and words (period.ts), which load with the pages that draw a period.
export interface ConsumptionSearch {
  /** YYYY-MM-DD, first day of the period. */
  from?: string
  /** YYYY-MM-DD, last day of the period (included). */
  to?: string
  /** A tag key to group the cost by (`team`); the cost is grouped by service without it. */
  tag?: string
  /** A field of the entries to group the cost by, when not by service (the default) or a tag. */
  group?: Exclude<ConsumptionGroup, 'service'>
  /**
   * The paying account's Overall consumption: its own and every linked account's, side by side (grouped by account
   * unless another group is chosen). No tag grouping then: the linked accounts' resources are not the console's.
   */
  overall?: true
}

/** The fields of ReadConsumptionAccount's entries the cost may be grouped by. */
export const CONSUMPTION_GROUPS = ['service', 'category', 'type', 'subregion', 'resource', 'account'] as const
export type ConsumptionGroup = (typeof CONSUMPTION_GROUPS)[number]

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar day written YYYY-MM-DD, in ms since the epoch at 00:00 UTC. */
export function parseDay(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return undefined
  const at = Date.parse(`${value}T00:00:00.000Z`)
  // Date.parse accepts 2024-02-30 as 1 March; a day that does not round-trip does not exist.
  return Number.isNaN(at) || dayOf(at) !== value ? undefined : at
}

export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10)

/** Keeps only well-formed days; a period that is well-formed but wrong is kept, so the page can say what is wrong. */
export function parseConsumptionSearch(raw: Record<string, unknown>): ConsumptionSearch {
  const search: ConsumptionSearch = {}
  if (parseDay(raw.from) !== undefined) search.from = raw.from as string
  if (parseDay(raw.to) !== undefined) search.to = raw.to as string
  const tag = typeof raw.tag === 'string' ? raw.tag.trim() : ''
  // OUTSCALE's tag keys are 1 to 255 characters.
  if (tag && tag.length <= 255) search.tag = tag
  const group = CONSUMPTION_GROUPS.find((g) => g !== 'service' && g === raw.group)
  if (group && group !== 'service') search.group = group
  if (raw.overall === true || raw.overall === 'true') search.overall = true
  return search
}
