// The one way a form is sent: its own checks first (problems shown beside their fields and listed above the
// buttons), then the submit function; what the server refuses goes back onto the fields it concerns, and the
// form-level error keeps the whole answer with its RequestId. Submit is disabled while sending; the request can
// be seen as an osc-cli/curl command, and, when the form offers it, checked with DryRun first.
import { useRef, useState, type ReactNode } from 'react'
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import { toApiError, type ApiError } from '@osc-console/data'
import { useT } from '../i18n/text.ts'
import { ActionButton, allowed, type Check } from '../ui/ActionButton.tsx'
import { CommandPreview } from '../ui/CommandPreview.tsx'
import { ErrorPanel } from '../ui/ErrorPanel.tsx'
import { serverFieldErrors, type ParameterFields } from './field-errors.ts'
import { StepFailure } from './steps.ts'

export interface Command {
  action: string
  params: object
}

export interface FormShellProps<T extends FieldValues> {
  form: UseFormReturn<T>
  /** The form's accessible name. */
  label: string
  /** Sends the form. Throws (a StepFailure to say which step) when it fails. */
  onSubmit: (values: T) => Promise<void>
  /** Which field shows a problem the server reports about a request parameter. */
  fields: ParameterFields<FieldPath<T>>
  submitLabel: string
  /** Why the form cannot be sent yet (role, quota), as the submit button's description. */
  check?: Check
  /** Offers "Check": the request sent with DryRun, changing nothing. */
  dryRun?: (values: T) => Promise<unknown>
  commands?: readonly Command[]
  /** Heading of the list of problems shown when the person submits with some left. */
  problemsTitle?: string
  /** Buttons before Check and submit (reset, cancel). */
  actions?: ReactNode
  className?: string
  children: ReactNode
}

interface Failure {
  title: string
  error: ApiError
}

/** Every message in react-hook-form's nested errors, in field order. */
function messagesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  if (typeof record.message === 'string' && record.message) return [record.message]
  return Object.entries(record)
    .filter(([key]) => key !== 'ref')
    .flatMap(([, value]) => messagesOf(value))
}

export function FormShell<T extends FieldValues>(props: FormShellProps<T>) {
  const { form, fields } = props
  const t = useT()
  const formRef = useRef<HTMLFormElement>(null)
  const [failure, setFailure] = useState<Failure | undefined>()
  const [checking, setChecking] = useState(false)
  const [checked, setChecked] = useState(false)
  const sending = form.formState.isSubmitting

  const report = (title: string, thrown: unknown) => {
    const failed = thrown instanceof StepFailure ? thrown : new StepFailure(title, toApiError(thrown))
    for (const [field, message] of Object.entries(serverFieldErrors(failed.error, fields)))
      form.setError(field as FieldPath<T>, { type: 'server', message: String(message) })
    setFailure({ title: failed.title, error: failed.error })
  }

  const start = () => {
    setFailure(undefined)
    setChecked(false)
  }

  const send = form.handleSubmit(async (values) => {
    start()
    try {
      await props.onSubmit(values)
    } catch (thrown) {
      report(t('forms.sendFailed'), thrown)
    }
  })

  const check = form.handleSubmit(async (values) => {
    start()
    if (!props.dryRun) return
    setChecking(true)
    try {
      await props.dryRun(values)
      setChecked(true)
    } catch (thrown) {
      report(t('forms.checkFailed'), thrown)
    } finally {
      setChecking(false)
    }
  })

  // Listed once the person has tried to send: not while they are still filling the form in.
  const problems = form.formState.submitCount > 0 ? [...new Set(messagesOf(form.formState.errors))] : []
  return (
    <form
      ref={formRef}
      aria-label={props.label}
      className={props.className ?? 'flex flex-col gap-3 text-sm'}
      noValidate
      onSubmit={(event) => {
        // React bubbles a submit along its own tree: a form in a dialog opened from another form must not send
        // that other form too.
        event.stopPropagation()
        // Enter in a text box submits too: a form its role may not send must not send that way either.
        if (props.check && !props.check.allowed) {
          event.preventDefault()
          return
        }
        void send(event)
      }}
    >
      {props.children}
      {problems.length > 0 && !failure && (
        <div role="alert" className="text-sm text-red-700 dark:text-red-300">
          <p className="font-medium">{props.problemsTitle ?? t('forms.fixThese')}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && <ErrorPanel error={failure.error} title={failure.title} />}
      {checked && (
        <p role="status" className="text-sm text-green-800 dark:text-green-300">
          {t('forms.checkPassed')}
        </p>
      )}
      {props.commands?.map((c) => (
        <CommandPreview key={c.action} action={c.action} params={c.params} />
      ))}
      <div className="mt-2 flex flex-wrap justify-end gap-2">
        {props.actions}
        {props.dryRun && (
          <ActionButton check={allowed} busy={checking || sending} onClick={() => void check()}>
            {checking ? t('forms.checking') : t('forms.check')}
          </ActionButton>
        )}
        <ActionButton
          check={props.check ?? allowed}
          busy={sending || checking}
          variant="primary"
          onClick={() => formRef.current?.requestSubmit()}
        >
          {props.submitLabel}
        </ActionButton>
      </div>
    </form>
  )
}
