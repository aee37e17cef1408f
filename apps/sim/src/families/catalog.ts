// The price catalogue: one entry per billable type (VM types by the hour, volumes and snapshots by the GiB-month,
// idle public IPs and load balancers by the hour), in the region's currency. Consumption prices come from here.
import type { CatalogEntry, Catalogs } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { hourlyPriceEur, VM_TYPES } from './vm-types.ts'

export function currencyOf(region: string): string {
  return region.startsWith('us-') ? 'USD' : region === 'ap-northeast-1' ? 'JPY' : 'EUR'
}

export function catalogFor(region: string): CatalogEntry[] {
  const fx = currencyOf(region) === 'USD' ? 1.1 : currencyOf(region) === 'JPY' ? 160 : 1
  const price = (eur: number) => Math.round(eur * fx * 10000) / 10000
  const vmEntries: CatalogEntry[] = VM_TYPES.map((t) => ({
    Service: 'TinaOS-FCU',
    Type: `BoxUsage:${t.VmTypeName ?? ''}`,
    Operation: 'RunInstances-OD',
    Category: 'compute',
    Title: `Instance ${t.VmTypeName ?? ''} (${t.VcoreCount ?? 0} vCore, ${t.MemorySize ?? 0} GiB) - par heure`,
    SubregionName: region,
    UnitPrice: price(hourlyPriceEur(t.VmTypeName ?? '') ?? 0),
  }))
  return [
    ...vmEntries,
    {
      Service: 'TinaOS-FCU',
      Type: 'BSU:VolumeUsage:standard',
      Operation: 'CreateVolume',
      Category: 'storage',
      Title: 'Standard volume - per GiB-month',
      SubregionName: region,
      UnitPrice: price(0.04),
      Flags: 'PER_MONTH',
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'BSU:VolumeUsage:gp2',
      Operation: 'CreateVolume',
      Category: 'storage',
      Title: 'Performance volume (gp2) - per GiB-month',
      SubregionName: region,
      UnitPrice: price(0.11),
      Flags: 'PER_MONTH',
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'BSU:VolumeUsage:io1',
      Operation: 'CreateVolume',
      Category: 'storage',
      Title: 'Enterprise volume (io1) - per GiB-month',
      SubregionName: region,
      UnitPrice: price(0.13),
      Flags: 'PER_MONTH',
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'BSU:VolumeIOPS:io1',
      Operation: 'CreateVolume',
      Category: 'storage',
      Title: 'Provisioned IOPS of an io1 volume - per IOPS-month',
      SubregionName: region,
      UnitPrice: price(0.01),
      Flags: 'PER_MONTH',
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'Snapshot:Usage',
      Operation: 'Snapshot',
      Category: 'storage',
      Title: 'Snapshot storage - per GiB-month',
      SubregionName: region,
      UnitPrice: price(0.05),
      Flags: 'PER_MONTH',
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'ElasticIP:IdleAddress',
      Operation: 'AllocateAddress',
      Category: 'network',
      Title: 'Public IP not linked to a VM - per hour',
      SubregionName: region,
      UnitPrice: price(0.005),
    },
    {
      Service: 'TinaOS-FCU',
      Type: 'NatGatewayUsage',
      Operation: 'CreateNatGateway',
      Category: 'network',
      Title: 'NAT service - per hour',
      SubregionName: region,
      UnitPrice: price(0.05),
    },
    {
      Service: 'TinaOS-LBU',
      Type: 'LBU:Usage',
      Operation: 'CreateLoadBalancer',
      Category: 'network',
      Title: 'Load balancer - per hour',
      SubregionName: region,
      UnitPrice: price(0.03),
    },
  ]
}

export function unitPrice(
  region: string,
  service: string,
  type: string,
  operation: string,
): CatalogEntry | undefined {
  return catalogFor(region).find((e) => e.Service === service && e.Type === type && e.Operation === operation)
}

export const handlers: HandlerMap = {
  ReadCatalog: (_req, ctx) => ({ Catalog: { Entries: catalogFor(ctx.account.region) } }),
  ReadPublicCatalog: (_req, ctx) => ({ Catalog: { Entries: catalogFor(ctx.account.region) } }),
  ReadCatalogs: (req, ctx) => {
    // One catalogue has been current since the start of the year; an older one is obsolete.
    const year = new Date(ctx.now).getUTCFullYear()
    const current: Catalogs = {
      Entries: catalogFor(ctx.account.region),
      FromDate: `${year}-01-01T00:00:00.000Z`,
      State: 'CURRENT' as const,
    }
    const old: Catalogs = {
      Entries: catalogFor(ctx.account.region).map((e) => ({
        ...e,
        UnitPrice: Math.round((e.UnitPrice ?? 0) * 1.05 * 10000) / 10000,
      })),
      FromDate: `${year - 1}-01-01T00:00:00.000Z`,
      ToDate: `${year}-01-01T00:00:00.000Z`,
      State: 'OBSOLETE' as const,
    }
    const f = req.Filters
    let list = f?.CurrentCatalogOnly ? [current] : [old, current]
    if (f?.FromDate)
      list = list.filter((c) => !c.ToDate || Date.parse(c.ToDate) > Date.parse(f.FromDate ?? ''))
    if (f?.ToDate) list = list.filter((c) => Date.parse(c.FromDate ?? '') < Date.parse(f.ToDate ?? ''))
    return { Catalogs: list }
  },
  ReadUnitPrice: (req, ctx) => {
    const e = unitPrice(ctx.account.region, req.Service, req.Type, req.Operation)
    if (!e)
      throw oscError(
        'noSuchType',
        `No catalogue entry for ${req.Service} / ${req.Type} / ${req.Operation}; see ReadCatalog.`,
      )
    return {
      UnitPriceEntry: {
        Service: e.Service,
        Type: e.Type,
        Operation: e.Operation,
        UnitPrice: e.UnitPrice,
        Currency: currencyOf(ctx.account.region),
        Unit: e.Flags === 'PER_MONTH' ? 'PER_MONTH' : 'PER_HOUR',
      },
    }
  },
}
