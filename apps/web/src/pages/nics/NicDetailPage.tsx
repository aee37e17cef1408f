import { Suspense, lazy, useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { Nic, PrivateIp } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, tagsTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { ItemTable } from '../../kit/ItemTable.tsx'
import { ResourceId } from '../../kit/ResourceId.tsx'
import { labelOf } from '../../kit/descriptor.ts'
import { nicResource } from '../../kit/registry.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { nicCan } from './nic-rules.ts'

const dialogs = () => import('./NicDialogs.tsx')
const AttachDialog = lazy(() => dialogs().then((m) => ({ default: m.NicAttachDialog })))
const PrivateIpDialog = lazy(() => dialogs().then((m) => ({ default: m.NicPrivateIpDialog })))
const GroupsDialog = lazy(() => dialogs().then((m) => ({ default: m.NicGroupsDialog })))

const route = getRouteApi('/$account/nics/$nicId')

function Id({ id }: { id: string | undefined }) {
  const account = useAccountId()
  return id ? <ResourceId account={account} id={id} /> : null
}

function PrivateIps({ nic }: { nic: Nic }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<PrivateIp>()
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('LinkPrivateIps')} variant="primary" onClick={() => setAdding(true)}>
          {t('nics.ips.add')}
        </ActionButton>
      </div>
      <ItemTable<PrivateIp>
        label={t('nics.ips.table')}
        items={nic.PrivateIps ?? []}
        rowKey={(p) => p.PrivateIp ?? ''}
        empty="nics.ips.none"
        columns={[
          { label: 'nics.ips.address', cell: (p) => p.PrivateIp, mono: true },
          {
            label: 'nics.ips.primary',
            cell: (p) => (p.IsPrimary ? t('nics.ips.primary.yes') : t('nics.ips.primary.no')),
          },
          { label: 'nics.col.publicIp', cell: (p) => p.LinkPublicIp?.PublicIp, mono: true },
          { label: 'nics.ips.dns', cell: (p) => p.PrivateDnsName, mono: true },
          {
            label: 'nics.ips.actions',
            cell: (p) =>
              p.IsPrimary ? (
                <span className="text-xs muted">{t('nics.rule.primaryIp')}</span>
              ) : (
                <ActionButton
                  check={allOf(can('UnlinkPrivateIps'), nicCan.removeIp(p))}
                  onClick={() => setRemoving(p)}
                >
                  {t('nics.ips.remove', { address: p.PrivateIp ?? '' })}
                </ActionButton>
              ),
          },
        ]}
      />
      {adding && (
        <Suspense fallback={null}>
          <PrivateIpDialog account={account} nic={nic} onClose={() => setAdding(false)} />
        </Suspense>
      )}
      {removing && (
        <ConfirmDialog
          account={account}
          action="UnlinkPrivateIps"
          params={{ NicId: nic.NicId ?? '', PrivateIps: [removing.PrivateIp ?? ''] }}
          title={t('nics.ips.remove', { address: removing.PrivateIp ?? '' })}
          confirmLabel={t('nics.ips.removeConfirm')}
          success={t('nics.ips.removed', { address: removing.PrivateIp ?? '' })}
          onClose={() => setRemoving(undefined)}
        >
          <p>{t('nics.ips.removeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

function Groups({ nic }: { nic: Nic }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const [editing, setEditing] = useState(false)
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('UpdateNic')} onClick={() => setEditing(true)}>
          {t('nics.groups.edit')}
        </ActionButton>
      </div>
      <ItemTable
        label={t('nics.col.groups')}
        items={nic.SecurityGroups ?? []}
        rowKey={(g) => g.SecurityGroupId ?? ''}
        empty="nics.groups.none"
        columns={[
          { label: 'table.col.name', cell: (g) => g.SecurityGroupName },
          { label: 'table.col.id', cell: (g) => <Id id={g.SecurityGroupId} /> },
        ]}
      />
      {editing && (
        <Suspense fallback={null}>
          <GroupsDialog account={account} nic={nic} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </div>
  )
}

const tabs: DetailTab<Nic>[] = [
  {
    key: 'properties',
    label: 'nics.tab.properties',
    render: (nic) => (
      <PropertiesTable
        properties={[
          ['table.col.id', <span className="font-mono">{nic.NicId}</span>],
          ['nics.prop.description', nic.Description],
          ['nics.col.vm', <Id id={nic.LinkNic?.VmId} />],
          [
            'nics.prop.device',
            nic.LinkNic?.DeviceNumber === undefined ? undefined : String(nic.LinkNic.DeviceNumber),
          ],
          ['nics.col.subnet', <Id id={nic.SubnetId} />],
          ['nics.prop.net', <Id id={nic.NetId} />],
          ['nics.prop.subregion', nic.SubregionName],
          [
            'nics.col.publicIp',
            nic.LinkPublicIp?.PublicIp && <span className="font-mono">{nic.LinkPublicIp.PublicIp}</span>,
          ],
          ['nics.prop.mac', nic.MacAddress && <span className="font-mono">{nic.MacAddress}</span>],
          ['nics.prop.dns', nic.PrivateDnsName && <span className="font-mono">{nic.PrivateDnsName}</span>],
        ]}
      />
    ),
  },
  { key: 'private-ips', label: 'nics.tab.privateIps', render: (nic) => <PrivateIps nic={nic} /> },
  { key: 'security-groups', label: 'nics.tab.groups', render: (nic) => <Groups nic={nic} /> },
  tagsTab(nicResource),
  auditTab(nicResource),
]

function NicActions({ account, nic }: { account: string; nic: Nic }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'attach' | 'detach' | 'delete'>()
  const close = () => setOpen(undefined)
  const name = labelOf(nicResource, nic)
  const del = nicCan.delete(nic)
  const vm = nic.LinkNic?.VmId ?? ''
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.nic', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      {nic.LinkNic?.LinkNicId ? (
        <ActionButton check={allOf(can('UnlinkNic'), nicCan.detach(nic))} onClick={() => setOpen('detach')}>
          {t('nics.detach')}
        </ActionButton>
      ) : (
        <ActionButton
          check={allOf(can('LinkNic'), nicCan.attach(nic))}
          variant="primary"
          onClick={() => setOpen('attach')}
        >
          {t('nics.attach')}
        </ActionButton>
      )}
      <ActionButton check={allOf(can('DeleteNic'), del)} variant="danger" onClick={() => setOpen('delete')}>
        {t('nics.delete')}
      </ActionButton>
      {!del.allowed && <p className="text-sm muted">{t(del.reason)}</p>}
      {open === 'attach' && (
        <Suspense fallback={null}>
          <AttachDialog account={account} nic={nic} onClose={close} />
        </Suspense>
      )}
      {open === 'detach' && (
        <ConfirmDialog
          account={account}
          action="UnlinkNic"
          params={{ LinkNicId: nic.LinkNic?.LinkNicId ?? '' }}
          title={t('nics.detach.title', { name, vm })}
          confirmLabel={t('nics.detach.confirm')}
          success={t('nics.detached', { name })}
          onClose={close}
        >
          <p>{t('nics.detach.body', { vm })}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteNic"
          params={{ NicId: nic.NicId ?? '' }}
          title={t('nics.delete.title', { name })}
          confirmLabel={t('nics.delete.confirm')}
          success={t('nics.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('nics.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: 'nics' }))}
        >
          <p>{t('nics.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function NicDetailPage() {
  const { account, nicId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={nicResource}
      account={account}
      id={nicId}
      tabs={tabs}
      notAllowed="nics.notAllowed"
      actions={(nic) => <NicActions account={account} nic={nic} />}
    />
  )
}
