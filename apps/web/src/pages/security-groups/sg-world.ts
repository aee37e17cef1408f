// Which security groups open a remote shell or a database to the whole internet. Apart from the rest of the rules
// because the list's filter (in the resource registry, on every page's first load) needs only this.
import type { SecurityGroup, SecurityGroupRule } from '@osc-console/osc-api'

/** The API's name for "every protocol" (and, for ports, "every port"). */
export const ALL = '-1'

const NAMED_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp' }

/** `tcp`, `udp`, `icmp`, `-1`, or a protocol number 0–255 as the API stores it; undefined when not one of them. */
export function normaliseProtocol(input: string): string | undefined {
  const value = input.trim().toLowerCase()
  if (value === 'tcp' || value === 'udp' || value === 'icmp' || value === ALL) return value
  if (value === 'all') return ALL
  if (!/^\d{1,3}$/.test(value) || Number(value) > 255) return undefined
  const number = String(Number(value))
  return NAMED_NUMBERS[number] ?? number
}

/** Services that must not face the whole internet: remote shells and databases. */
export const SENSITIVE_PORTS: ReadonlyMap<number, string> = new Map([
  [22, 'SSH'],
  [3389, 'RDP'],
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [1433, 'SQL Server'],
  [6379, 'Redis'],
  [27017, 'MongoDB'],
  [9200, 'Elasticsearch'],
])

const WORLD = new Set(['0.0.0.0/0', '::/0'])

/** The sensitive ports an inbound rule opens to every address (a range covering them, or every protocol). */
export function worldOpenPorts(rule: SecurityGroupRule): number[] {
  const world = (rule.IpRanges ?? []).some((cidr) => WORLD.has(cidr.trim()))
  if (!world) return []
  const protocol = normaliseProtocol(rule.IpProtocol ?? ALL)
  if (protocol === ALL) return [...SENSITIVE_PORTS.keys()]
  if (protocol !== 'tcp') return []
  const from = rule.FromPortRange ?? -1
  const to = rule.ToPortRange ?? -1
  // -1 on a tcp rule means every port, as for "all".
  if (from === -1 && to === -1) return [...SENSITIVE_PORTS.keys()]
  return [...SENSITIVE_PORTS.keys()].filter((p) => p >= from && p <= to)
}

/** Whether any inbound rule of the group opens a sensitive port to every address. */
export function exposesToWorld(group: SecurityGroup): boolean {
  return (group.InboundRules ?? []).some((rule) => worldOpenPorts(rule).length > 0)
}
