// The network's reads that several pages join: a Net's Subnets, Internet service and route tables, a Subnet's
// route table, a name for any Net. Each is the family's own list query, shared with its list page.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { InternetService, Net, RouteTable, Subnet } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf, type ResourceDescriptor } from '../../kit/descriptor.ts'
import {
  internetServiceResource,
  netResource,
  routeTableResource,
  subnetResource,
} from '../../kit/registry.ts'
import { isMain } from '../route-tables/route-rules.ts'

function useList<T extends object>(d: ResourceDescriptor<T>, account: string) {
  const readable = useCan()(d.read).allowed
  const query = useQuery({ ...listQuery(d, account), enabled: readable })
  return { items: itemsOf(d, query.data), loaded: query.isSuccess, error: query.error }
}

export interface Network {
  nets: Net[]
  subnets: Subnet[]
  internetServices: InternetService[]
  routeTables: RouteTable[]
  /** All four reads answered: a rule that counts what a Net holds may decide. */
  loaded: boolean
  error: unknown
}

export function useNetwork(account: string): Network {
  const nets = useList(netResource, account)
  const subnets = useList(subnetResource, account)
  const igws = useList(internetServiceResource, account)
  const rtbs = useList(routeTableResource, account)
  const loaded = nets.loaded && subnets.loaded && igws.loaded && rtbs.loaded
  const error = nets.error ?? subnets.error ?? igws.error ?? rtbs.error
  // One object per answer, so that columns and rules made from it are made again only when a read changes.
  return useMemo(
    () => ({
      nets: nets.items,
      subnets: subnets.items,
      internetServices: igws.items,
      routeTables: rtbs.items,
      loaded,
      error,
    }),
    [nets.items, subnets.items, igws.items, rtbs.items, loaded, error],
  )
}

/** What a Net holds that stops its deletion. */
export interface NetContents {
  subnets: Subnet[]
  internetService?: InternetService
  routeTables: RouteTable[]
}

export function netContents(network: Network, netId: string | undefined): NetContents {
  return {
    subnets: network.subnets.filter((s) => s.NetId === netId),
    internetService: network.internetServices.find((i) => i.NetId === netId),
    routeTables: network.routeTables.filter((r) => r.NetId === netId),
  }
}

/** The route table a Subnet uses: the one linked to it, else its Net's main table. */
export function routeTableOf(network: Network, subnet: Subnet): RouteTable | undefined {
  return (
    network.routeTables.find((r) => r.LinkRouteTables?.some((l) => l.SubnetId === subnet.SubnetId)) ??
    network.routeTables.find((r) => r.NetId === subnet.NetId && isMain(r))
  )
}

/** "prod-net (10.0.0.0/16)" for selects; the id when the Net has no name. */
export function netOptionLabel(net: Net): string {
  const name = labelOf(netResource, net)
  return name === net.NetId
    ? `${net.NetId ?? ''} (${net.IpRange ?? ''})`
    : `${name} (${net.NetId ?? ''}, ${net.IpRange ?? ''})`
}

export const netOptions = (nets: readonly Net[]) =>
  nets.map((n) => ({ value: n.NetId ?? '', label: netOptionLabel(n) }))
