// What the API asks of an API access rule, as data: IP ranges (IPv4 addresses or CIDR blocks), client CA ids, or
// both; CNs only with CAs; and one rule left at least. The console cannot know the address its own calls leave from
// as OUTSCALE sees them (a NAT, a proxy or a load balancer may stand between), so it never claims a rule keeps it in:
// it says which ranges a change removes, and that the console may be among the callers they cut off.
import type {
  ApiAccessRule,
  CreateApiAccessRuleRequest,
  UpdateApiAccessRuleRequest,
} from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import { text, type Text } from '../../i18n/text.ts'

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/
const CA_ID = /^ca-[0-9a-f]{8,32}$/

export function isIpRange(value: string): boolean {
  const m = IPV4.exec(value)
  if (!m) return false
  const octets = m.slice(1, 5).map(Number)
  return octets.every((o) => o <= 255) && (m[5] === undefined || Number(m[5]) <= 32)
}

export interface RuleForm {
  description: string
  /** One per line. */
  ipRanges: string
  caIds: string
  cns: string
}

export const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean)

export const ruleFormOf = (r?: ApiAccessRule): RuleForm => ({
  description: r?.Description ?? '',
  ipRanges: (r?.IpRanges ?? []).join('\n'),
  caIds: (r?.CaIds ?? []).join('\n'),
  cns: (r?.Cns ?? []).join('\n'),
})

export function ruleFormProblems(v: RuleForm): Partial<Record<keyof RuleForm, Text>> {
  const ips = lines(v.ipRanges)
  const cas = lines(v.caIds)
  const bad = ips.find((ip) => !isIpRange(ip))
  if (bad) return { ipRanges: text('rules.form.badRange', { range: bad }) }
  const badCa = cas.find((ca) => !CA_ID.test(ca))
  if (badCa) return { caIds: text('rules.form.badCa', { ca: badCa }) }
  if (ips.length === 0 && cas.length === 0) return { ipRanges: text('rules.form.needsOne') }
  if (lines(v.cns).length > 0 && cas.length === 0) return { cns: text('rules.form.cnsNeedCas') }
  if (v.description.length > 255) return { description: text('rules.form.descriptionLength') }
  return {}
}

export function ruleRequest(v: RuleForm): CreateApiAccessRuleRequest {
  return {
    IpRanges: lines(v.ipRanges),
    CaIds: lines(v.caIds),
    Cns: lines(v.cns),
    ...(v.description.trim() ? { Description: v.description.trim() } : {}),
  }
}

/** The whole rule as the form says: an emptied list is sent empty, so that it is cleared rather than kept. */
export function updateRuleRequest(id: string, v: RuleForm): UpdateApiAccessRuleRequest {
  return { ApiAccessRuleId: id, ...ruleRequest(v), Description: v.description.trim() }
}

/** The ranges the rule allowed before and no longer would: whoever called from there, the console maybe, is cut off. */
export function removedRanges(before: ApiAccessRule | undefined, v: RuleForm): string[] {
  const after = new Set(lines(v.ipRanges))
  return (before?.IpRanges ?? []).filter((r) => !after.has(r))
}

export const apiAccessRuleCan = {
  /** `count` is how many rules the account has. */
  delete: (count: number): RuleCheck =>
    count > 1 ? allowed : { allowed: false, reason: text('rules.rule.last') },
}
