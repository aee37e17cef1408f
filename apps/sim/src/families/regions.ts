// Regions, Subregions and locations: public facts about the platform.
import { REGIONS, regionEndpoint, type Location, type Region, type Subregion } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { readList } from '../filters.ts'
import { subregionsOf } from '../accounts.ts'

const LOCATIONS: Location[] = [
  { Code: 'PAR1', Name: 'Telehouse 3, France' },
  { Code: 'PAR4', Name: 'Equinix Pantin, France' },
  { Code: 'PAR5', Name: 'Data4 Marcoussis, France' },
  { Code: 'NYC1', Name: 'Equinix NY9, New York, USA' },
  { Code: 'SFO2', Name: 'Equinix SV5, San Jose, USA' },
  { Code: 'TYO1', Name: 'Equinix TY8, Tokyo, Japan' },
]

export const handlers: HandlerMap = {
  ReadRegions: () => ({
    Regions: REGIONS.map((r): Region => ({ RegionName: r, Endpoint: new URL(regionEndpoint(r)).host })),
  }),
  ReadSubregions: (req, ctx) => {
    const all: Subregion[] = subregionsOf(ctx.account.region).map((s, i) => ({
      SubregionName: s,
      RegionName: ctx.account.region,
      State: 'available',
      LocationCode: ctx.account.region === 'us-east-2' ? 'NYC1' : (['PAR1', 'PAR4', 'PAR5'][i] ?? 'PAR1'),
    }))
    const { page, nextPageToken } = readList(all, req, { RegionNames: 'RegionName' })
    return { Subregions: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
  ReadLocations: (req) => {
    const { page, nextPageToken } = readList(LOCATIONS, req)
    return { Locations: page, ...(nextPageToken ? { NextPageToken: nextPageToken } : {}) }
  },
}
