// The person and the account the page is about, from /api/me and the URL.
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { meQuery, permission, type Me, type MeAccount, type Permission } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'

export function useMe(): Me | undefined {
  return useQuery(meQuery()).data
}

export function useAccountId(): string {
  const params = useParams({ strict: false }) as { account?: string }
  return params.account ?? ''
}

export function useCurrentAccount(): MeAccount | undefined {
  const me = useMe()
  const id = useAccountId()
  return me?.accounts.find((a) => a.id === id)
}

/** Whether the person's role allows `action` here, with the reason when not, for ActionButton. */
export function useCan(): (action: ActionName) => Permission {
  const me = useMe()
  const id = useAccountId()
  return (action) => permission(me, id, action)
}
