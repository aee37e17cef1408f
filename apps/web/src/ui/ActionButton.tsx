// A button that stays visible when the action is not possible, disabled with the reason as its tooltip and
// accessible description, so a person always learns why.
import { useId, type ReactNode } from 'react'

export type Check = { allowed: true } | { allowed: false; reason: string }

export const allowed: Check = { allowed: true }

/** The first refusal among several checks (role, state, protection…). */
export function allOf(...checks: Check[]): Check {
  return checks.find((c) => !c.allowed) ?? allowed
}

export function ActionButton({
  check,
  onClick,
  children,
  variant = 'default',
  busy = false,
}: {
  check: Check
  onClick: () => void
  children: ReactNode
  variant?: 'default' | 'primary' | 'danger'
  busy?: boolean
}) {
  const reasonId = useId()
  const disabled = !check.allowed || busy
  const variantClass = variant === 'primary' ? 'btn-primary' : variant === 'danger' ? 'btn-danger' : ''
  return (
    <>
      <button
        type="button"
        className={`btn ${variantClass}`}
        aria-disabled={disabled || undefined}
        aria-describedby={check.allowed ? undefined : reasonId}
        title={check.allowed ? undefined : check.reason}
        onClick={() => {
          if (!disabled) onClick()
        }}
      >
        {children}
      </button>
      {!check.allowed && (
        <span id={reasonId} className="sr-only">
          {check.reason}
        </span>
      )}
    </>
  )
}
