import { queryOptions } from '@tanstack/react-query'
import { apiRequest, oscQuery } from '@osc-console/data'
import type { CostByTag, DailyCostByTag, RunRate, TopResources } from '@osc-console/osc-api'
import { apiDates, type Period } from './period.ts'

/**
 * The account's consumption over a period, with prices: a billing person reads this page for the cost. With
 * `details`, one line per resource (ShowResourceDetails), for the cost by resource. With `overall`, a paying
 * account's lines and every linked account's (each line names its AccountId).
 */
export const consumptionQuery = (account: string, period: Period, details = false, overall = false) =>
  oscQuery(account, 'ReadConsumptionAccount', {
    ...apiDates(period),
    ShowPrice: true,
    ...(details ? { ShowResourceDetails: true } : {}),
    ...(overall ? { Overall: true } : {}),
  })

/**
 * The period's cost per value of a tag key, joined by the console (the page never receives the resources, so a
 * billing person may see it); the groups add up to the ungrouped total to the cent.
 */
export const costByTagQuery = (account: string, period: Period, key: string) =>
  queryOptions({
    queryKey: ['console', 'cost-by-tag', account, period.from, period.to, key] as const,
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ account, key, from: period.from, to: period.to })
      return (await apiRequest<CostByTag>(`/api/cost-by-tag?${query}`, { signal })).body
    },
  })

/**
 * The period's cost per value of a tag key day by day, joined by the console like `costByTagQuery`, for the chart
 * stacked by the tag's values. A closed day never changes: kept as long as the page lives.
 */
export const dailyCostByTagQuery = (account: string, period: Period, key: string) =>
  queryOptions({
    queryKey: ['console', 'cost-by-tag-daily', account, period.from, period.to, key] as const,
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ account, key, from: period.from, to: period.to })
      return (await apiRequest<DailyCostByTag>(`/api/cost-by-tag/daily?${query}`, { signal })).body
    },
  })

/** The period's 10 most expensive resources, from the console's per-resource reading of the consumption. */
export const topResourcesQuery = (account: string, period: Period) =>
  queryOptions({
    queryKey: ['console', 'top-resources', account, period.from, period.to] as const,
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ account, from: period.from, to: period.to })
      return (await apiRequest<TopResources>(`/api/top-resources?${query}`, { signal })).body
    },
  })

/** What the live resources cost per hour and per month if nothing changes, as lines of figures from the console. */
export const runRateQuery = (account: string) =>
  queryOptions({
    queryKey: ['console', 'run-rate', account] as const,
    queryFn: async ({ signal }) =>
      (await apiRequest<RunRate>(`/api/run-rate?${new URLSearchParams({ account })}`, { signal })).body,
  })
