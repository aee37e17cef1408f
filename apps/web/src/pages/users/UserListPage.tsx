import { useState } from 'react'
import type { User } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { userResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { createdColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { UserFormDialog } from './UserFormDialog.tsx'

const userColumns: ResourceColumn<User>[] = [
  nameColumn(d),
  { ...resourceIdColumn(d), width: 'w-72' },
  { id: 'path', label: text('users.col.path'), value: (u) => u.Path ?? '', width: 'w-32' },
  { id: 'email', label: text('users.col.email'), value: (u) => u.UserEmail ?? '', width: 'w-48' },
  createdColumn<User>((u) => u.CreationDate),
]

export default function UserListPage() {
  const account = useAccountId()
  const can = useCan()
  const t = useT()
  const [creating, setCreating] = useState(false)
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={userColumns}
      tableLabel="users.table"
      notAllowed="users.notAllowed"
      empty={{ title: 'users.empty.title', body: 'users.empty.body' }}
      create={
        <>
          <ActionButton check={can('CreateUser')} variant="primary" onClick={() => setCreating(true)}>
            {t('users.create.title')}
          </ActionButton>
          {creating && <UserFormDialog account={account} onClose={() => setCreating(false)} />}
        </>
      }
    />
  )
}
