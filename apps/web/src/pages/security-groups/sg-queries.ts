// The address the console sees for the person (`GET /api/me/address`), for the "my IP" source of a rule.
import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '@osc-console/data'
import type { MeAddress } from '@osc-console/osc-api'

export const meAddressQuery = () =>
  queryOptions({
    queryKey: ['console', 'me', 'address'] as const,
    queryFn: async ({ signal }) => (await apiRequest<MeAddress>('/api/me/address', { signal })).body,
    // The address can change when the person moves (Wi-Fi, VPN): asked again each time a form opens.
    staleTime: 0,
  })
