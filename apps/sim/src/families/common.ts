// Small helpers the family modules share.
import type { ResourceTag } from '@osc-console/osc-api'
import type { Ctx } from '../context.ts'
import { oscError } from '../errors.ts'
import type { ErrorName } from '../errors.ts'
import type { AccountState } from '../state.ts'
import { QUOTA_DEFS } from './quota-defs.ts'

export function iso(ctx: Ctx, at: number = ctx.now): string {
  return new Date(at).toISOString()
}

// ISO 8601 as the API documents it: a date (2020-06-14) or a date-time (2020-06-14T00:00:00.000Z, offset allowed).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/

/** Parses a date parameter the way the API does: anything but an ISO 8601 date or date-time is a 400. */
export function isoDate(value: string, name: string): number {
  const at = ISO_DATE.test(value) ? Date.parse(value) : NaN
  if (Number.isNaN(at)) {
    throw oscError(
      'invalidParameterValue',
      `${name} must be an ISO 8601 date or date-time, for example 2020-06-14 or 2020-06-14T00:00:00.000Z.`,
    )
  }
  return at
}

export function must<T>(value: T | undefined, error: ErrorName, details: string): T {
  if (value === undefined) throw oscError(error, details)
  return value
}

export function copyTags(tags: readonly ResourceTag[] | undefined): ResourceTag[] {
  return (tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value }))
}

/** UsedValue providers by quota name, registered by the families that own the resources. */
const usage = new Map<string, (account: AccountState) => number>()

export function defineUsage(name: string, fn: (account: AccountState) => number): void {
  usage.set(name, fn)
}

export function usedValue(account: AccountState, name: string): number {
  return usage.get(name)?.(account) ?? 0
}

export const DEFAULT_QUOTA_MAX: Record<string, number> = {
  core_limit: 256,
  memory_limit: 1024,
  vm_limit: 100,
  ip_limit: 20,
  lb_limit: 20,
  sg_limit: 100,
  sg_rule_limit: 100,
  volume_limit: 300,
  volume_size_limit: 20000,
  snapshot_limit: 500,
  snapshot_export_limit: 5,
  vpc_limit: 5,
  subnet_limit: 50,
  igw_limit: 5,
  rtb_limit: 50,
  gpu_limit: 0,
  nat_gateway_limit: 5,
  network_endpoint_limit: 10,
  networklink_limit: 10,
  networklink_request_limit: 10,
  image_export_limit: 5,
}

export function quotaMax(account: AccountState, name: string): number {
  return account.quotaMax.get(name) ?? DEFAULT_QUOTA_MAX[name] ?? 0
}

/** Refuses a create that would take a quota over its MaxValue (0 means no limit). */
export function assertQuota(account: AccountState, name: string, adding: number, error: ErrorName): void {
  const max = quotaMax(account, name)
  if (max <= 0 || adding <= 0) return
  const used = usedValue(account, name)
  if (used + adding > max) {
    const def = QUOTA_DEFS.find((q) => q.name === name)
    throw oscError(
      error,
      `Quota ${name} (${def?.shortDescription ?? name}) exceeded: ${used} used + ${adding} requested > ${max}. Free some resources or ask for a higher limit.`,
    )
  }
}
