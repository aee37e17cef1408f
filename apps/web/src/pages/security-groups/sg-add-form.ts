// The add-rules form's values and how they become the API's rules: a row per rule, its source as IP ranges, a group
// of this account, or a group of another account (a peered Net). The checks are sg-rules.ts's, put on the row's
// fields.
import type { CreateSecurityGroupRuleRequest } from '@osc-console/osc-api'
import type { Text } from '../../i18n/text.ts'
import { createRulesRequest, validateRule, type Flow, type Preset, type RuleDraft } from './sg-rules.ts'

export type ProtocolChoice = 'tcp' | 'udp' | 'icmp' | '-1' | 'number'
export type SourceKind = 'cidr' | 'group' | 'peer'

export interface RuleRow {
  protocol: ProtocolChoice
  /** The protocol number, when `protocol` is `number`. */
  number: string
  /** First port, or the ICMP type; NaN when empty. */
  fromPort: number
  /** Last port, or the ICMP code; NaN when empty. */
  toPort: number
  sourceKind: SourceKind
  /** One or more IP ranges, separated by commas, spaces or lines. */
  cidrs: string
  groupId: string
  peerAccount: string
  peerGroup: string
}

export interface AddRulesForm {
  rules: RuleRow[]
}

export const emptyRow = (): RuleRow => ({
  protocol: 'tcp',
  number: '',
  fromPort: Number.NaN,
  toPort: Number.NaN,
  sourceKind: 'cidr',
  cidrs: '',
  groupId: '',
  peerAccount: '',
  peerGroup: '',
})

/** A row with nothing typed in it yet, which a preset may take over. */
export function isPristine(row: RuleRow): boolean {
  const empty = emptyRow()
  return (
    row.protocol === empty.protocol &&
    Number.isNaN(row.fromPort) &&
    Number.isNaN(row.toPort) &&
    row.cidrs.trim() === '' &&
    row.groupId === '' &&
    row.peerAccount === '' &&
    row.peerGroup === ''
  )
}

export function presetRow(preset: Preset, base: RuleRow = emptyRow()): RuleRow {
  return {
    ...base,
    protocol: preset.protocol as ProtocolChoice,
    fromPort: preset.fromPort,
    toPort: preset.toPort,
  }
}

/** The CIDRs of a row, as typed: separated by commas, spaces or new lines. */
export function cidrsOf(row: RuleRow): string[] {
  return row.cidrs.split(/[\s,]+/).filter(Boolean)
}

/** Adds a CIDR to a row's list unless it is there already. */
export function withCidr(row: RuleRow, cidr: string): string {
  const list = cidrsOf(row)
  return list.includes(cidr) ? row.cidrs : [...list, cidr].join(', ')
}

const portNumber = (n: number) => (Number.isNaN(n) ? undefined : n)

export function draftOf(row: RuleRow): RuleDraft {
  const groups =
    row.sourceKind === 'group'
      ? [row.groupId ? { SecurityGroupId: row.groupId } : {}]
      : row.sourceKind === 'peer'
        ? [
            {
              AccountId: row.peerAccount.trim(),
              ...(row.peerGroup.trim() ? { SecurityGroupName: row.peerGroup.trim() } : {}),
            },
          ]
        : []
  return {
    protocol: row.protocol === 'number' ? row.number : row.protocol,
    fromPort: portNumber(row.fromPort),
    toPort: portNumber(row.toPort),
    ipRanges: row.sourceKind === 'cidr' ? cidrsOf(row) : [],
    groups,
  }
}

/** The problems of every row, keyed by the field that shows each (the first problem of a field wins). */
export function addRulesProblems(form: AddRulesForm, inNet: boolean): Record<string, Text> {
  const problems: Record<string, Text> = {}
  form.rules.forEach((row, i) => {
    for (const problem of validateRule(draftOf(row), { inNet })) {
      const field =
        problem.field === 'protocol'
          ? row.protocol === 'number'
            ? 'number'
            : 'protocol'
          : problem.field === 'ipRanges'
            ? 'cidrs'
            : problem.field === 'groups'
              ? row.sourceKind === 'group'
                ? 'groupId'
                : problem.message.id === 'sg.rule.accountId'
                  ? 'peerAccount'
                  : 'peerGroup'
              : problem.field
      problems[`rules.${i}.${field}`] ??= problem.message
    }
  })
  return problems
}

export function addRulesRequest(
  groupId: string,
  flow: Flow,
  form: AddRulesForm,
): CreateSecurityGroupRuleRequest {
  return createRulesRequest(groupId, flow, form.rules.map(draftOf))
}
