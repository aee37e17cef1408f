// The list and detail reads of any resource, keyed like every other read ([account, Read<Plural>, params]) so that
// mutations invalidate and patch them without knowing which page shows them.
import type { QueryClient } from '@tanstack/react-query'
import { catalogue, type ActionName, type Request } from '@osc-console/osc-api'
import { isTransitional, oscQuery, oscQueryAll, pollWhile } from '@osc-console/data'
import { itemsOf, type ResourceDescriptor } from './descriptor.ts'

type AnyRequest = Request<ActionName>

// Whether an item (or a part of it) is changing state, once per item object: items keep their identity from one
// answer to the next (structural sharing, and the pages of a long list already in), so each new answer reads only
// its new items.
const changingItems = new WeakMap<object, boolean>()

function isChanging<T extends object>(d: ResourceDescriptor<T>, item: T): boolean {
  let changing = changingItems.get(item)
  if (changing === undefined) {
    changing = isTransitional(d.stateOf(item)) || d.partStatesOf(item).some(isTransitional)
    changingItems.set(item, changing)
  }
  return changing
}

/** The states polling looks at: those of the first item that is changing, none when no item is. */
function* statesIn<T extends object>(d: ResourceDescriptor<T>, data: unknown): Generator<string | undefined> {
  for (const item of itemsOf(d, data)) {
    if (!isChanging(d, item)) continue
    yield d.stateOf(item)
    yield* d.partStatesOf(item)
    return
  }
}

// One refetchInterval per resource, not per render: it remembers, per answer, whether any item is changing state.
const pollers = new WeakMap<ResourceDescriptor, (query: { state: { data: unknown } }) => number | false>()

function pollFor<T extends object>(d: ResourceDescriptor<T>) {
  let poll = pollers.get(d as ResourceDescriptor)
  if (!poll) {
    poll = pollWhile((data: unknown) => statesIn(d, data))
    pollers.set(d as ResourceDescriptor, poll)
  }
  return poll
}

/** Every item of the account, polled fast while any is changing state. */
export function listQuery<T extends object>(d: ResourceDescriptor<T>, account: string) {
  const params = (catalogue[d.read].pagination === 'token' ? { ResultsPerPage: 1000 } : {}) as AnyRequest
  return { ...oscQueryAll(account, d.read, params), refetchInterval: pollFor(d) }
}

/** The params that read one item; mutations seed created items under the same key. */
export function detailParamsOf(d: ResourceDescriptor, id: string): AnyRequest {
  return { Filters: { [d.idFilter]: [id] } } as AnyRequest
}

export function detailQuery<T extends object>(d: ResourceDescriptor<T>, account: string, id: string) {
  return { ...oscQuery(account, d.read, detailParamsOf(d, id)), refetchInterval: pollFor(d) }
}

export interface Listed<T> {
  item: T
  /** The list's answer, which carries how old its data is. */
  list: unknown
  updatedAt: number
}

/** The item as a list last showed it, so a detail page opens at once and still shows it if its read fails. */
export function fromLists<T extends object>(
  client: QueryClient,
  d: ResourceDescriptor<T>,
  account: string,
  id: string,
): Listed<T> | undefined {
  for (const query of client.getQueryCache().findAll({ queryKey: [account, d.read] })) {
    const item = itemsOf(d, query.state.data).find((i) => d.idOf(i) === id)
    if (item) return { item, list: query.state.data, updatedAt: query.state.dataUpdatedAt }
  }
  return undefined
}
