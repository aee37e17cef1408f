// Pieces the Net access point pages share: the id links, the service named as a person reads it, and the lists the
// create and edit forms pick from.
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import type { RouteTable } from '@osc-console/osc-api'
import { useAccountId } from '../../app/account.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { listQuery } from '../../kit/queries.ts'
import { routeTableResource } from '../../kit/registry.ts'
import type { RichOption } from '../../forms/fields.tsx'
import { serviceShortName } from './nap-rules.ts'

export function IdLink({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

/** `oos` first, the full name beside it. */
export function ServiceName({ name }: { name: string | undefined }) {
  if (!name) return null
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      <span className="font-medium">{serviceShortName(name)}</span>
      <span className="font-mono text-xs muted">{name}</span>
    </span>
  )
}

export function RouteTableLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids?.length) return null
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      {ids.map((id) => (
        <IdLink key={id} id={id} />
      ))}
    </span>
  )
}

export function useServices(account: string) {
  return useQuery(oscQueryAll(account, 'ReadNetAccessPointServices', {})).data?.Services ?? []
}

export function useRouteTables(account: string) {
  return itemsOf<RouteTable>(routeTableResource, useQuery(listQuery(routeTableResource, account)).data)
}

export const routeTableOption = (t: RouteTable): RichOption => {
  const name = labelOf(routeTableResource, t)
  const id = t.RouteTableId ?? ''
  const main = t.LinkRouteTables?.some((l) => l.Main)
  return { value: id, label: `${name && name !== id ? `${name} (${id})` : id}${main ? ' ★' : ''}` }
}
