// The run-rate: what the account's live resources cost per hour and per month if nothing changes, priced from its
// catalogue, beside what the last full day was billed. The console reads the resources itself and hands the person
// lines of figures only, so that someone who reads costs but not resources (billing) may see it.
import type {
  CatalogEntry,
  LoadBalancer,
  NatService,
  PublicIp,
  ReadCatalogResponse,
  ReadConsumptionAccountResponse,
  RunRate,
  RunRateKind,
  RunRateLine,
  Vm,
  Volume,
} from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import { readerFor, type Read } from './cost-by-tag.ts'
import type { Logger } from './logger.ts'
import type { Proxy } from './proxy.ts'

const DAY = 86_400_000
/** OUTSCALE's monthly prices count a month of 730 hours (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730
/** Pages of 1,000 at most per resource list: far beyond the quotas of any account. */
const MAX_PAGES = 50

export interface LiveResources {
  vms: readonly Vm[]
  volumes: readonly Volume[]
  publicIps: readonly PublicIp[]
  loadBalancers: readonly LoadBalancer[]
  natServices: readonly NatService[]
}

interface Usage {
  kind: RunRateKind
  service: string
  type: string
  operation: string
  /** Units of the catalogue entry this resource holds (1, its GiB, its IOPS). */
  quantity: number
}

/** What each live resource is billed for, as the catalogue names it; resources billed for nothing are left out. */
export function usagesOf(live: LiveResources): Usage[] {
  const usages: Usage[] = []
  const fcu = 'TinaOS-FCU'
  // Only a running VM is billed for its type; a stopped one costs its volumes only.
  for (const vm of live.vms)
    if (vm.State === 'running')
      usages.push({
        kind: 'vm',
        service: fcu,
        type: `BoxUsage:${vm.VmType ?? ''}`,
        operation: 'RunInstances-OD',
        quantity: 1,
      })
  for (const v of live.volumes) {
    if (v.State === 'deleting' || v.State === 'error') continue
    const volumeType = v.VolumeType ?? 'standard'
    usages.push({
      kind: 'volume',
      service: fcu,
      type: `BSU:VolumeUsage:${volumeType}`,
      operation: 'CreateVolume',
      quantity: v.Size ?? 0,
    })
    if (volumeType === 'io1' && v.Iops)
      usages.push({
        kind: 'volume-iops',
        service: fcu,
        type: `BSU:VolumeIOPS:${volumeType}`,
        operation: 'CreateVolume',
        quantity: v.Iops,
      })
  }
  // A public IP is billed while it is linked to nothing (a VM, a NIC, a NAT service).
  for (const ip of live.publicIps)
    if (!ip.VmId && !ip.NicId && !ip.LinkPublicIpId)
      usages.push({
        kind: 'public-ip',
        service: fcu,
        type: 'ElasticIP:IdleAddress',
        operation: 'AllocateAddress',
        quantity: 1,
      })
  for (const _ of live.loadBalancers)
    usages.push({
      kind: 'load-balancer',
      service: 'TinaOS-LBU',
      type: 'LBU:Usage',
      operation: 'CreateLoadBalancer',
      quantity: 1,
    })
  for (const nat of live.natServices)
    if (nat.State === 'pending' || nat.State === 'available')
      usages.push({
        kind: 'nat-service',
        service: fcu,
        type: 'NatGatewayUsage',
        operation: 'CreateNatGateway',
        quantity: 1,
      })
  return usages
}

/** One line per kind and type, priced from `catalog` (per hour, or per month for `PER_MONTH` entries). */
export function runRateLines(usages: readonly Usage[], catalog: readonly CatalogEntry[]): RunRateLine[] {
  const lines = new Map<string, RunRateLine>()
  for (const u of usages) {
    const key = `${u.kind}|${u.type}`
    let line = lines.get(key)
    if (!line) {
      const entry =
        catalog.find((e) => e.Service === u.service && e.Type === u.type && e.Operation === u.operation) ??
        catalog.find((e) => e.Type === u.type)
      line = {
        kind: u.kind,
        type: u.type,
        count: 0,
        quantity: 0,
        unitPrice: entry?.UnitPrice ?? null,
        per: entry?.Flags?.includes('PER_MONTH') ? 'month' : 'hour',
        hourly: null,
        monthly: null,
      }
      lines.set(key, line)
    }
    line.count += 1
    line.quantity += u.quantity
  }
  return [...lines.values()]
    .map((line) => {
      if (line.unitPrice === null) return line
      const amount = line.unitPrice * line.quantity
      const hourly = line.per === 'month' ? amount / HOURS_PER_MONTH : amount
      return { ...line, hourly, monthly: hourly * HOURS_PER_MONTH }
    })
    .sort((a, b) => (b.monthly ?? 0) - (a.monthly ?? 0) || a.type.localeCompare(b.type))
}

export interface RunRateQuery {
  identity: Identity
  account: string
  logger: () => Logger
  /** Now, in ms: the last full day is the UTC day before this one. */
  now: number
}

/** Every page of a list, read by the console for the person (`forConsole`). */
async function readAll<T>(read: Read, action: string, key: string, paged: boolean): Promise<T[]> {
  const items: T[] = []
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await read<Record<string, unknown>>(
      action,
      paged ? { ResultsPerPage: 1000, ...(token ? { NextPageToken: token } : {}) } : {},
      true,
    )
    items.push(...((body[key] as T[] | undefined) ?? []))
    token = paged ? ((body.NextPageToken as string | null | undefined) ?? undefined) : undefined
    if (!token) break
  }
  return items
}

/**
 * The account's run-rate. The catalogue and the last day's consumption are read as the person, so a role that may
 * not read costs is refused before any resource is read; the resources are then read by the console.
 */
export async function readRunRate(proxy: Proxy, query: RunRateQuery): Promise<RunRate> {
  const { account, now } = query
  const read = readerFor(proxy, query)
  const today = new Date(Math.floor(now / DAY) * DAY).toISOString().slice(0, 10)
  const day = new Date(Date.parse(`${today}T00:00:00Z`) - DAY).toISOString().slice(0, 10)
  const billedDay = await read<ReadConsumptionAccountResponse>('ReadConsumptionAccount', {
    FromDate: day,
    ToDate: today,
    ShowPrice: true,
  })
  const catalog = await read<ReadCatalogResponse>('ReadCatalog', {})
  const [vms, volumes, publicIps, loadBalancers, natServices] = await Promise.all([
    readAll<Vm>(read, 'ReadVms', 'Vms', true),
    readAll<Volume>(read, 'ReadVolumes', 'Volumes', true),
    readAll<PublicIp>(read, 'ReadPublicIps', 'PublicIps', true),
    readAll<LoadBalancer>(read, 'ReadLoadBalancers', 'LoadBalancers', false),
    readAll<NatService>(read, 'ReadNatServices', 'NatServices', true),
  ])
  const lines = runRateLines(
    usagesOf({ vms, volumes, publicIps, loadBalancers, natServices }),
    catalog.Catalog?.Entries ?? [],
  )
  const hourly = lines.reduce((sum, line) => sum + (line.hourly ?? 0), 0)
  const currency = billedDay.Currency ?? undefined
  return {
    account,
    ...(currency ? { currency } : {}),
    lines,
    hourly,
    monthly: hourly * HOURS_PER_MONTH,
    hoursPerMonth: HOURS_PER_MONTH,
    lastDay: {
      day,
      billed: (billedDay.ConsumptionEntries ?? []).reduce((sum, e) => sum + (e.Price ?? 0), 0),
      estimated: hourly * 24,
    },
  }
}
