import { useState } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import type { User } from '@osc-console/osc-api'
import { ResourceDetailPage, auditTab, type DetailTab } from '../../kit/ResourceDetailPage.tsx'
import { PropertiesTable } from '../../kit/PropertiesTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { userResource as d } from '../../kit/registry.ts'
import { ActionButton, allOf, reasonText } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { paths } from '../../paths.ts'
import { userCan } from './user-rules.ts'
import { UserKeys, userKeysQuery } from './UserKeys.tsx'
import { UserFormDialog } from './UserFormDialog.tsx'

const route = getRouteApi('/$account/users/$userId')

const date = (iso: string | undefined) => iso && <DateTime iso={iso} />

const tabs: DetailTab<User>[] = [
  {
    key: 'properties',
    label: 'users.tab.properties',
    render: (u) => (
      <PropertiesTable
        properties={[
          ['table.col.name', u.UserName],
          ['table.col.id', <span className="font-mono">{u.UserId}</span>],
          ['users.col.path', u.Path],
          ['users.col.email', u.UserEmail],
          ['table.col.created', date(u.CreationDate)],
          ['users.col.modified', date(u.LastModificationDate)],
        ]}
      />
    ),
  },
  { key: 'keys', label: 'users.tab.keys', render: (u) => <UserKeys user={u} /> },
  auditTab(d),
]

function UserActions({ account, user }: { account: string; user: User }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const name = user.UserName ?? ''
  const keys = useQuery({ ...userKeysQuery(account, name), enabled: can('ReadAccessKeys').allowed })
  const del = userCan.delete(keys.data?.AccessKeys?.length)
  const [open, setOpen] = useState<'edit' | 'delete'>()
  const close = () => setOpen(undefined)
  return (
    <div
      role="group"
      aria-label={t('kit.detail.actions', { noun: t('resources.user', { count: 1 }) })}
      className="flex flex-wrap items-center gap-3"
    >
      <ActionButton check={can('UpdateUser')} onClick={() => setOpen('edit')}>
        {t('users.edit')}
      </ActionButton>
      <ActionButton check={allOf(can('DeleteUser'), del)} variant="danger" onClick={() => setOpen('delete')}>
        {t('users.delete')}
      </ActionButton>
      {can('DeleteUser').allowed && !del.allowed && <p className="text-sm muted">{reasonText(del, t)}</p>}
      {open === 'edit' && <UserFormDialog account={account} user={user} onClose={close} />}
      {open === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteUser"
          params={{ UserName: name }}
          title={t('users.delete.title', { name })}
          confirmLabel={t('users.delete.confirm')}
          success={t('users.deleted', { name })}
          danger
          typeToConfirm={{ expected: name, label: t('users.delete.type', { name }) }}
          onClose={close}
          onDone={() => void navigate(paths.section({ account, section: d.section }))}
        >
          <p>{t('users.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

export default function UserDetailPage() {
  const { account, userId } = route.useParams()
  return (
    <ResourceDetailPage
      resource={d}
      account={account}
      id={userId}
      tabs={tabs}
      notAllowed="users.notAllowed"
      actions={(u) => <UserActions account={account} user={u} />}
    />
  )
}
