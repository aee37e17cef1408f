// The end of a confirmation dialog, the same in every one: the failure if the call failed, the exact request
// (as osc-cli and curl), Cancel and the button that sends it.
import type { ReactNode } from 'react'
import { ActionButton, type AnyCheck } from './ActionButton.tsx'
import { CommandPreview } from './CommandPreview.tsx'
import { ErrorPanel } from './ErrorPanel.tsx'
import { useT } from '../i18n/text.ts'

/** How every confirmation ends: the failure if the call failed, the exact request, Cancel and the action. */
export function ConfirmEnd({
  action,
  params,
  error,
  busy,
  check = { allowed: true },
  variant = 'primary',
  onConfirm,
  onClose,
  children,
}: {
  /** The request shown as osc-cli and curl; none for an operation of many calls, listed above instead. */
  action?: string
  params?: object
  error: unknown
  busy: boolean
  check?: AnyCheck
  variant?: 'primary' | 'danger'
  onConfirm: () => void
  onClose: () => void
  children: ReactNode
}) {
  const t = useT()
  return (
    <>
      {error ? (
        <div className="mt-3">
          <ErrorPanel error={error} />
        </div>
      ) : null}
      {action && <CommandPreview action={action} params={params ?? {}} />}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className="btn" onClick={onClose}>
          {t('kit.cancel')}
        </button>
        <ActionButton check={check} busy={busy} variant={variant} onClick={onConfirm}>
          {children}
        </ActionButton>
      </div>
    </>
  )
}
