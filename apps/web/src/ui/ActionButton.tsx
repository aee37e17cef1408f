// A button that stays visible when the action is not possible, disabled with the reason as its tooltip and
// accessible description, so a person always learns why.
import { useId, type ReactNode } from 'react'
import type { Permission } from '@osc-console/data'
import { useT, type Text, type Translate } from '../i18n/text.ts'

/** Allowed, or the reason why not, in words: the role check's answer. */
export type Check = Permission
/** A business rule's answer: the reason is a message, translated where it is shown. */
export type RuleCheck = { allowed: true } | { allowed: false; reason: Text }
export type AnyCheck = Check | RuleCheck

export function reasonText(check: AnyCheck, t: Translate): string | undefined {
  if (check.allowed) return undefined
  return typeof check.reason === 'string' ? check.reason : t(check.reason)
}

export const allowed = { allowed: true } as const

/** The first refusal among several checks (role, state, protection…). */
export function allOf(...checks: Check[]): Check
export function allOf(...checks: AnyCheck[]): AnyCheck
export function allOf(...checks: AnyCheck[]): AnyCheck {
  return checks.find((c) => !c.allowed) ?? allowed
}

export function ActionButton({
  check,
  onClick,
  children,
  variant = 'default',
  busy = false,
}: {
  check: AnyCheck
  onClick: () => void
  children: ReactNode
  variant?: 'default' | 'primary' | 'danger'
  busy?: boolean
}) {
  const reasonId = useId()
  const t = useT()
  const reason = reasonText(check, t)
  const disabled = !check.allowed || busy
  const variantClass = variant === 'primary' ? 'btn-primary' : variant === 'danger' ? 'btn-danger' : ''
  return (
    <>
      <button
        type="button"
        className={`btn ${variantClass}`}
        aria-disabled={disabled || undefined}
        aria-describedby={check.allowed ? undefined : reasonId}
        title={reason}
        onClick={() => {
          if (!disabled) onClick()
        }}
      >
        {children}
      </button>
      {!check.allowed && (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      )}
    </>
  )
}
