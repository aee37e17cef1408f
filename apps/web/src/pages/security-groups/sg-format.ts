// A rule line in words, for its row and for the confirmation that removes it.
import type { SecurityGroupsMember } from '@osc-console/osc-api'
import { text, type Text } from '../../i18n/text.ts'
import { ALL } from './sg-world.ts'
import type { RuleLine } from './sg-rules.ts'

export function protocolText(protocol: string): Text | string {
  if (protocol === ALL) return text('sg.rule.allProtocols')
  if (protocol === 'tcp' || protocol === 'udp' || protocol === 'icmp') return protocol.toUpperCase()
  return text('sg.rule.protocolNumber', { protocol })
}

export function portsText(line: Pick<RuleLine, 'protocol' | 'fromPort' | 'toPort'>): Text | string {
  const { protocol, fromPort, toPort } = line
  if (protocol === 'icmp') {
    const any = (n: number) => (n === -1 ? 'any' : String(n))
    return text('sg.rule.icmpTypeCode', { type: any(fromPort), code: any(toPort) })
  }
  if (protocol !== 'tcp' && protocol !== 'udp') return text('sg.rule.allPorts')
  if (fromPort === -1 && toPort === -1) return text('sg.rule.allPorts')
  if (fromPort === 0 && toPort === 65535) return text('sg.rule.allPorts')
  return fromPort === toPort ? String(fromPort) : `${fromPort}–${toPort}`
}

/** `bastion (sg-1)`; `nameOf` finds the name of a group of this account when the rule names it by id only. */
export function memberText(
  member: SecurityGroupsMember,
  nameOf: (id: string) => string | undefined = () => undefined,
): string {
  const name =
    member.SecurityGroupName ??
    (member.SecurityGroupId && nameOf(member.SecurityGroupId)) ??
    member.SecurityGroupId ??
    ''
  const id = member.SecurityGroupId && name !== member.SecurityGroupId ? ` (${member.SecurityGroupId})` : ''
  return `${name}${id}`
}

export function sourceText(line: RuleLine, nameOf?: (id: string) => string | undefined): string {
  return line.source.kind === 'cidr' ? line.source.cidr : memberText(line.source.member, nameOf)
}
