// What the dashboards read (the account home and all accounts). Each list uses the same query key as its own page,
// so opening either warms the other; the consumption by day reads one day per call, and a closed day never changes,
// so it is kept for good.
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { oscQuery, oscQueryAll } from '@osc-console/data'
import type { ConsumptionEntry, ReadConsumptionAccountResponse } from '@osc-console/osc-api'
import { consumptionDates, dayOf } from './month.ts'

export const volumesQuery = (account: string) => oscQueryAll(account, 'ReadVolumes', {})
export const publicIpsQuery = (account: string) => oscQueryAll(account, 'ReadPublicIps', {})
export const loadBalancersQuery = (account: string) => oscQueryAll(account, 'ReadLoadBalancers', {})
/** The same key as a load balancer's own page, so opening either warms the other. */
export const vmsHealthQuery = (account: string, name: string) =>
  oscQuery(account, 'ReadVmsHealth', { LoadBalancerName: name })

/**
 * The backends' health of each load balancer named, one ReadVmsHealth each (each kept under its own page's key), in
 * the order given. One query rather than one per load balancer: the home reads a handful and needs them together.
 */
export const backendHealthQuery = (account: string, names: readonly string[]) =>
  queryOptions({
    queryKey: ['home', account, 'backend-health', names] as const,
    queryFn: ({ client }: { client: QueryClient }) =>
      Promise.all(
        names.map(
          async (name) => (await client.fetchQuery(vmsHealthQuery(account, name))).BackendVmHealth ?? [],
        ),
      ),
  })
export const snapshotsQuery = (account: string) => oscQueryAll(account, 'ReadSnapshots', {})
export const securityGroupsQuery = (account: string) => oscQueryAll(account, 'ReadSecurityGroups', {})
export const imagesQuery = (account: string) => ({
  ...oscQueryAll(account, 'ReadImages', {}),
  staleTime: 5 * 60_000,
})
export const accountsQuery = (account: string) => ({
  ...oscQuery(account, 'ReadAccounts', {}),
  staleTime: Infinity,
})
export const catalogQuery = (account: string) => ({
  ...oscQuery(account, 'ReadCatalog', {}),
  staleTime: 60 * 60_000,
})

/**
 * The account's consumption with prices for the days `from`..`to` included; per resource with `details`; with its
 * linked accounts' with `overall` (a paying account's Overall reading).
 */
export const consumptionQuery = (
  account: string,
  from: string,
  to: string,
  details = false,
  overall = false,
) =>
  oscQuery(account, 'ReadConsumptionAccount', {
    ...consumptionDates(from, to),
    ShowPrice: true,
    ...(details ? { ShowResourceDetails: true } : {}),
    ...(overall ? { Overall: true } : {}),
  })

export interface DayConsumption {
  day: string
  entries: ConsumptionEntry[]
}

export interface DailyConsumption {
  days: DayConsumption[]
  currency: string | undefined
}

/**
 * At most this many days are asked at once, a new one as soon as one is answered. The console answers closed days
 * it has kept from its database; the ones it has not kept yet cost one OUTSCALE call each, and twelve at a time stay
 * well inside the account's rate limit (a burst of 40, then 20 a second) without waiting in its queue.
 */
const PARALLEL_DAYS = 12

/**
 * One entry per day of `days`, each read (or taken from the cache) as its own ReadConsumptionAccount call. A day
 * before today is closed: its answer is cached for good; today's is read again like any other query. With
 * `details`, each day's lines are per resource; with `overall`, the linked accounts' lines are there too.
 */
export const dailyConsumptionQuery = (
  account: string,
  days: readonly string[],
  now: number,
  details = false,
  overall = false,
) =>
  queryOptions({
    queryKey: [
      'home',
      account,
      'daily-consumption',
      days,
      ...(details ? ['details'] : []),
      ...(overall ? ['overall'] : []),
    ] as const,
    queryFn: async ({ client }: { client: QueryClient }): Promise<DailyConsumption> => {
      const today = dayOf(now)
      const answers: Array<ReadConsumptionAccountResponse | undefined> = []
      let next = 0
      const worker = async () => {
        while (next < days.length) {
          const i = next++
          const day = days[i] ?? ''
          answers[i] = await client.fetchQuery({
            ...consumptionQuery(account, day, day, details, overall),
            staleTime: day < today ? Infinity : 0,
            gcTime: day < today ? Infinity : undefined,
          })
        }
      }
      await Promise.all(Array.from({ length: Math.min(PARALLEL_DAYS, days.length) }, worker))
      let currency: string | undefined
      const results: DayConsumption[] = days.map((day, i) => {
        const answer = answers[i]
        currency ??= answer?.Currency ?? undefined
        return { day, entries: answer?.ConsumptionEntries ?? [] }
      })
      return { days: results, currency }
    },
  })
