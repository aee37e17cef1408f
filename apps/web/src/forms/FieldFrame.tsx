// What every field shows around its input: the label, a hint and the error, tied to the input for assistive
// technology (aria-describedby, aria-invalid). Fields are the only place a form's inputs get their look.
import { useId, type ReactNode } from 'react'

export interface FieldWords {
  label: string
  hint?: ReactNode
  /** Keeps the label for assistive technology only, where a section title already says it. */
  hideLabel?: boolean
}

export interface FieldIds {
  id: string
  /** Spread on the input: ties the hint and the error to it. */
  a11y: { 'aria-describedby'?: string; 'aria-invalid'?: true }
}

function useFieldIds(
  hint: ReactNode,
  error: string | undefined,
): FieldIds & { hintId: string; errorId: string } {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')
  return {
    id,
    hintId,
    errorId,
    a11y: {
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(error ? { 'aria-invalid': true as const } : {}),
    },
  }
}

function HintAndError({
  hint,
  error,
  hintId,
  errorId,
}: {
  hint: ReactNode
  error?: string
  hintId: string
  errorId: string
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="text-xs muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </>
  )
}

/** A label above (or, `inline`, beside) one input. */
export function FieldFrame({
  label,
  hint,
  hideLabel,
  error,
  inline = false,
  children,
}: FieldWords & { error: string | undefined; inline?: boolean; children: (ids: FieldIds) => ReactNode }) {
  const ids = useFieldIds(hint, error)
  return (
    <div className="flex flex-col gap-1 text-sm">
      <div className={inline ? 'flex items-center gap-2' : 'flex flex-col gap-1'}>
        <label htmlFor={ids.id} className={hideLabel ? 'sr-only' : undefined}>
          {label}
        </label>
        {children(ids)}
      </div>
      <HintAndError hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </div>
  )
}

/** A checkbox with its label after it. */
export function CheckFrame({
  label,
  hint,
  error,
  children,
}: FieldWords & { error: string | undefined; children: (ids: FieldIds) => ReactNode }) {
  const ids = useFieldIds(hint, error)
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label className="flex items-center gap-2">
        {children(ids)}
        {label}
      </label>
      <HintAndError hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </div>
  )
}

/** Several inputs under one legend (radio group, checkboxes, tags, port range). */
export function GroupFrame({
  label,
  hint,
  hideLabel,
  error,
  className = '',
  children,
}: FieldWords & { error: string | undefined; className?: string; children: ReactNode }) {
  const ids = useFieldIds(hint, error)
  return (
    // A group takes its hint and error as description; aria-invalid belongs to the inputs in it.
    <fieldset
      className={`flex flex-col gap-1 text-sm ${className}`}
      aria-describedby={ids.a11y['aria-describedby']}
    >
      <legend className={hideLabel ? 'sr-only' : 'mb-1'}>{label}</legend>
      {children}
      <HintAndError hint={hint} error={error} hintId={ids.hintId} errorId={ids.errorId} />
    </fieldset>
  )
}
