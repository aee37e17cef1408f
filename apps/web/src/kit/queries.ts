// The list and detail reads of any resource, keyed like every other read ([account, Read<Plural>, params]) so that
// mutations invalidate and patch them without knowing which page shows them.
import type { QueryClient } from '@tanstack/react-query'
import { catalogue, type ActionName, type Request } from '@osc-console/osc-api'
import { oscQuery, oscQueryAll, pollWhile } from '@osc-console/data'
import { itemsOf, type ResourceDescriptor } from './descriptor.ts'

type AnyRequest = Request<ActionName>

const statesIn =
  <T extends object>(d: ResourceDescriptor<T>) =>
  (data: unknown) =>
    itemsOf(d, data).flatMap((item) => [d.stateOf(item), ...d.partStatesOf(item)])

/** Every item of the account, polled fast while any is changing state. */
export function listQuery<T extends object>(d: ResourceDescriptor<T>, account: string) {
  const params = (catalogue[d.read].pagination === 'token' ? { ResultsPerPage: 1000 } : {}) as AnyRequest
  return { ...oscQueryAll(account, d.read, params), refetchInterval: pollWhile(statesIn(d)) }
}

/** The params that read one item; mutations seed created items under the same key. */
export function detailParamsOf(d: ResourceDescriptor, id: string): AnyRequest {
  return { Filters: { [d.idFilter]: [id] } } as AnyRequest
}

export function detailQuery<T extends object>(d: ResourceDescriptor<T>, account: string, id: string) {
  return { ...oscQuery(account, d.read, detailParamsOf(d, id)), refetchInterval: pollWhile(statesIn(d)) }
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
