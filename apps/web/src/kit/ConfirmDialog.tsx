// The confirmation before a call that changes a resource: what will happen, optionally the item's name to type
// (for what cannot be undone), the exact request as osc-cli and curl, Cancel and the button that sends it.
import { useState, type ReactNode } from 'react'
import type { ActionName, Request, Response } from '@osc-console/osc-api'
import { useOscMutation } from '@osc-console/data'
import { Dialog } from '../ui/Dialog.tsx'
import { ConfirmEnd } from '../ui/ConfirmEnd.tsx'
import { allowed } from '../ui/ActionButton.tsx'
import { text } from '../i18n/text.ts'
import { readersChangedBy } from './registry.ts'

export function ConfirmDialog<A extends ActionName>({
  account,
  action,
  params,
  title,
  children,
  confirmLabel,
  success,
  danger = false,
  typeToConfirm,
  onClose,
  onDone,
}: {
  account: string
  action: A
  params: Request<A>
  title: string
  /** What will happen, in a sentence or two. */
  children: ReactNode
  confirmLabel: string
  /** The toast once it is done. */
  success: string
  danger?: boolean
  /** The text to type first (the item's name), and the label of the box, which shows it. */
  typeToConfirm?: { expected: string; label: ReactNode }
  onClose: () => void
  /** After success, e.g. back to the list when the item is gone. */
  onDone?: (data: Response<A>) => void
}) {
  const [typed, setTyped] = useState('')
  const mutation = useOscMutation(account, action, {
    success,
    alsoInvalidates: readersChangedBy(action),
    onSuccess: (data) => {
      onClose()
      onDone?.(data)
    },
  })
  const matches = !typeToConfirm || typed.trim() === typeToConfirm.expected
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="text-sm">{children}</div>
      {typeToConfirm && (
        <label className="mt-3 block text-sm">
          {typeToConfirm.label}
          <input
            className="input mt-1"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
        </label>
      )}
      <ConfirmEnd
        action={action}
        params={params}
        error={mutation.error}
        busy={mutation.isPending}
        check={
          matches
            ? allowed
            : { allowed: false, reason: text('kit.confirm.typeToConfirm', { word: typeToConfirm.expected }) }
        }
        variant={danger ? 'danger' : 'primary'}
        onConfirm={() => mutation.mutate(params)}
        onClose={onClose}
      >
        {confirmLabel}
      </ConfirmEnd>
    </Dialog>
  )
}
