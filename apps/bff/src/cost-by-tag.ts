// Cost per value of a tag key: the period's consumption lines, per resource, joined with the resources' tags. The
// console computes the join so that a person who reads costs but not resources (billing) sees cost per team, env
// or owner without receiving the resources themselves.
import type {
  ConsumptionEntry,
  CostByTag,
  DailyCostByTag,
  ReadConsumptionAccountResponse,
  ResourceCost,
  TopResources,
  ReadTagsResponse,
  Tag,
  TagCost,
} from '@osc-console/osc-api'
import { allocateCents } from '@osc-console/osc-api'
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

// Shared with the SPA, which splits a period's cost by service, subregion or resource the same way.
export { allocateCents }

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

/** The `limit` costliest resources of the per-resource `lines`, each named by its costliest line's type. */
export function topResources(lines: readonly ConsumptionEntry[], limit = 10): ResourceCost[] {
  const byResource = new Map<string, { raw: number; costliest: ConsumptionEntry }>()
  for (const line of lines) {
    if (line.ResourceId === undefined) continue
    const seen = byResource.get(line.ResourceId)
    if (!seen) byResource.set(line.ResourceId, { raw: line.Price ?? 0, costliest: line })
    else {
      seen.raw += line.Price ?? 0
      if ((line.Price ?? 0) > (seen.costliest.Price ?? 0)) seen.costliest = line
    }
  }
  return [...byResource.entries()]
    .map(([resourceId, { raw, costliest }]) => ({
      resourceId,
      cost: Math.round(raw * 100) / 100,
      ...(costliest.Type ? { type: costliest.Type } : {}),
      ...(costliest.Service ? { service: costliest.Service } : {}),
    }))
    .sort((a, b) => b.cost - a.cost || a.resourceId.localeCompare(b.resourceId))
    .slice(0, limit)
}

export interface PeriodQuery {
  identity: Identity
  account: string
  /** UTC days, both included. */
  from: string
  to: string
  logger: () => Logger
}

export interface CostByTagQuery extends PeriodQuery {
  key: string
}

/** An OUTSCALE read on the account as the person, or `forConsole` (see Proxy), its answer parsed. */
export type Read = <T>(action: string, body: unknown, forConsole?: true) => Promise<T>

export function readerFor(
  proxy: Proxy,
  { identity, account, logger }: { identity: Identity; account: string; logger: () => Logger },
): Read {
  return async <T>(action: string, body: unknown, forConsole?: true): Promise<T> => {
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
}

/**
 * The period's consumption read as the person (their role must allow it, and a refusal is theirs): ungrouped, and
 * per resource (`ShowResourceDetails`), which the cost by tag and the top resources both start from.
 */
async function readPeriodLines(proxy: Proxy, query: PeriodQuery) {
  const { from, to } = query
  const dates = {
    FromDate: from,
    ToDate: new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
  }
  const read = readerFor(proxy, query)
  const [ungrouped, detailed] = await Promise.all([
    read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', { ...dates, ShowPrice: true }),
    read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', {
      ...dates,
      ShowPrice: true,
      ShowResourceDetails: true,
    }),
  ])
  return {
    read,
    /** The period's cost as the ungrouped consumption gives it. */
    total: (ungrouped.ConsumptionEntries ?? []).reduce((sum, e) => sum + (e.Price ?? 0), 0),
    lines: detailed.ConsumptionEntries ?? [],
    currency: ungrouped.Currency ?? detailed.Currency ?? undefined,
  }
}

/** The period's most expensive resources, from the per-resource lines; no resource is read. */
export async function readTopResources(proxy: Proxy, query: PeriodQuery, limit = 10): Promise<TopResources> {
  const { account, from, to } = query
  const { lines, currency } = await readPeriodLines(proxy, query)
  return { account, from, to, ...(currency ? { currency } : {}), resources: topResources(lines, limit) }
}

/** The value of `key` on each resource that carries it, read by the console (never returned as it is). */
async function readTagValues(read: Read, key: string): Promise<Map<string, string>> {
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
  return tagValues(tags, key)
}

/**
 * The period's cost per value of `key`. The tags are read by the console for the join and never returned as they
 * are.
 */
export async function readCostByTag(proxy: Proxy, query: CostByTagQuery): Promise<CostByTag> {
  const { account, key, from, to } = query
  const { read, total, lines, currency } = await readPeriodLines(proxy, query)
  const grouped = costByTag(lines, await readTagValues(read, key), total)
  return { account, key, from, to, ...(currency ? { currency } : {}), ...grouped }
}

/** Days read at once for the chart: a closed day is answered from the console's table, the others by OUTSCALE. */
const PARALLEL_DAYS = 6

/**
 * The period's cost per value of `key`, day by day: each day's per-resource lines (closed days are kept by the
 * console, so a chart drawn again costs OUTSCALE today only) joined with the tags read once. Each day adds up to its
 * own lines' cost, to the cent.
 */
export async function readDailyCostByTag(proxy: Proxy, query: CostByTagQuery): Promise<DailyCostByTag> {
  const { account, key, from, to } = query
  const read = readerFor(proxy, query)
  const days: string[] = []
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += DAY)
    days.push(new Date(at).toISOString().slice(0, 10))
  const answers: ReadConsumptionAccountResponse[] = []
  let next = 0
  const worker = async () => {
    while (next < days.length) {
      const i = next++
      const day = days[i]!
      answers[i] = await read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', {
        FromDate: day,
        ToDate: new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
        ShowPrice: true,
        ShowResourceDetails: true,
      })
    }
  }
  const [values] = await Promise.all([
    readTagValues(read, key),
    ...Array.from({ length: Math.min(PARALLEL_DAYS, days.length) }, worker),
  ])
  const currency = answers.find((a) => a.Currency)?.Currency ?? undefined
  return {
    account,
    key,
    from,
    to,
    ...(currency ? { currency } : {}),
    days: days.map((day, i) => {
      const lines = answers[i]?.ConsumptionEntries ?? []
      const total = lines.reduce((sum, e) => sum + (e.Price ?? 0), 0)
      return { day, ...costByTag(lines, values, total) }
    }),
  }
}
