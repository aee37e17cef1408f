import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Subnet } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { subnetResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { routeTableOf, useNetwork } from '../nets/net-data.ts'
import { canDeleteSubnet } from './subnet-rules.ts'

const route = getRouteApi('/$account/subnets/$subnetId')

function Id({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function RouteTableCell({ subnet }: { subnet: Subnet }) {
  const network = useNetwork(useAccountId())
  return <Id id={routeTableOf(network, subnet)?.RouteTableId} />
}

function YesNo({ value }: { value: boolean | undefined }) {
  const t = useT()
  return <>{value ? t('subnets.yes') : t('subnets.no')}</>
}

const tabs: DetailTab<Subnet>[] = [
  {
    key: 'properties',
    label: 'subnets.tab.properties',
    render: (s) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{s.SubnetId}</span>],
          ['subnets.col.net', <Id id={s.NetId} />],
          ['subnets.col.range', <span className="font-mono">{s.IpRange}</span>],
          ['subnets.col.subregion', s.SubregionName],
          ['table.col.state', s.State],
          ['subnets.col.free', s.AvailableIpsCount === undefined ? undefined : String(s.AvailableIpsCount)],
          ['subnets.prop.mapPublicIp', <YesNo value={s.MapPublicIpOnLaunch} />],
          ['subnets.prop.routeTable', <RouteTableCell subnet={s} />],
        ]}
      />
    ),
  },
  tagsTab(subnetResource),
  auditTab(subnetResource),
]

function SubnetActions({ account, subnet }: { account: string; subnet: Subnet }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'map' | 'delete'>()
  const close = () => setOpen(undefined)
  const name = labelOf(subnetResource, subnet)
  const mapping = !subnet.MapPublicIpOnLaunch
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.subnet', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton check={can('UpdateSubnet')} onClick={() => setOpen('map')}>
        {mapping ? t('subnets.map.on') : t('subnets.map.off')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteSubnet'), canDeleteSubnet(subnet))}
        variant="danger"
        onClick={() => setOpen('delete')}
      >
        {t('subnets.delete')}
      </ActionButton>
      {open === 'map' && (
        <ConfirmDialog
          account={account}
          action="UpdateSubnet"
          params={{ SubnetId: subnet.SubnetId ?? '', MapPublicIpOnLaunch: mapping }}
          title={mapping ? t('subnets.map.on') : t('subnets.map.off')}
          confirmLabel={t('subnets.map.confirm')}
          success={t('subnets.map.done', { name })}
          onClose={close}
        >
          <p>{mapping ? t('subnets.map.onBody') : t('subnets.map.offBody')}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteSubnet"
          params={{ SubnetId: subnet.SubnetId ?? '' }}
          title={t('subnets.delete.title', { name })}
          confirmLabel={t('subnets.delete.confirm')}
          success={t('subnets.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('subnets.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'subnets' }))}
        >
          <p>{t('subnets.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function SubnetDetailPage() {
  const { account, subnetId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={subnetResource}
      account={account}
      id={subnetId}
      tabs={tabs}
      notAllowed="subnets.notAllowed"
      actions={(subnet) => <SubnetActions account={account} subnet={subnet} />}
    />
  )
}
