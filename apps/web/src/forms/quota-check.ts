// The quota check before sending a create: what the request needs of each quota against what ReadQuotas says is
// left, so a person learns that a limit stops them before OUTSCALE refuses the request.
import type { Quota } from '@osc-console/osc-api'
import type { Text } from '../i18n/text.ts'

export interface QuotaNeed {
  /** The quota's name in ReadQuotas (vm_limit, core_limit…). */
  name: string
  label: Text
  requested: number
}

export interface QuotaLine extends QuotaNeed {
  used: number
  max: number
}

/** The needs that the account has a quota for, with its use; a quota ReadQuotas does not list is no limit. */
export function quotaLines(quotas: readonly Quota[], needs: readonly QuotaNeed[]): QuotaLine[] {
  return needs.flatMap((need) => {
    const quota = quotas.find((q) => q.Name === need.name)
    if (!quota || quota.MaxValue === undefined) return []
    return [{ ...need, used: quota.UsedValue ?? 0, max: quota.MaxValue }]
  })
}

/** The lines this request would take past their limit. */
export function overQuota(lines: readonly QuotaLine[]): QuotaLine[] {
  return lines.filter((l) => l.used + l.requested > l.max)
}
