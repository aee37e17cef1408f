// Some deletions are accepted at once but finish later: a VM goes shutting-down, then terminated; a NAT service
// goes deleting, then deleted. Until then OUTSCALE refuses to delete what they still use (the VM's security group,
// the subnet under the NAT service), so a staged operation waits for them before its next stage.
import { isActionName, type ActionName } from '@osc-console/osc-api'
import type { Identity } from './auth/identity.ts'
import type { Logger } from './logger.ts'
import type { Proxy } from './proxy.ts'

export interface SettleRule {
  /** The read that shows whether they are gone. */
  read: ActionName
  /** The ids an item's parameters name. */
  idsOf(params: Record<string, unknown>): string[]
  request(ids: string[]): Record<string, unknown>
  /** Of the ids asked about, those not yet gone according to the read's answer. */
  unsettled(answer: Record<string, unknown>): string[]
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')

function listed(answer: Record<string, unknown>, key: string, idField: string, doneState: string): string[] {
  const list = answer[key]
  if (!Array.isArray(list)) return []
  return (list as Array<Record<string, unknown>>)
    .filter((item) => item.State !== doneState)
    .flatMap((item) => strings(item[idField]))
}

export const settleRules: Partial<Record<ActionName, SettleRule>> = {
  DeleteVms: {
    read: 'ReadVms',
    idsOf: (params) => strings(params.VmIds),
    request: (ids) => ({ Filters: { VmIds: ids } }),
    unsettled: (answer) => listed(answer, 'Vms', 'VmId', 'terminated'),
  },
  DeleteNatService: {
    read: 'ReadNatServices',
    idsOf: (params) => strings(params.NatServiceId),
    request: (ids) => ({ Filters: { NatServiceIds: ids } }),
    unsettled: (answer) => listed(answer, 'NatServices', 'NatServiceId', 'deleted'),
  },
}

export interface SettleDeps {
  proxy: Proxy
  logger: Logger
  pollMs: number
  timeoutMs: number
  /** The console is shutting down: stop waiting. */
  stopped(): boolean
}

/**
 * Waits until what a stage's succeeded items deleted is gone (VMs terminated), so the next stage is not refused
 * for something still in use. Gives up after timeoutMs: the next stage then runs and OUTSCALE says per item what
 * still blocks it.
 */
export async function waitSettled(
  deps: SettleDeps,
  stage: {
    operation: string
    identity: Identity
    account: string
    done: Array<{ action: string; params: Record<string, unknown> }>
  },
): Promise<void> {
  const waits = new Map<string, { rule: SettleRule; ids: string[] }>()
  for (const item of stage.done) {
    const rule = isActionName(item.action) ? settleRules[item.action] : undefined
    if (!rule) continue
    const entry = waits.get(item.action) ?? { rule, ids: [] }
    entry.ids.push(...rule.idsOf(item.params))
    waits.set(item.action, entry)
  }
  const deadline = Date.now() + deps.timeoutMs
  for (const { rule, ids } of waits.values()) {
    let left = ids
    while (left.length > 0 && !deps.stopped() && Date.now() < deadline) {
      try {
        const result = await deps.proxy.call({
          identity: stage.identity,
          accountId: stage.account,
          action: rule.read,
          body: rule.request(left),
        })
        left = rule.unsettled(JSON.parse(result.text) as Record<string, unknown>)
      } catch (error) {
        deps.logger.warn(
          { err: error, operation: stage.operation },
          'could not read whether a stage has settled',
        )
      }
      if (left.length > 0) await new Promise((resolve) => setTimeout(resolve, deps.pollMs))
    }
  }
}
