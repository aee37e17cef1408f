// Checks shared by forms, returning the message to show (a Text) or undefined when the value is fine.
import type { ResourceTag } from '@osc-console/osc-api'
import { text, type Text } from '../i18n/text.ts'
import type { PortRange } from './fields.tsx'

const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const cidrPattern = new RegExp(`^${octet}(\\.${octet}){3}/(3[0-2]|[12]?\\d)$`)

export function cidrProblem(value: string): Text | undefined {
  return cidrPattern.test(value.trim()) ? undefined : text('forms.cidr.invalid')
}

export function portRangeProblem(range: PortRange): Text | undefined {
  const valid = (port: number) => Number.isInteger(port) && port >= 0 && port <= 65535
  return valid(range.from) && valid(range.to) && range.from <= range.to
    ? undefined
    : text('forms.portRange.invalid')
}

/** A key given twice would leave only one of the two tags. */
export function duplicateTagProblem(tags: readonly ResourceTag[]): Text | undefined {
  const keys = tags.map((tag) => tag.Key.trim()).filter(Boolean)
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i)
  return duplicate === undefined ? undefined : text('forms.tags.duplicate', { key: duplicate })
}
