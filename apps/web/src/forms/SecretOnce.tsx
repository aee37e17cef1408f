// What a create dialog shows when OUTSCALE answers with a secret it never gives again (an access key's secret key,
// a keypair's private key): a heading, the warning that this is the only time, the secret in read-only fields with
// their copy or download buttons, and the button that closes the dialog (and the secret with it).
import type { ReactNode } from 'react'

export function SecretOnce({
  heading,
  warning,
  children,
  doneLabel,
  onDone,
  doneIsPrimary = false,
}: {
  heading: string
  warning: string
  /** The secret's fields, each a `SecretField`. */
  children: ReactNode
  doneLabel: string
  onDone: () => void
  /** When the fields have no primary action of their own (a download), closing is the one to take. */
  doneIsPrimary?: boolean
}) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <h3 className="text-base font-semibold">{heading}</h3>
      <p
        role="alert"
        className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
      >
        {warning}
      </p>
      {children}
      <div className="mt-2 flex justify-end">
        <button type="button" className={doneIsPrimary ? 'btn btn-primary' : 'btn'} onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  )
}

/** One part of the secret, read-only (selectable, never spell-checked), with its copy or download button below. */
export function SecretField({
  label,
  value,
  multiline = false,
  children,
}: {
  label: string
  value: string
  /** A private key's many lines, rather than one token. */
  multiline?: boolean
  children: ReactNode
}) {
  return (
    <>
      <label className="flex flex-col gap-1">
        {label}
        {multiline ? (
          <textarea className="input h-40 font-mono text-xs" readOnly spellCheck={false} value={value} />
        ) : (
          <input className="input font-mono text-xs" readOnly spellCheck={false} value={value} />
        )}
      </label>
      <div>{children}</div>
    </>
  )
}
