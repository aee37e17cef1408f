// The public-IP list's columns: the address, what it is attached to, and whether it is billed while idle.
import type { PublicIp } from '@osc-console/osc-api'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { publicIpResource as d } from '../../kit/registry.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { tagsColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { attachedTo, isIdle } from './public-ip-rules.ts'

const mono = (value: string | undefined) => <span className="font-mono text-xs">{value}</span>

function AttachedCell({ ip }: { ip: PublicIp }) {
  const t = useT()
  const account = useAccountId()
  const target = attachedTo(ip)
  if (!target) return <span className="muted">{t('publicIps.col.attached.none')}</span>
  return <ResourceId account={account} id={target} />
}

/** The idle flag: an address attached to nothing costs money and does nothing, so the list says so. */
export function IdleCell({ ip }: { ip: PublicIp }) {
  const t = useT()
  return isIdle(ip) ? (
    <span className="font-medium text-amber-800 dark:text-amber-200">{t('publicIps.col.billing.idle')}</span>
  ) : (
    <span className="muted">{t('publicIps.col.billing.inUse')}</span>
  )
}

export const publicIpColumns: ResourceColumn<PublicIp>[] = [
  { ...nameColumn(d), id: 'address', label: text('publicIps.col.address'), width: 'w-36' },
  resourceIdColumn(d),
  {
    id: 'attached',
    label: text('publicIps.col.attached'),
    value: (ip) => attachedTo(ip) ?? '',
    cell: (ip) => <AttachedCell ip={ip} />,
    width: 'w-36',
  },
  {
    id: 'private-ip',
    label: text('publicIps.col.privateIp'),
    value: (ip) => ip.PrivateIp,
    cell: (ip) => mono(ip.PrivateIp),
    width: 'w-32',
  },
  {
    id: 'billing',
    label: text('publicIps.col.billing'),
    value: (ip) => (isIdle(ip) ? 'idle' : 'in use'),
    cell: (ip) => <IdleCell ip={ip} />,
    width: 'w-48',
  },
  { ...tagsColumn<PublicIp>((ip) => ip.Tags), defaultHidden: true },
]
