import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { PublicIp } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { publicIpResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { CopyButton } from '../../ui/CopyButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { attachedTo, isIdle, publicIpCan } from './public-ip-rules.ts'
import { IdleCell } from './public-ip-columns.tsx'

const AttachDialog = lazy(() =>
  import('./PublicIpAttachDialog.tsx').then((m) => ({ default: m.PublicIpAttachDialog })),
)

const route = getRouteApi('/$account/public-ips/$publicIpId')

function Id({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function IdleNote({ ip }: { ip: PublicIp }) {
  const t = useT()
  if (!isIdle(ip)) return null
  return (
    <p
      role="note"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      {t('publicIps.idleNote')}
    </p>
  )
}

const tabs: DetailTab<PublicIp>[] = [
  {
    key: 'properties',
    label: 'publicIps.tab.properties',
    render: (ip) => (
      <div className="flex flex-col gap-3">
        <IdleNote ip={ip} />
        <PropertiesTable
          properties={[
            [
              'publicIps.col.address',
              ip.PublicIp && (
                <span className="inline-flex flex-wrap items-center gap-2">
                  <span className="font-mono">{ip.PublicIp}</span>
                  <CopyButton text={ip.PublicIp} />
                </span>
              ),
            ],
            ['table.col.id', <span className="font-mono">{ip.PublicIpId}</span>],
            ['publicIps.prop.vm', <Id id={ip.VmId} />],
            ['publicIps.prop.nic', <Id id={ip.NicId} />],
            ['publicIps.col.privateIp', ip.PrivateIp && <span className="font-mono">{ip.PrivateIp}</span>],
            [
              'publicIps.prop.link',
              ip.LinkPublicIpId && <span className="font-mono">{ip.LinkPublicIpId}</span>,
            ],
            ['publicIps.col.billing', <IdleCell ip={ip} />],
          ]}
        />
      </div>
    ),
  },
  tagsTab(publicIpResource),
  auditTab(publicIpResource),
]

function PublicIpActions({ account, ip }: { account: string; ip: PublicIp }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'attach' | 'detach' | 'release'>()
  const close = () => setOpen(undefined)
  const address = ip.PublicIp ?? ip.PublicIpId ?? ''
  const release = publicIpCan.release(ip)
  const target = attachedTo(ip) ?? ''
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.publicIp', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      {isIdle(ip) ? (
        <ActionButton
          check={allOf(can('LinkPublicIp'), publicIpCan.attach(ip))}
          variant="primary"
          onClick={() => setOpen('attach')}
        >
          {t('publicIps.attach')}
        </ActionButton>
      ) : (
        <ActionButton
          check={allOf(can('UnlinkPublicIp'), publicIpCan.detach(ip))}
          onClick={() => setOpen('detach')}
        >
          {t('publicIps.detach')}
        </ActionButton>
      )}
      <ActionButton
        check={allOf(can('DeletePublicIp'), release)}
        variant="danger"
        onClick={() => setOpen('release')}
      >
        {t('publicIps.release')}
      </ActionButton>
      {!release.allowed && <p className="text-sm muted">{t(release.reason)}</p>}
      {open === 'attach' && (
        <Suspense fallback={null}>
          <AttachDialog account={account} ip={ip} onClose={close} />
        </Suspense>
      )}
      {open === 'detach' && (
        <ConfirmDialog
          account={account}
          action="UnlinkPublicIp"
          params={{ LinkPublicIpId: ip.LinkPublicIpId }}
          title={t('publicIps.detach.title', { address, target })}
          confirmLabel={t('publicIps.detach.confirm')}
          success={t('publicIps.detached', { address })}
          onClose={close}
        >
          <p>{t('publicIps.detach.body', { target })}</p>
        </ConfirmDialog>
      )}
      {open === 'release' && (
        <ConfirmDialog
          account={account}
          action="DeletePublicIp"
          params={{ PublicIpId: ip.PublicIpId }}
          title={t('publicIps.release.title', { address })}
          confirmLabel={t('publicIps.release.confirm')}
          success={t('publicIps.released', { address })}
          danger
          typeToConfirm={{ expected: address, label: t('publicIps.release.type', { address }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'public-ips' }))}
        >
          <p>{t('publicIps.release.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function PublicIpDetailPage() {
  const { account, publicIpId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={publicIpResource}
      account={account}
      id={publicIpId}
      tabs={tabs}
      notAllowed="publicIps.notAllowed"
      actions={(ip) => <PublicIpActions account={account} ip={ip} />}
    />
  )
}
