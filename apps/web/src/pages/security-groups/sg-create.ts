// A new group's name and description, checked as the API checks them, so a refusal is learnt in the form.
import type { CreateSecurityGroupRequest } from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import type { QuotaNeed } from '../../forms/quota-check.ts'

const NAME_CHARS = /^[a-zA-Z0-9 _.\-:/()#,@[\]+=&;{}!$*]+$/
// The description also takes accented letters.
const DESCRIPTION_CHARS = /^[a-zA-Z0-9\u00C0-\u024F _.\-:/()#,@[\]+=&;{}!$*]+$/

export interface CreateGroupForm {
  name: string
  description: string
  /** '' for the public cloud. */
  netId: string
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
