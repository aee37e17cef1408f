// Paging through a long list asks the same filter once per page: 10 pages of 1,000 VMs filtered 10,000 VMs ten times.
// A read's filtered list is kept with the world's generation, which moves with every mutating call and timer, so a
// kept list is exactly what filtering again would give.
import { catalogue } from '@osc-console/osc-api'
import type { Ctx } from './context.ts'
import { compileFilters, paginate, type FilterAliases, type PageRequest } from './filters.ts'

/** Filters kept per store; a store read with more distinct filters starts afresh. */
const KEPT_PER_STORE = 16

const kept = new WeakMap<object, Map<string, { generation: number; list: object[] }>>()

/** Filters then pages one of an account's stores, the way every token-paginated Read does. */
export function readStore<T extends object>(
  ctx: Ctx,
  store: Map<string, T>,
  req: PageRequest & { Filters?: object },
  aliases?: FilterAliases,
): { page: T[]; nextPageToken?: string } {
  // A mutating call may read its store before changing it, within the same generation: nothing it reads is kept.
  if (catalogue[ctx.action].mutating) return paginate(filterStore(store, req, aliases), req)
  let byFilter = kept.get(store)
  if (!byFilter) kept.set(store, (byFilter = new Map()))
  const key = `${ctx.action}\u0000${JSON.stringify(req.Filters ?? null)}`
  const hit = byFilter.get(key)
  if (hit && hit.generation === ctx.world.generation) return paginate(hit.list as T[], req)
  const list = filterStore(store, req, aliases)
  if (byFilter.size >= KEPT_PER_STORE) byFilter.clear()
  byFilter.set(key, { generation: ctx.world.generation, list })
  return paginate(list, req)
}

function filterStore<T extends object>(
  store: Map<string, T>,
  req: { Filters?: object },
  aliases: FilterAliases | undefined,
): T[] {
  const pred = compileFilters<T>(req.Filters, aliases)
  const out: T[] = []
  for (const item of store.values()) if (pred(item)) out.push(item)
  return out
}
