// The remaining public calls (no authentication): product types, public IP ranges, Net access point services and
// the flexible GPU catalogue — fixed facts of a region.
import type { FlexibleGpuCatalog, ProductType, Service } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { paginate, readList } from '../filters.ts'

const PRODUCT_TYPES: ProductType[] = [
  { ProductTypeId: '0001', Description: 'Linux', Vendor: '3DS OUTSCALE' },
  { ProductTypeId: '0002', Description: 'Windows Server', Vendor: 'Microsoft' },
  { ProductTypeId: '0003', Description: 'Red Hat Enterprise Linux', Vendor: 'Red Hat' },
  { ProductTypeId: '0004', Description: 'SQL Server Standard', Vendor: 'Microsoft' },
]

const GPUS: FlexibleGpuCatalog[] = [
  { ModelName: 'nvidia-p6', Generations: ['v5'], MaxCpu: 80, MaxRam: 512, VRam: 16000 },
  { ModelName: 'nvidia-v100', Generations: ['v5'], MaxCpu: 80, MaxRam: 512, VRam: 16000 },
  { ModelName: 'nvidia-a100-80', Generations: ['v6'], MaxCpu: 80, MaxRam: 1039, VRam: 80000 },
]

function ranges(region: string): string[] {
  return region === 'us-east-2'
    ? ['142.44.0.0/16', '158.69.0.0/16']
    : ['171.33.64.0/18', '80.247.0.0/19', '46.231.144.0/20']
}

/** The OUTSCALE services a Net access point can reach in a Region, with their prefix list ids. */
export function accessPointServices(region: string): Service[] {
  return [
    { ServiceId: 'pl-a1b2c3d4', ServiceName: `com.outscale.${region}.api`, IpRanges: ['10.250.1.0/24'] },
    { ServiceId: 'pl-b2c3d4e5', ServiceName: `com.outscale.${region}.oos`, IpRanges: ['10.250.2.0/24'] },
    { ServiceId: 'pl-c3d4e5f6', ServiceName: `com.outscale.${region}.kms`, IpRanges: ['10.250.3.0/24'] },
  ]
}

export const handlers: HandlerMap = {
  ReadProductTypes: (req) => {
    const { page, nextPageToken } = readList(PRODUCT_TYPES, req)
    return { ProductTypes: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  ReadPublicIpRanges: (req, ctx) => {
    const { page, nextPageToken } = paginate(ranges(ctx.account.region), req)
    return { PublicIps: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  ReadNetAccessPointServices: (req, ctx) => {
    const { page, nextPageToken } = readList(accessPointServices(ctx.account.region), req)
    return { Services: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  ReadFlexibleGpuCatalog: () => ({ FlexibleGpuCatalog: GPUS }),
}
