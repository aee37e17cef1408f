// API access rules: which source IPs and client certificates may call the API for the account. Each account starts
// with the documented default that allows every IPv4 address; the last rule cannot be deleted. The simulator keeps
// and checks the rules but does not enforce them on calls (see the README).
import { createHash } from 'node:crypto'
import type { ApiAccessRule } from '@osc-console/osc-api'
import type { Ctx, HandlerMap } from '../context.ts'
import { oscError } from '../errors.ts'
import { readList } from '../filters.ts'
import { parseCidr } from './nets.ts'

const CA_ID = /^ca-[0-9a-f]{8,32}$/
const MAX_DESCRIPTION = 255

function rulesOf(ctx: Ctx): Map<string, ApiAccessRule> {
  const store = ctx.account.store<ApiAccessRule>('api-access-rules')
  if (!ctx.account.store<boolean>('api-access-rules-seeded').get('self')) {
    ctx.account.store<boolean>('api-access-rules-seeded').set('self', true)
    // Derived from the account, not drawn from the seed's ids: reading the rules must not shift other ids.
    const id = `aar-${createHash('sha256').update(ctx.account.accountId).digest('hex').slice(0, 32)}`
    store.set(id, {
      ApiAccessRuleId: id,
      IpRanges: ['0.0.0.0/0'],
      CaIds: [],
      Cns: [],
      Description: 'Allows all IPv4 domain',
    })
  }
  return store
}

/** An IP is taken as its /32; anything else must be an IPv4 CIDR block. */
function normalRange(range: string): string {
  const cidr = range.includes('/') ? range : `${range}/32`
  parseCidr(cidr)
  return range
}

interface RuleFields {
  IpRanges?: string[]
  CaIds?: string[]
  Cns?: string[]
  Description?: string
}

function checked(fields: RuleFields): Required<RuleFields> {
  const ipRanges = (fields.IpRanges ?? []).map(normalRange)
  const caIds = fields.CaIds ?? []
  const cns = fields.Cns ?? []
  for (const ca of caIds)
    if (!CA_ID.test(ca))
      throw oscError('invalidIdPrefix', `${ca} is not the ID of a Client Certificate Authority (ca-…).`)
  if (ipRanges.length === 0 && caIds.length === 0)
    throw oscError('missingParameter', 'An API access rule needs IpRanges, CaIds, or both.')
  if (cns.length > 0 && caIds.length === 0)
    throw oscError('missingParameter', 'Cns need CaIds: name the CAs that sign those certificates.')
  const description = fields.Description ?? ''
  if (description.length > MAX_DESCRIPTION)
    throw oscError('invalidParameterValueLength', `Description takes at most ${MAX_DESCRIPTION} characters.`)
  return { IpRanges: ipRanges, CaIds: caIds, Cns: cns, Description: description }
}

function ruleOf(ctx: Ctx, id: string): ApiAccessRule {
  const rule = rulesOf(ctx).get(id)
  if (!rule) throw oscError('noSuchResource', `The API access rule ${id} does not exist.`)
  return rule
}

export const handlers: HandlerMap = {
  ReadApiAccessRules: (req, ctx) => {
    const { page } = readList(rulesOf(ctx).values(), { ...(req.Filters ? { Filters: req.Filters } : {}) })
    return { ApiAccessRules: page }
  },
  CreateApiAccessRule: (req, ctx) => {
    const fields = checked(req)
    const id = `aar-${ctx.world.rng.hex(32)}`
    const rule: ApiAccessRule = { ApiAccessRuleId: id, ...fields }
    rulesOf(ctx).set(id, rule)
    return { ApiAccessRule: rule }
  },
  // What the request names replaces the rule's; what it leaves out is kept.
  UpdateApiAccessRule: (req, ctx) => {
    const rule = ruleOf(ctx, req.ApiAccessRuleId)
    const fields = checked({
      IpRanges: req.IpRanges ?? rule.IpRanges ?? [],
      CaIds: req.CaIds ?? rule.CaIds ?? [],
      Cns: req.Cns ?? rule.Cns ?? [],
      Description: req.Description ?? rule.Description ?? '',
    })
    Object.assign(rule, fields)
    return { ApiAccessRule: rule }
  },
  DeleteApiAccessRule: (req, ctx) => {
    ruleOf(ctx, req.ApiAccessRuleId)
    const rules = rulesOf(ctx)
    if (rules.size === 1)
      throw oscError(
        'invalidState',
        'The last remaining API access rule cannot be deleted: create the rule that should replace it first.',
      )
    rules.delete(req.ApiAccessRuleId)
    return {}
  },
}
