import { queryOptions } from '@tanstack/react-query'
import { apiRequest, oscQueryAll } from '@osc-console/data'
import type { QuotaTrends } from '@osc-console/osc-api'

/** Every quota of the account. The same key as the VM form's "Quotas left", so either page warms the other. */
export const quotasQuery = (account: string) => oscQueryAll(account, 'ReadQuotas', {})

/**
 * The samples the console keeps of each quota and when each will be full at the current pace. Read again at the
 * console's sampling interval while the page is open, so a new sample shows without a reload.
 */
export const quotaTrendQuery = (account: string) =>
  queryOptions({
    queryKey: ['console', 'quota-trend', account] as const,
    queryFn: async ({ signal }) =>
      (await apiRequest<QuotaTrends>(`/api/quota-trend/${encodeURIComponent(account)}`, { signal })).body,
    staleTime: 30_000,
    refetchInterval: (query) => {
      const minutes = query.state.data?.sampleMinutes
      return minutes === undefined ? false : Math.max(1000, minutes * 60_000)
    },
  })
