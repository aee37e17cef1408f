// Who else may use a snapshot or an image: public or not, the accounts it is shared with (each removable), and
// a box to share it with more. Every change is confirmed with its osc-cli/curl command; giving access is refused
// to roles other than admin before anything is sent, with the reason.
import { useId, useState } from 'react'
import type { ActionName, Request } from '@osc-console/osc-api'
import { useCan, useCurrentAccount } from '../app/account.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { useT } from '../i18n/text.ts'
import { ActionButton, allOf, type AnyCheck } from '../ui/ActionButton.tsx'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import {
  accountIdsIn,
  accountIdsProblem,
  share,
  sharingRule,
  unshare,
  type PermissionChange,
  type Permissions,
} from './sharing.ts'

type Change = { kind: 'public' | 'private' } | { kind: 'add'; ids: string[] } | { kind: 'remove'; id: string }

export function SharingEditor<A extends ActionName>({
  account,
  action,
  request,
  permissions,
  what,
  check,
}: {
  account: string
  action: A
  /** The call's request for a change of permissions. */
  request: (change: PermissionChange) => Request<A>
  permissions: Permissions | undefined
  /** What sharing lets another account do: "create volumes from this snapshot". */
  what: MessageId
  /** The item's own rule (a snapshot shares once completed). */
  check: AnyCheck
}) {
  const t = useT()
  const can = useCan()
  const current = useCurrentAccount()
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string>()
  const [change, setChange] = useState<Change>()
  const shared = permissions?.AccountIds ?? []
  const isPublic = Boolean(permissions?.GlobalPermission)
  const mayUpdate = allOf(can(action), check)
  const mayShare = allOf(mayUpdate, sharingRule(current))
  const close = () => setChange(undefined)
  const hintId = useId()
  const problemId = useId()
  const addAccounts = () => {
    const found = accountIdsProblem(typed, shared)
    setProblem(found && t(found))
    if (!found) setChange({ kind: 'add', ids: accountIdsIn(typed) })
  }
  const dialog = (() => {
    if (!change) return undefined
    switch (change.kind) {
      case 'public':
        return {
          params: request(share({ GlobalPermission: true })),
          title: t('kit.share.public.title'),
          body: t('kit.share.public.body', { what: t(what) }),
          confirm: t('kit.share.public.confirm'),
          danger: true,
        }
      case 'private':
        return {
          params: request(unshare({ GlobalPermission: true })),
          title: t('kit.share.private.title'),
          body: t('kit.share.private.body'),
          confirm: t('kit.share.private.confirm'),
          danger: false,
        }
      case 'add':
        return {
          params: request(share({ AccountIds: change.ids })),
          title: t('kit.share.add.title', { count: change.ids.length }),
          body: t('kit.share.add.body', { ids: change.ids.join(', '), what: t(what) }),
          confirm: t('kit.share.add.confirm'),
          danger: false,
        }
      case 'remove':
        return {
          params: request(unshare({ AccountIds: [change.id] })),
          title: t('kit.share.remove.title', { id: change.id }),
          body: t('kit.share.remove.body', { id: change.id }),
          confirm: t('kit.share.remove.confirm'),
          danger: false,
        }
    }
  })()
  return (
    <section className="card flex flex-col gap-4 p-4 text-sm" aria-label={t('kit.share.title')}>
      <div className="flex flex-wrap items-center gap-3">
        <p>{isPublic ? t('kit.share.isPublic', { what: t(what) }) : t('kit.share.isPrivate')}</p>
        {isPublic ? (
          <ActionButton check={mayUpdate} onClick={() => setChange({ kind: 'private' })}>
            {t('kit.share.private')}
          </ActionButton>
        ) : (
          <ActionButton check={mayShare} variant="danger" onClick={() => setChange({ kind: 'public' })}>
            {t('kit.share.public')}
          </ActionButton>
        )}
      </div>
      {shared.length === 0 ? (
        <p className="muted">{t('kit.share.none')}</p>
      ) : (
        <table className="w-full max-w-xl" aria-label={t('kit.share.accounts')}>
          <thead>
            <tr className="text-left text-xs muted">
              <th scope="col">{t('kit.share.account')}</th>
              <th scope="col">
                <span className="sr-only">{t('kit.share.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shared.map((id) => (
              <tr key={id} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 font-mono">{id}</td>
                <td className="text-right">
                  <ActionButton check={mayUpdate} onClick={() => setChange({ kind: 'remove', id })}>
                    {t('kit.share.remove', { id })}
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          if (mayShare.allowed) addAccounts()
        }}
      >
        <label className="flex min-w-64 flex-col gap-1">
          {t('kit.share.with')}
          <input
            className="input font-mono"
            value={typed}
            placeholder="123456789012"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
            onChange={(e) => {
              setTyped(e.target.value)
              setProblem(undefined)
            }}
          />
        </label>
        <ActionButton check={mayShare} onClick={addAccounts}>
          {t('kit.share.add')}
        </ActionButton>
        <p id={hintId} className="w-full text-xs muted">
          {t('kit.share.with.hint')}
        </p>
        {problem && (
          <p id={problemId} role="alert" className="w-full text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </form>
      {change && dialog && (
        <ConfirmDialog
          account={account}
          action={action}
          params={dialog.params}
          title={dialog.title}
          confirmLabel={dialog.confirm}
          success={t('kit.share.done')}
          danger={dialog.danger}
          onClose={close}
          onDone={() => {
            if (change.kind === 'add') setTyped('')
          }}
        >
          <p>{dialog.body}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
