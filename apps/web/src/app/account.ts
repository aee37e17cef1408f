// The person and the account the page is about, from /api/me and the URL.
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { meQuery, permission, type Me, type MeAccount, type Permission } from '@osc-console/data'
import type { ActionName } from '@osc-console/osc-api'
import { useT } from '../i18n/text.ts'

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

/**
 * Whether the person's role allows `action` here, with the reason when not, for ActionButton: worded in the reader's
 * language from the role, the account and the action (the same facts `permission()` words in English).
 */
export function useCan(): (action: ActionName) => Permission {
  const me = useMe()
  const id = useAccountId()
  const t = useT()
  return (action) => {
    if (permission(me, id, action).allowed) return { allowed: true }
    const account = me?.accounts.find((a) => a.id === id)
    return {
      allowed: false,
      reason: account
        ? t('permission.denied', { role: account.role, account: account.name, action })
        : t('permission.noAccount'),
    }
  }
}
