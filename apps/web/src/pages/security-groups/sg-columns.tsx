// The security-group list's columns. What uses a group comes from other reads, so the columns are made from
// that answer (once per answer, in the page) rather than at module scope.
import type { SecurityGroup } from '@osc-console/osc-api'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { securityGroupResource as d } from '../../kit/registry.ts'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { text, useT } from '../../i18n/text.ts'
import { openToWorld, ruleCounts, usageCount, type GroupUsage } from './sg-rules.ts'
import { SENSITIVE_PORTS } from './sg-world.ts'

/** "SSH (22), RDP (3389)": the sensitive services the group opens to the internet, for the column and the CSV. */
export function exposedServices(sg: SecurityGroup): string {
  const ports = [...new Set(openToWorld(sg).flatMap((f) => f.ports))]
  return ports.map((p) => `${SENSITIVE_PORTS.get(p) ?? ''} (${p})`).join(', ')
}

function NetCell({ sg }: { sg: SecurityGroup }) {
  const t = useT()
  return sg.NetId ? (
    <span className="font-mono text-xs">{sg.NetId}</span>
  ) : (
    <span className="muted">{t('sg.publicCloud')}</span>
  )
}

function WorldCell({ sg }: { sg: SecurityGroup }) {
  const t = useT()
  const services = exposedServices(sg)
  if (!services) return <span className="muted">{t('sg.col.world.none')}</span>
  return (
    <span className="font-medium text-red-700 dark:text-red-300">{t('sg.col.world.open', { services })}</span>
  )
}

function UsedByCell({ usage }: { usage: GroupUsage | undefined | null }) {
  const t = useT()
  if (usage === null) return <span className="muted">…</span>
  const n = usageCount(usage)
  if (n === 0) return <span className="muted">{t('sg.usedBy.nothing')}</span>
  const parts = [
    usage?.vms.length && t('sg.usedBy.vmCount', { count: usage.vms.length }),
    usage?.loadBalancers.length && t('sg.usedBy.lbCount', { count: usage.loadBalancers.length }),
    usage?.nics.length && t('sg.usedBy.nicCount', { count: usage.nics.length }),
  ].filter(Boolean)
  return <span>{parts.join(', ')}</span>
}

export function securityGroupColumns(
  usage: Map<string, GroupUsage> | undefined,
): ResourceColumn<SecurityGroup>[] {
  // null: not known yet; undefined: known to be unused.
  const usageOf = (sg: SecurityGroup) => (usage ? usage.get(sg.SecurityGroupId ?? '') : null)
  return [
    nameColumn(d),
    resourceIdColumn(d),
    {
      id: 'net',
      label: text('sg.col.net'),
      value: (sg) => sg.NetId ?? '',
      cell: (sg) => <NetCell sg={sg} />,
      width: 'w-40',
    },
    {
      id: 'inbound',
      label: text('sg.col.inbound'),
      value: (sg) => ruleCounts(sg).inbound,
      width: 'w-24',
    },
    {
      id: 'outbound',
      label: text('sg.col.outbound'),
      value: (sg) => ruleCounts(sg).outbound,
      width: 'w-24',
    },
    {
      id: 'usedBy',
      label: text('sg.col.usedBy'),
      value: (sg) => {
        const u = usageOf(sg)
        return u === null ? undefined : usageCount(u)
      },
      cell: (sg) => <UsedByCell usage={usageOf(sg)} />,
      width: 'w-48',
    },
    {
      id: 'world',
      label: text('sg.col.world'),
      value: exposedServices,
      cell: (sg) => <WorldCell sg={sg} />,
      width: 'w-56',
    },
    {
      id: 'description',
      label: text('sg.col.description'),
      value: (sg) => sg.Description,
      cell: (sg) => <span title={sg.Description}>{sg.Description}</span>,
      width: 'w-56',
    },
    { ...tagsColumn<SecurityGroup>((sg) => sg.Tags), defaultHidden: true },
  ]
}
