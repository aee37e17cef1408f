// Listener rules: forward the requests of one listener whose host name or path matches a pattern to chosen VMs,
// highest priority first. Keyed by ListenerRuleName, unique in the account; a rule goes with its listener.
import type { ListenerRule } from '@osc-console/osc-api'
import type { HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import type { AccountState } from '../state.ts'
import { defineUsage, must } from './common.ts'
import { loadBalancers } from './load-balancers.ts'

/** The rule and the listener it belongs to (ListenerRule names the listener by a number only). */
interface StoredRule {
  rule: ListenerRule
  loadBalancerName: string
  loadBalancerPort: number
}

function listenerRules(account: AccountState): Map<string, StoredRule> {
  return account.store<StoredRule>('listener-rules')
}

defineUsage('lb_rules_limit', (a) => listenerRules(a).size)

/** A stable number per listener, as the API's ListenerId. */
function listenerId(account: AccountState, loadBalancerName: string, port: number): number {
  const ids = account.store<number>('listener-ids')
  const key = `${loadBalancerName}:${port}`
  let id = ids.get(key)
  if (id === undefined) ids.set(key, (id = 100_000 + ids.size))
  return id
}

/** The next ListenerRuleId: never reused, even after a delete. */
function nextRuleId(account: AccountState): number {
  const counters = account.store<number>('listener-rule-counter')
  const id = (counters.get('next') ?? 1000) + 1
  counters.set('next', id)
  return id
}

function checkPattern(value: string | null | undefined, field: string, allowed: RegExp): void {
  if (value === undefined || value === null) return
  if (
    value.length === 0 ||
    value.length > 128 ||
    !allowed.test(value) ||
    (value.match(/\*/g)?.length ?? 0) > 3
  ) {
    throw oscError(
      'invalidParameterValue',
      `${field} must be 1–128 characters with at most three * wildcards and no other special characters than those the API lists.`,
    )
  }
}

const HOST = /^[A-Za-z0-9.?*-]+$/
const PATH = /^[A-Za-z0-9_\-.$/~"'@:+?*&;]+$/

/** Drops the rules of removed listeners (a deleted load balancer removes all of its listeners). */
export function forgetListenerRules(
  account: AccountState,
  loadBalancerName: string,
  ports?: readonly number[],
): void {
  for (const [name, stored] of listenerRules(account)) {
    if (stored.loadBalancerName === loadBalancerName && (!ports || ports.includes(stored.loadBalancerPort)))
      listenerRules(account).delete(name)
  }
}

export const handlers: HandlerMap = {
  CreateListenerRule: (req, ctx) => {
    const { LoadBalancerName: lbName, LoadBalancerPort: port } = req.Listener
    const lb = must(
      loadBalancers(ctx.account).get(lbName),
      'noSuchLoadBalancer',
      `The load balancer ${lbName} does not exist.`,
    )
    if (!lb.Listeners?.some((l) => l.LoadBalancerPort === port))
      throw oscError('noSuchListener', `${lbName} has no listener on port ${port}.`)
    const spec = req.ListenerRule
    if (listenerRules(ctx.account).has(spec.ListenerRuleName))
      throw oscError('alreadyExists', `A listener rule named ${spec.ListenerRuleName} already exists.`)
    if (!Number.isInteger(spec.Priority) || spec.Priority < 1 || spec.Priority > 19999)
      throw oscError('invalidRange', 'Priority must be between 1 and 19999.')
    for (const other of listenerRules(ctx.account).values()) {
      if (
        other.loadBalancerName === lbName &&
        other.loadBalancerPort === port &&
        other.rule.Priority === spec.Priority
      )
        throw oscError(
          'alreadyExists',
          `The rule ${other.rule.ListenerRuleName ?? ''} already has priority ${spec.Priority} on this listener; each rule needs its own.`,
        )
    }
    if (!spec.HostNamePattern && !spec.PathPattern)
      throw oscError('missingParameter', 'Give HostNamePattern or PathPattern.')
    checkPattern(spec.HostNamePattern, 'HostNamePattern', HOST)
    checkPattern(spec.PathPattern, 'PathPattern', PATH)
    for (const id of req.VmIds) {
      if (ctx.account.registry.get(id)?.type !== 'vm')
        throw oscError('noSuchVm', `The VM ${id} does not exist.`)
    }
    const rule: ListenerRule = {
      ListenerRuleId: nextRuleId(ctx.account),
      ListenerRuleName: spec.ListenerRuleName,
      ListenerId: listenerId(ctx.account, lbName, port),
      Action: spec.Action ?? 'forward',
      Priority: spec.Priority,
      VmIds: [...req.VmIds],
      ...(spec.HostNamePattern ? { HostNamePattern: spec.HostNamePattern } : {}),
      ...(spec.PathPattern ? { PathPattern: spec.PathPattern } : {}),
    }
    listenerRules(ctx.account).set(spec.ListenerRuleName, {
      rule,
      loadBalancerName: lbName,
      loadBalancerPort: port,
    })
    return { ListenerRule: rule }
  },
  ReadListenerRules: (req, ctx) => {
    const rules = [...listenerRules(ctx.account).values()].map((s) => s.rule)
    const { page } = readList(rules, req, { ListenerRuleNames: 'ListenerRuleName' })
    return { ListenerRules: page }
  },
  UpdateListenerRule: (req, ctx) => {
    const stored = must(
      listenerRules(ctx.account).get(req.ListenerRuleName),
      'noSuchResource',
      `The listener rule ${req.ListenerRuleName} does not exist.`,
    )
    checkPattern(req.HostPattern, 'HostPattern', HOST)
    checkPattern(req.PathPattern, 'PathPattern', PATH)
    const next = { ...stored.rule }
    // null clears a pattern; absent leaves it as it is.
    if (req.HostPattern === null) delete next.HostNamePattern
    else if (req.HostPattern !== undefined) next.HostNamePattern = req.HostPattern
    if (req.PathPattern === null) delete next.PathPattern
    else if (req.PathPattern !== undefined) next.PathPattern = req.PathPattern
    if (!next.HostNamePattern && !next.PathPattern)
      throw oscError('missingParameter', 'A listener rule keeps a HostNamePattern or a PathPattern.')
    stored.rule = next
    return { ListenerRule: next }
  },
  DeleteListenerRule: (req, ctx) => {
    must(
      listenerRules(ctx.account).get(req.ListenerRuleName),
      'noSuchResource',
      `The listener rule ${req.ListenerRuleName} does not exist.`,
    )
    listenerRules(ctx.account).delete(req.ListenerRuleName)
    return {}
  },
}
