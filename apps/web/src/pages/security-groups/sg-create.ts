// A new group's name and description, checked as the API checks them, so a refusal is learnt in the form.
import type { CreateSecurityGroupRequest, CreateSecurityGroupRuleRequest } from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import type { QuotaNeed } from '../../forms/quota-check.ts'
import { createRulesRequest, presetDraft, presets, validateRule, type PresetId } from './sg-rules.ts'

const NAME_CHARS = /^[a-zA-Z0-9 _.\-:/()#,@[\]+=&;{}!$*]+$/
// The description also takes accented letters.
const DESCRIPTION_CHARS = /^[a-zA-Z0-9\u00C0-\u024F _.\-:/()#,@[\]+=&;{}!$*]+$/

export interface CreateGroupForm {
  name: string
  description: string
  /** '' for the public cloud. */
  netId: string
  /** Inbound rules to add once the group exists (SSH, HTTP…), from `presetSources`. */
  presets: PresetId[]
  /** IP ranges the preset rules let in, separated by commas or spaces. */
  presetSources: string
}

const sourcesOf = (values: CreateGroupForm) => values.presetSources.split(/[\s,]+/).filter(Boolean)

/** The first reason the preset rules would be refused, shown on their sources. */
export function presetSourcesProblem(values: CreateGroupForm): Text | undefined {
  if (values.presets.length === 0) return undefined
  const first = presets[0]
  if (!first) return undefined
  const draft = presetDraft(first, sourcesOf(values))
  return validateRule(draft, { inNet: Boolean(values.netId) }).find((p) => p.field === 'ipRanges')?.message
}

/** The preset rules as one CreateSecurityGroupRule call, or undefined when none is chosen. */
export function presetRulesRequest(
  groupId: string,
  values: CreateGroupForm,
): CreateSecurityGroupRuleRequest | undefined {
  const chosen = presets.filter((p) => values.presets.includes(p.id))
  if (chosen.length === 0) return undefined
  return createRulesRequest(
    groupId,
    'Inbound',
    chosen.map((p) => presetDraft(p, sourcesOf(values))),
  )
}

export function groupNameProblem(raw: string, taken: readonly string[]): Text | undefined {
  const name = raw.trim()
  if (name.length === 0 || name.length > 255) return text('sg.create.nameLength')
  if (name.startsWith('sg-')) return text('sg.create.namePrefix')
  if (!NAME_CHARS.test(name)) return text('sg.create.nameChars')
  if (taken.includes(name)) return text('sg.create.nameTaken', { name })
  return undefined
}

export function descriptionProblem(raw: string): Text | undefined {
  const description = raw.trim()
  if (description.length === 0 || description.length > 255) return text('sg.create.descriptionLength')
  if (!DESCRIPTION_CHARS.test(description)) return text('sg.create.descriptionChars')
  return undefined
}

export function createGroupRequest(values: CreateGroupForm): CreateSecurityGroupRequest {
  return {
    SecurityGroupName: values.name.trim(),
    Description: values.description.trim(),
    ...(values.netId ? { NetId: values.netId } : {}),
  }
}

export const groupQuotaNeeds: QuotaNeed[] = [
  { name: 'sg_limit', label: text('sg.quota.groups'), requested: 1 },
]
