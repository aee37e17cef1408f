import { lazy } from 'react'
import type { User } from '@osc-console/osc-api'
import { ResourceListPage } from '../../kit/ResourceListPage.tsx'
import { userResource as d } from '../../kit/registry.ts'
import { nameColumn, resourceIdColumn } from '../../kit/columns.tsx'
import { createdColumn, type ResourceColumn } from '../../table/columns.tsx'
import { useAccountId } from '../../app/account.ts'
import { text } from '../../i18n/text.ts'
import { CreateButton } from '../../kit/CreateButton.tsx'

// The form library comes with the dialog, when someone opens it: reading the list does not need it.
const UserCreateDialog = lazy(() =>
  import('./UserFormDialog.tsx').then((m) => ({ default: m.UserFormDialog })),
)

const userColumns: ResourceColumn<User>[] = [
  nameColumn(d),
  { ...resourceIdColumn(d), width: 'w-72' },
  { id: 'path', label: text('users.col.path'), value: (u) => u.Path ?? '', width: 'w-32' },
  { id: 'email', label: text('users.col.email'), value: (u) => u.UserEmail ?? '', width: 'w-48' },
  createdColumn<User>((u) => u.CreationDate),
]

export default function UserListPage() {
  const account = useAccountId()
  return (
    <ResourceListPage
      resource={d}
      account={account}
      columns={userColumns}
      tableLabel="users.table"
      notAllowed="users.notAllowed"
      empty={{ title: 'users.empty.title', body: 'users.empty.body' }}
      create={
        <CreateButton
          action="CreateUser"
          label="users.create.title"
          form={UserCreateDialog}
          account={account}
        />
      }
    />
  )
}
