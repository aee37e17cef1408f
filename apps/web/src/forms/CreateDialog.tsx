// The frame every "Create <resource>" side dialog shares: the role's refusal in place of the form, an intro, the
// optional Name (a Name tag set once the resource exists; not for a family that names its resources itself), the
// family's own fields, the quota step, "Show as command" and DryRun of the create call, and on success the toast,
// the Name tag and the new resource's page (or, for a form that opened the dialog to pick the new one, its id).
// A dialog keeps only what is its own: its fields, its request, and where the new id is in the answer.
import type { ReactNode } from 'react'
import { useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import type { ActionName, Request, Response } from '@osc-console/osc-api'
import type { MessageId } from '../i18n/catalog.ts'
import { useT, type TextValues } from '../i18n/text.ts'
import { allOf, type Check } from '../ui/ActionButton.tsx'
import { readersChangedBy } from '../kit/registry.ts'
import { paths } from '../paths.ts'
import { FormShell, type Command } from './FormShell.tsx'
import { SideDialog } from './SideDialog.tsx'
import { QuotaSummary, type QuotaCheckResult } from './QuotaCheck.tsx'
import { TextField } from './fields.tsx'
import type { ParameterFields } from './field-errors.ts'
import { dryRun, step } from './steps.ts'
import { nameTagCommands, useNameTag } from './name-tag.ts'

type CreateWord =
  | 'create.title'
  | 'create.notAllowed'
  | 'create.intro'
  | 'create.name'
  | 'create.submit'
  | 'create.failed'
  | 'create.done'
  | 'close'
  | 'cancel'

type PrefixOf<M> = M extends `${infer P}.create.title`
  ? [Exclude<`${P}.${CreateWord}`, MessageId>] extends [never]
    ? P
    : never
  : never

/** A family's message prefix ("nets") whose catalogue has every sentence of the frame ("nets.create.title"…). */
export type CreateWords = PrefixOf<MessageId>

const word = (prefix: CreateWords, key: CreateWord) => `${prefix}.${key}` as MessageId

/** A create form's values: the Name its resource gets as a tag, and the family's own fields. */
export interface NamedForm {
  name: string
}

export function CreateDialog<T extends NamedForm, A extends ActionName>(props: {
  account: string
  onClose: () => void
  words: CreateWords
  /** The create call; its DryRun is offered, and its answer gives the new resource's id. */
  action: A
  request: (values: T) => Request<A>
  createdId: (answer: Response<A>) => string | undefined
  /** How "Show as command" names the id the resource does not have yet. */
  newId: string
  /** The new resource's page opens, unless the form was opened from the page it belongs to. */
  section: string
  stayHere?: boolean
  /**
   * Told the new resource's id as soon as it exists, before any later step, instead of opening its page: the form
   * that opened the dialog picks it (the create-VM form, a new security group).
   */
  onCreated?: (id: string) => void
  /** The family names its resources with a field of its own (a security group's name): no Name tag. */
  nameTag?: false
  /** What the Name field says under it, when the family says more than the label. */
  nameHint?: MessageId
  /** More values for the "created" message than the new id and the Name (a public IP's address). */
  doneValues?: (answer: Response<A>) => TextValues
  form: UseFormReturn<T>
  fields: ParameterFields<FieldPath<T>>
  /** May this role create it at all: when not, the reason is all the dialog shows. */
  allowed: Check
  /** Why this request may not be sent as it stands (beyond the role and the quota). */
  check?: Check
  quota?: QuotaCheckResult
  /** Fields shown before the Name, when the family asks for them first (the Net a Subnet goes in). */
  beforeName?: ReactNode
  children?: ReactNode
  /** A step after the create call and the Name tag (link the new Internet service to its Net). */
  after?: { commands: (values: T) => Command[]; run: (id: string, values: T) => Promise<void> }
  submitLabel?: MessageId
}) {
  const { account, onClose, words, action, request, form } = props
  const t = useT()
  const navigate = useNavigate()
  const create = useOscMutation(account, action, {
    success: (data) =>
      t(word(words, 'create.done'), {
        id: props.createdId(data) ?? '',
        name: form.getValues().name,
        ...props.doneValues?.(data),
      }),
    alsoInvalidates: readersChangedBy(action),
  })
  const tagName = useNameTag(account)
  const values = useWatch({ control: form.control }) as T
  const title = t(word(words, 'create.title'))
  return (
    <SideDialog title={title} closeLabel={t(word(words, 'close'))} onClose={onClose}>
      {!props.allowed.allowed ? (
        <p className="text-sm">
          {t(word(words, 'create.notAllowed'))} <span className="muted">{props.allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={title}
          fields={props.fields}
          commands={[
            { action, params: request(values) },
            ...(props.nameTag === false ? [] : nameTagCommands(values.name, props.newId)),
            ...(props.after?.commands(values) ?? []),
          ]}
          check={allOf(props.allowed, props.quota?.check ?? props.allowed, props.check ?? props.allowed)}
          dryRun={(v) => dryRun(account, action, request(v))}
          onSubmit={async (v) => {
            const answer = await step(t(word(words, 'create.failed')), () => create.mutateAsync(request(v)))
            const id = props.createdId(answer) ?? ''
            // The resource exists from here on: the form that asked for it gets it even if a later step fails.
            props.onCreated?.(id)
            if (props.nameTag !== false) await tagName(id, v.name)
            await props.after?.run(id, v)
            onClose()
            if (id && !props.stayHere && !props.onCreated)
              void navigate(paths.resource({ account, section: props.section, id }))
          }}
          submitLabel={t(props.submitLabel ?? word(words, 'create.submit'))}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t(word(words, 'cancel'))}
            </button>
          }
        >
          <p className="muted">{t(word(words, 'create.intro'))}</p>
          {props.beforeName}
          {props.nameTag !== false && (
            <TextField
              control={form.control}
              name={'name' as FieldPath<T>}
              label={t(word(words, 'create.name'))}
              {...(props.nameHint ? { hint: t(props.nameHint) } : {})}
              maxLength={255}
            />
          )}
          {props.children}
          {props.quota && <QuotaSummary quota={props.quota} />}
        </FormShell>
      )}
    </SideDialog>
  )
}
