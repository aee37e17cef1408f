// The access keys of one EIM user: its own keys, read and changed with the user's name. A new key's secret is shown
// once, as for the account's keys; a user's key must be deactivated before it is deleted.
import { Suspense, lazy, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { AccessKey, User } from '@osc-console/osc-api'
import { oscQuery } from '@osc-console/data'
import { ItemTable, type ItemColumn } from '../../kit/ItemTable.tsx'
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx'
import { PageState } from '../../kit/PageState.tsx'
import { useAccountId, useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { ActionButton, allOf } from '../../ui/ActionButton.tsx'
import { DateTime } from '../../ui/DateTime.tsx'
import { Expiration } from '../access-keys/AccessKeyListPage.tsx'
import { userKeyCan } from './user-rules.ts'

const CreateDialog = lazy(() =>
  import('../access-keys/AccessKeyCreateDialog.tsx').then((m) => ({ default: m.AccessKeyCreateDialog })),
)

/** The read of a user's keys, shared by the tab and the delete rule (a user holding keys cannot be deleted). */
export const userKeysQuery = (account: string, userName: string) =>
  oscQuery(account, 'ReadAccessKeys', { UserName: userName })

type Open = { kind: 'activate' | 'deactivate' | 'delete'; key: AccessKey }

function KeyActions({ accessKey, onOpen }: { accessKey: AccessKey; onOpen: (o: Open) => void }) {
  const t = useT()
  const can = useCan()
  const active = accessKey.State === 'ACTIVE'
  return (
    <span className="flex flex-wrap gap-2">
      <ActionButton
        check={can('UpdateAccessKey')}
        onClick={() => onOpen({ kind: active ? 'deactivate' : 'activate', key: accessKey })}
      >
        {t(active ? 'keys.deactivate' : 'keys.activate')}
      </ActionButton>
      <ActionButton
        check={allOf(can('DeleteAccessKey'), userKeyCan.delete(accessKey))}
        variant="danger"
        onClick={() => onOpen({ kind: 'delete', key: accessKey })}
      >
        {t('keys.delete')}
      </ActionButton>
    </span>
  )
}

export function UserKeys({ user }: { user: User }) {
  const t = useT()
  const account = useAccountId()
  const can = useCan()
  const userName = user.UserName ?? ''
  const readable = can('ReadAccessKeys')
  const keys = useQuery({ ...userKeysQuery(account, userName), enabled: readable.allowed })
  const [creating, setCreating] = useState(false)
  const [open, setOpen] = useState<Open>()
  const close = () => setOpen(undefined)
  if (!readable.allowed)
    return (
      <PageState
        kind="not-allowed"
        title={t('users.keys')}
        what={t('keys.notAllowed')}
        reason={readable.reason}
      />
    )
  const columns: ItemColumn<AccessKey>[] = [
    { label: 'table.col.id', cell: (k) => k.AccessKeyId, mono: true },
    { label: 'table.col.state', cell: (k) => k.State },
    { label: 'keys.col.tag', cell: (k) => k.Tag },
    { label: 'table.col.created', cell: (k) => k.CreationDate && <DateTime iso={k.CreationDate} /> },
    { label: 'keys.col.expires', cell: (k) => <Expiration iso={k.ExpirationDate} /> },
    { label: 'users.keys.actions', cell: (k) => <KeyActions accessKey={k} onOpen={setOpen} /> },
  ]
  const id = open?.key.AccessKeyId ?? ''
  return (
    <div className="flex flex-col gap-3">
      <div>
        <ActionButton check={can('CreateAccessKey')} variant="primary" onClick={() => setCreating(true)}>
          {t('keys.create.title')}
        </ActionButton>
      </div>
      {keys.error ? (
        <PageState kind="error" error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.isPending ? (
        <PageState kind="loading" label={t('users.keys.loading')} />
      ) : (
        <ItemTable
          label={t('users.keys.table', { name: userName })}
          columns={columns}
          items={keys.data?.AccessKeys ?? []}
          rowKey={(k) => k.AccessKeyId ?? ''}
          empty="users.keys.empty"
        />
      )}
      {creating && (
        <Suspense fallback={null}>
          <CreateDialog account={account} userName={userName} onClose={() => setCreating(false)} />
        </Suspense>
      )}
      {(open?.kind === 'activate' || open?.kind === 'deactivate') && (
        <ConfirmDialog
          account={account}
          action="UpdateAccessKey"
          params={{
            AccessKeyId: id,
            UserName: userName,
            State: open.kind === 'activate' ? 'ACTIVE' : 'INACTIVE',
          }}
          title={t(open.kind === 'activate' ? 'keys.activate.title' : 'keys.deactivate.title', { id })}
          confirmLabel={t(open.kind === 'activate' ? 'keys.activate.confirm' : 'keys.deactivate.confirm')}
          success={t(open.kind === 'activate' ? 'keys.activated' : 'keys.deactivated', { id })}
          danger={open.kind === 'deactivate'}
          onClose={close}
        >
          <p>
            {t(open.kind === 'activate' ? 'keys.activate.body' : 'users.keys.deactivate.body', {
              name: userName,
            })}
          </p>
        </ConfirmDialog>
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          account={account}
          action="DeleteAccessKey"
          params={{ AccessKeyId: id, UserName: userName }}
          title={t('keys.delete.title', { id })}
          confirmLabel={t('keys.delete.confirm')}
          success={t('keys.deleted', { id })}
          danger
          typeToConfirm={{ expected: id, label: t('keys.delete.type', { id }) }}
          onClose={close}
        >
          <p>{t('users.keys.delete.body', { name: userName })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
