// Cost per value of a tag key: the period's consumption lines, per resource, joined with the resources' tags. The
// console computes the join so that a person who reads costs but not resources (billing) sees cost per team, env
// or owner without receiving the resources themselves.
import type {
  ConsumptionEntry,
  CostByTag,
  ReadConsumptionAccountResponse,
  ReadTagsResponse,
  Tag,
  TagCost,
} from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Logger } from './logger.ts'
import type { Proxy } from './proxy.ts'

const DAY = 86_400_000
/** Pages of ReadTags at most: 100 pages of 1,000 tags cover any account this console is meant for. */
const MAX_TAG_PAGES = 100

/** The tag value of each resource carrying `key`. */
export function tagValues(tags: readonly Tag[], key: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const tag of tags)
    if (tag.Key === key && tag.ResourceId !== undefined) values.set(tag.ResourceId, tag.Value ?? '')
  return values
}

interface Group {
  value: string
  raw: number
  resources: Set<string>
}

/**
 * Rounds `raw` amounts to cents so that they add up to `total` (already in cents) exactly: each is rounded down,
 * and the cents left go to the largest remainders (ties to the larger amount, then the earlier one). The groups
 * are cut from per-resource lines and the total from the ungrouped lines, which OUTSCALE rounds separately; this
 * keeps what a person adds up equal to what the ungrouped page says, moving at most a cent per group.
 */
export function allocateCents(raw: readonly number[], totalCents: number): number[] {
  // In cents, without the binary noise of the sums (0.1 + 0.2).
  const exact = raw.map((amount) => Math.round(amount * 1e6) / 1e4)
  const cents = exact.map(Math.floor)
  let left = totalCents - cents.reduce((sum, c) => sum + c, 0)
  const byRest = exact
    .map((amount, i) => ({ i, rest: amount - (cents[i] ?? 0), amount }))
    .sort((a, b) => b.rest - a.rest || b.amount - a.amount || a.i - b.i)
    .map(({ i }) => i)
  // Short of the total: a cent more to the largest remainders; over it: a cent less to the smallest.
  const order = left >= 0 ? byRest : [...byRest].reverse()
  for (let k = 0; left !== 0 && order.length > 0; k++) {
    const at = order[k % order.length]!
    cents[at] = (cents[at] ?? 0) + Math.sign(left)
    left -= Math.sign(left)
  }
  return cents
}

export interface TagCosts {
  groups: TagCost[]
  untagged: TagCost
  total: number
}

/**
 * Groups the per-resource `lines` by the value of `key` (`values`), the rest as untagged, rounded to the cent so
 * that they add up to `total`, the ungrouped lines' cost.
 */
export function costByTag(
  lines: readonly ConsumptionEntry[],
  values: ReadonlyMap<string, string>,
  total: number,
): TagCosts {
  const groups = new Map<string, Group>()
  const untagged: Group = { value: '', raw: 0, resources: new Set() }
  for (const line of lines) {
    const value = line.ResourceId === undefined ? undefined : values.get(line.ResourceId)
    let group = untagged
    if (value !== undefined) {
      group = groups.get(value) ?? { value, raw: 0, resources: new Set() }
      groups.set(value, group)
    }
    group.raw += line.Price ?? 0
    if (line.ResourceId !== undefined) group.resources.add(line.ResourceId)
  }
  const all = [...groups.values(), untagged]
  const totalCents = Math.round(total * 100)
  const cents = allocateCents(
    all.map((g) => g.raw),
    totalCents,
  )
  const shaped = all.map((g, i) => ({
    value: g.value,
    cost: (cents[i] ?? 0) / 100,
    resources: g.resources.size,
  }))
  const last = shaped.pop()!
  return {
    groups: shaped.sort((a, b) => b.cost - a.cost || a.value.localeCompare(b.value)),
    untagged: last,
    total: totalCents / 100,
  }
}

export interface CostByTagQuery {
  identity: Identity
  account: string
  key: string
  /** UTC days, both included. */
  from: string
  to: string
  logger: () => Logger
}

/**
 * The period's cost per value of `key`. The consumption is read as the person (their role must allow it, and a
 * refusal is theirs); the tags are read by the console for the join and never returned as they are.
 */
export async function readCostByTag(proxy: Proxy, query: CostByTagQuery): Promise<CostByTag> {
  const { identity, account, key, from, to, logger } = query
  const dates = {
    FromDate: from,
    ToDate: new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
  }
  const read = async <T>(action: string, body: unknown, forConsole?: true): Promise<T> => {
    const result = await proxy.call({
      identity,
      accountId: account,
      action,
      body,
      logger,
      ...(forConsole ? { forConsole } : {}),
    })
    return JSON.parse(result.text) as T
  }
  const [ungrouped, detailed] = await Promise.all([
    read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', { ...dates, ShowPrice: true }),
    read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', {
      ...dates,
      ShowPrice: true,
      ShowResourceDetails: true,
    }),
  ])
  const tags: Tag[] = []
  let token: string | undefined
  for (let page = 0; page < MAX_TAG_PAGES; page++) {
    const body = await read<ReadTagsResponse>(
      'ReadTags',
      { Filters: { Keys: [key] }, ResultsPerPage: 1000, ...(token ? { NextPageToken: token } : {}) },
      true,
    )
    tags.push(...(body.Tags ?? []))
    token = body.NextPageToken ?? undefined
    if (!token) break
  }
  const total = (ungrouped.ConsumptionEntries ?? []).reduce((sum, e) => sum + (e.Price ?? 0), 0)
  const grouped = costByTag(detailed.ConsumptionEntries ?? [], tagValues(tags, key), total)
  const currency = ungrouped.Currency ?? detailed.Currency ?? undefined
  return { account, key, from, to, ...(currency ? { currency } : {}), ...grouped }
}
