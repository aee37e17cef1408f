import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { LoadBalancer } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { loadBalancerResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { lbCan } from './lb-actions.tsx'
import { listenersText } from './lb-format.ts'
import { HealthRatio } from './HealthRatio.tsx'
import { ListenersTab } from './lb-listeners.tsx'
import { BackendsTab } from './lb-backends.tsx'
import { HealthCheckTab } from './lb-health-check.tsx'
import { AccessLogTab, StickySessionsTab } from './lb-sessions.tsx'

const route = getRouteApi('/$account/load-balancers/$loadBalancerName')

const ids = (account: string, list: readonly string[] | undefined) =>
  list?.length ? (
    <span className="flex flex-wrap gap-2">
      {list.map((id) => (
        <ResourceId key={id} account={account} id={id} />
      ))}
    </span>
  ) : undefined

function tabs(account: string): DetailTab<LoadBalancer>[] {
  return [
    {
      key: 'properties',
      label: 'lb.tab.properties',
      render: (lb) => (
        <PropertiesTable
          properties={[
            ['lb.prop.name', lb.LoadBalancerName],
            ['lb.col.type', lb.LoadBalancerType],
            [
              'lb.col.dns',
              lb.DnsName && (
                <span className="inline-flex flex-wrap items-center gap-2">
                  <span className="font-mono">{lb.DnsName}</span>
                  <CopyButton text={lb.DnsName} />
                </span>
              ),
            ],
            ['lb.prop.publicIp', lb.PublicIp && <span className="font-mono">{lb.PublicIp}</span>],
            ['lb.col.listeners', <span className="font-mono">{listenersText(lb)}</span>],
            ['lb.prop.net', lb.NetId && <ResourceId account={account} id={lb.NetId} />],
            ['lb.prop.subnets', ids(account, lb.Subnets)],
            ['lb.prop.subregions', lb.SubregionNames?.join(', ')],
            ['lb.col.securityGroups', ids(account, lb.SecurityGroups)],
          ]}
        />
      ),
    },
    {
      key: 'listeners',
      label: 'lb.tab.listeners',
      render: (lb) => <ListenersTab account={account} lb={lb} />,
    },
    { key: 'backends', label: 'lb.tab.backends', render: (lb) => <BackendsTab account={account} lb={lb} /> },
    {
      key: 'health-check',
      label: 'lb.tab.healthCheck',
      // Keyed by the saved settings: after a save or a refresh the form starts from what OUTSCALE holds.
      render: (lb) => <HealthCheckTab key={JSON.stringify(lb.HealthCheck)} account={account} lb={lb} />,
    },
    {
      key: 'sticky-sessions',
      label: 'lb.tab.stickySessions',
      render: (lb) => <StickySessionsTab account={account} lb={lb} />,
    },
    {
      key: 'access-log',
      label: 'lb.tab.accessLog',
      render: (lb) => <AccessLogTab key={JSON.stringify(lb.AccessLog)} account={account} lb={lb} />,
    },
    tagsTab(loadBalancerResource),
    auditTab(loadBalancerResource),
  ]
}

function LoadBalancerActions({ account, lb }: { account: string; lb: LoadBalancer }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const name = lb.LoadBalancerName ?? ''
  return (
    <div className="flex flex-wrap items-center gap-4">
      <p className="text-sm">
        <span className="muted">{t('lb.col.backends')}: </span>
        <HealthRatio account={account} lb={lb} poll />
      </p>
      <div
        role="group"
        aria-label={t('kit.detail.actions', { noun: t('resources.loadBalancer', { count: 1 }) })}
      >
        <ActionButton
          check={allOf(can('DeleteLoadBalancer'), lbCan.delete(lb))}
          variant="danger"
          onClick={() => setOpen(true)}
        >
          {t('lb.delete')}
        </ActionButton>
      </div>
      {open && (
        <ConfirmDialog
          account={account}
          action="DeleteLoadBalancer"
          params={{ LoadBalancerName: name }}
          title={t('lb.delete.title', { name })}
          confirmLabel={t('lb.delete.confirm')}
          success={t('lb.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('lb.delete.type', { name }) }}
          onClose={() => setOpen(false)}
          onDone={() => void navigate(paths.section({ account, section: 'load-balancers' }))}
        >
          <p>{t('lb.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function LoadBalancerDetailPage() {
  const { account, loadBalancerName } = route.useParams()
  return (
    <ResourceDetailPage
      resource={loadBalancerResource}
      account={account}
      id={loadBalancerName}
      tabs={tabs(account)}
      notAllowed="lb.notAllowed"
      actions={(lb) => <LoadBalancerActions account={account} lb={lb} />}
    />
  )
}
