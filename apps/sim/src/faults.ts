// Fault injection set through POST /_sim/faults, so failure paths are reachable from the real UI and from tests
// without intercepting requests: latency, errors by action at a rate, dropped connections, throttling on/off.
import { z } from 'zod'

const actionPattern = z.string().min(1).max(100)

export const faultsSchema = z
  .object({
    /** Added to every call, in milliseconds (real time). */
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** Per action latency, in milliseconds; overrides latencyMs. */
    latencyByAction: z.record(actionPattern, z.number().int().min(0).max(60_000)).optional(),
    /** Calls of `action` ('*' or absent = every call) fail with `status` at `rate` (0–1, default 1). */
    errors: z
      .array(
        z
          .object({
            action: actionPattern.optional(),
            /** Only the calls of this account (its 12-digit id); every account's when absent. */
            accountId: z.string().max(20).optional(),
            rate: z.number().min(0).max(1).optional(),
            status: z.number().int().min(400).max(599),
            code: z.string().max(20).optional(),
            type: z.string().max(100).optional(),
            details: z.string().max(500).optional(),
          })
          .strict(),
      )
      .max(100)
      .optional(),
    /** Calls of `action` are answered by closing the connection without a response, at `rate`. */
    drop: z
      .array(
        z.object({ action: actionPattern.optional(), rate: z.number().min(0).max(1).optional() }).strict(),
      )
      .max(100)
      .optional(),
    /** false turns every rate limit off; true turns them back on. */
    throttling: z.boolean().optional(),
    /** Replaces the rate limits (per second and burst). */
    limits: z
      .object({
        platform: z
          .object({ perSecond: z.number().positive(), burst: z.number().int().min(1) })
          .strict()
          .optional(),
        perAccount: z
          .object({ perSecond: z.number().positive(), burst: z.number().int().min(1) })
          .strict()
          .optional(),
        perCall: z
          .object({ perSecond: z.number().positive(), burst: z.number().int().min(1) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

export type Faults = z.infer<typeof faultsSchema>

function applies(rule: { action?: string | undefined }, action: string): boolean {
  return rule.action === undefined || rule.action === '*' || rule.action === action
}

export function latencyFor(faults: Faults, action: string): number {
  return faults.latencyByAction?.[action] ?? faults.latencyMs ?? 0
}

export function errorFor(faults: Faults, action: string, random: () => number, accountId?: string) {
  return faults.errors?.find(
    (rule) =>
      applies(rule, action) &&
      (rule.accountId === undefined || rule.accountId === accountId) &&
      random() < (rule.rate ?? 1),
  )
}

export function shouldDrop(faults: Faults, action: string, random: () => number): boolean {
  return faults.drop?.some((rule) => applies(rule, action) && random() < (rule.rate ?? 1)) ?? false
}
