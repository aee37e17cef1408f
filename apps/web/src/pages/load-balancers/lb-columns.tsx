// The load-balancer list's columns: type, DNS name, listeners, backends healthy/total, placement, groups, tags.
import type { LoadBalancer } from '@osc-console/osc-api'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { nameColumn } from '../../kit/columns.tsx'
import { loadBalancerResource } from '../../kit/registry.ts'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { HealthRatio } from './HealthRatio.tsx'
import { listenersText, placementText } from './lb-format.ts'

function BackendsCell({ lb }: { lb: LoadBalancer }) {
  return <HealthRatio account={useAccountId()} lb={lb} />
}

function GroupsCell({ lb }: { lb: LoadBalancer }) {
  const account = useAccountId()
  return (
    <span className="flex flex-wrap gap-1">
      {(lb.SecurityGroups ?? []).map((id) => (
        <ResourceId key={id} account={account} id={id} />
      ))}
    </span>
  )
}

export const loadBalancerColumns: ResourceColumn<LoadBalancer>[] = [
  nameColumn(loadBalancerResource),
  { id: 'type', label: text('lb.col.type'), value: (lb) => lb.LoadBalancerType, width: 'w-32' },
  {
    id: 'dns',
    label: text('lb.col.dns'),
    value: (lb) => lb.DnsName,
    cell: (lb) => <span className="font-mono text-xs break-all">{lb.DnsName}</span>,
    width: 'w-72',
  },
  {
    id: 'listeners',
    label: text('lb.col.listeners'),
    value: listenersText,
    cell: (lb) => <span className="font-mono text-xs">{listenersText(lb)}</span>,
    width: 'w-48',
  },
  {
    id: 'backends',
    label: text('lb.col.backends'),
    // Sorted and exported by how many are registered; the cell adds how many are healthy now.
    value: (lb) => lb.BackendVmIds?.length ?? 0,
    cell: (lb) => <BackendsCell lb={lb} />,
    width: 'w-32',
  },
  {
    id: 'placement',
    label: text('lb.col.placement'),
    value: placementText,
    cell: (lb) => <span className="font-mono text-xs">{placementText(lb)}</span>,
    width: 'w-48',
  },
  {
    id: 'securityGroups',
    label: text('lb.col.securityGroups'),
    value: (lb) => (lb.SecurityGroups ?? []).join(', '),
    cell: (lb) => <GroupsCell lb={lb} />,
    width: 'w-40',
  },
  tagsColumn<LoadBalancer>((lb) => lb.Tags),
]
