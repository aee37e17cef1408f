// Some deletions are accepted at once but finish later: a VM goes shutting-down, then terminated; a NAT service
// goes deleting, then deleted. Until then OUTSCALE refuses to delete what they still use (the VM's security group,
// the subnet under the NAT service), so a staged operation waits for them before its next stage.
// An item whose answer was lost (`unknown`: the connection dropped, or the replica sending it stopped) may or may
// not have been applied: the stage waits for what its read shows on its way out, and not for what is still there as
// it was, which a deletion that never arrived leaves as it is for as long as one would wait.
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
  /** Of the ids asked about, those whose deletion has begun and not finished (a VM shutting down). */
  going(answer: Record<string, unknown>): string[]
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')

/** The ids of the answer's `key` list whose State passes `keep`. */
function listed(
  answer: Record<string, unknown>,
  key: string,
  idField: string,
  keep: (state: unknown) => boolean,
): string[] {
  const list = answer[key]
  if (!Array.isArray(list)) return []
  return (list as Array<Record<string, unknown>>)
    .filter((item) => keep(item.State))
    .flatMap((item) => strings(item[idField]))
}

export const settleRules: Partial<Record<ActionName, SettleRule>> = {
  DeleteVms: {
    read: 'ReadVms',
    idsOf: (params) => strings(params.VmIds),
    request: (ids) => ({ Filters: { VmIds: ids } }),
    unsettled: (answer) => listed(answer, 'Vms', 'VmId', (state) => state !== 'terminated'),
    going: (answer) => listed(answer, 'Vms', 'VmId', (state) => state === 'shutting-down'),
  },
  DeleteNatService: {
    read: 'ReadNatServices',
    idsOf: (params) => strings(params.NatServiceId),
    request: (ids) => ({ Filters: { NatServiceIds: ids } }),
    unsettled: (answer) => listed(answer, 'NatServices', 'NatServiceId', (state) => state !== 'deleted'),
    going: (answer) => listed(answer, 'NatServices', 'NatServiceId', (state) => state === 'deleting'),
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

/** An item of a stage, as far as settling goes. */
type SentItem = { action: string; params: Record<string, unknown> }

/**
 * Waits until what a stage's succeeded items deleted is gone (VMs terminated), and what its items in doubt are
 * visibly deleting, so the next stage is not refused for something still in use. Gives up after timeoutMs: the
 * next stage then runs and OUTSCALE says per item what still blocks it.
 */
export async function waitSettled(
  deps: SettleDeps,
  stage: { operation: string; identity: Identity; account: string; done: SentItem[]; inDoubt: SentItem[] },
): Promise<void> {
  type Wait = { rule: SettleRule; stillThere: SettleRule['unsettled']; ids: string[] }
  const waits = new Map<string, Wait>()
  const add = (items: SentItem[], inDoubt: boolean) => {
    for (const item of items) {
      const rule = isActionName(item.action) ? settleRules[item.action] : undefined
      if (!rule) continue
      const key = `${item.action}${inDoubt ? ' in doubt' : ''}`
      const wait = waits.get(key) ?? { rule, stillThere: inDoubt ? rule.going : rule.unsettled, ids: [] }
      wait.ids.push(...rule.idsOf(item.params))
      waits.set(key, wait)
    }
  }
  add(stage.done, false)
  add(stage.inDoubt, true)
  const deadline = Date.now() + deps.timeoutMs
  for (const { rule, stillThere, ids } of waits.values()) {
    let left = ids
    while (left.length > 0 && !deps.stopped() && Date.now() < deadline) {
      try {
        const result = await deps.proxy.call({
          identity: stage.identity,
          accountId: stage.account,
          action: rule.read,
          body: rule.request(left),
        })
        left = stillThere(JSON.parse(result.text) as Record<string, unknown>)
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
