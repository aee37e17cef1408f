// How full each quota is, and the order the Quotas page shows them in: the ones a person is about to hit first.
import type { Quota, QuotaTypes } from '@osc-console/osc-api'
import type { Translate } from '../../i18n/text.ts'
import type { Formatters } from '../../i18n/format.ts'
import type { ResourceColumn } from '../../table/columns.tsx'

/** From this share of the maximum a quota is shown as near its limit. */
export const NEAR_LIMIT = 0.8
/** From this share of its maximum a quota is critical: the next creation of its kind may be refused. */
export const CRITICAL_QUOTA = 0.95

export type QuotaLevel = 'ok' | 'near' | 'critical' | 'full'

export interface QuotaUsage {
  quota: Quota
  used: number
  max: number
  /** used / max, 0 when nothing is allowed and nothing is used. */
  ratio: number
  level: QuotaLevel
}

export interface QuotaGroup {
  /** OUTSCALE's QuotaType: `global`, or the id of the Net the quotas apply to. */
  type: string
  collection: string
  quotas: QuotaUsage[]
}

export function usageOf(quota: Quota): QuotaUsage {
  const used = quota.UsedValue ?? 0
  const max = quota.MaxValue ?? 0
  // A quota of 0 that is unused is not "full": nothing of that kind is wanted, and a red row would be noise.
  const ratio = max > 0 ? used / max : used > 0 ? 1 : 0
  const level: QuotaLevel =
    ratio >= 1 ? 'full' : ratio >= CRITICAL_QUOTA ? 'critical' : ratio >= NEAR_LIMIT ? 'near' : 'ok'
  return { quota, used, max, ratio, level }
}

/** "40 of 45 used (88 %)", the words a usage bar is read with. */
export function usageText(u: QuotaUsage, t: Translate, f: Formatters): string {
  const values = { used: f.number(u.used), max: f.number(u.max) }
  return u.max > 0
    ? t('quotas.usage', { ...values, percent: f.number(percentUsed(u)) })
    : t('quotas.usageNoneAllowed', values)
}

/** The whole percent used, rounded down: 99.9 % is not yet 100 %. */
export function percentUsed(u: QuotaUsage): number {
  return Math.floor(u.ratio * 100)
}

/** Everything the search box matches: the name OUTSCALE uses, its short and long descriptions, the group. */
export function quotaSearchText(q: Quota): string {
  return [q.Name, q.ShortDescription, q.Description, q.QuotaCollection]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
}

const byUsage = (a: QuotaUsage, b: QuotaUsage) => b.ratio - a.ratio

/**
 * The quotas grouped as OUTSCALE returns them (by QuotaType, then QuotaCollection), fullest first inside each
 * group and groups ordered by their fullest quota; equal ones keep OUTSCALE's order (the sort is stable).
 */
export function groupQuotas(types: readonly QuotaTypes[], search = '', collection?: string): QuotaGroup[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  const groups = new Map<string, QuotaGroup>()
  for (const t of types) {
    const type = t.QuotaType ?? 'global'
    for (const quota of t.Quotas ?? []) {
      const text = quotaSearchText(quota)
      if (!words.every((w) => text.includes(w))) continue
      const name = collectionOf(quota)
      if (collection !== undefined && name !== collection) continue
      const key = `${type}\u0000${name}`
      let group = groups.get(key)
      if (!group) {
        group = { type, collection: name, quotas: [] }
        groups.set(key, group)
      }
      group.quotas.push(usageOf(quota))
    }
  }
  const list = [...groups.values()]
  for (const g of list) g.quotas.sort(byUsage)
  return list.sort((a, b) => (b.quotas[0]?.ratio ?? 0) - (a.quotas[0]?.ratio ?? 0))
}

const collectionOf = (quota: Quota) => quota.QuotaCollection ?? 'Other'

/** The collections OUTSCALE groups the quotas in (Compute, Storage…), for the filter, in alphabetical order. */
export function quotaCollections(types: readonly QuotaTypes[]): string[] {
  const names = new Set(types.flatMap((t) => (t.Quotas ?? []).map(collectionOf)))
  return [...names].sort((a, b) => a.localeCompare(b))
}

export function countQuotas(types: readonly QuotaTypes[]): number {
  return types.reduce((n, t) => n + (t.Quotas?.length ?? 0), 0)
}

/** The quotas at or near their limit, fullest first, for the summary above the groups. */
export function quotasNeedingAttention(groups: readonly QuotaGroup[]): QuotaUsage[] {
  return groups.flatMap((g) => g.quotas.filter((u) => u.level !== 'ok')).sort(byUsage)
}

export interface QuotaRow {
  group: QuotaGroup
  usage: QuotaUsage
}

/** The quotas as the page shows them, group after group, for the CSV. */
export function quotaRows(groups: readonly QuotaGroup[]): QuotaRow[] {
  return groups.flatMap((group) => group.quotas.map((usage) => ({ group, usage })))
}

/** The CSV's columns: the figures stay numbers, the level is written in the reader's language. */
export function quotaColumns(t: Translate): ResourceColumn<QuotaRow>[] {
  return [
    { id: 'collection', label: t('quotas.csv.collection'), value: (r) => r.group.collection },
    { id: 'type', label: t('quotas.csv.type'), value: (r) => r.group.type },
    { id: 'name', label: t('quotas.csv.name'), value: (r) => r.usage.quota.Name },
    { id: 'description', label: t('quotas.csv.description'), value: (r) => r.usage.quota.ShortDescription },
    { id: 'used', label: t('quotas.csv.used'), value: (r) => r.usage.used },
    { id: 'max', label: t('quotas.csv.max'), value: (r) => r.usage.max },
    { id: 'percent', label: t('quotas.csv.percent'), value: (r) => percentUsed(r.usage) },
    { id: 'level', label: t('quotas.csv.level'), value: (r) => t(`quotas.level.${r.usage.level}`) },
  ]
}
