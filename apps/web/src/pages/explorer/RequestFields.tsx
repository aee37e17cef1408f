// The fields of a generated form, drawn from the request table: one field component of the forms kit per kind of
// parameter, arrays with add and remove, nested objects folded until opened (a read's Filters has dozens of fields).
import { useId, useState, type ReactNode } from 'react'
import { get, useFieldArray, useFormState, useWatch, type Control, type FieldValues } from 'react-hook-form'
import type { RequestField, RequestFieldKind, RequestObject } from '@osc-console/osc-api/request-forms'
import { useT } from '../../i18n/text.ts'
import { GroupFrame } from '../../forms/FieldFrame.tsx'
import { NumberField, SelectField, TextField, TextareaField } from '../../forms/fields.tsx'
import { SpecText } from './SpecText.tsx'
import { countSet, orderedFields, type Objects } from './request-values.ts'

interface Props {
  control: Control<FieldValues>
  objects: Objects
}

function Hint({ field }: { field: RequestField }) {
  const t = useT()
  return (
    <>
      {field.description && <SpecText text={field.description} />}
      {field.default !== undefined && (
        <span className="block">{t('explorer.default', { value: JSON.stringify(field.default) })}</span>
      )}
    </>
  )
}

/** A problem placed on a whole array or object (by the form's checks or the server's answer). */
function useGroupError(control: Control<FieldValues>, path: string): string | undefined {
  const { errors } = useFormState({ control, name: path })
  const error = get(errors, path) as { message?: unknown } | undefined
  return typeof error?.message === 'string' ? error.message : undefined
}

/** One value of a kind at a path: the input for a scalar, the editor for an array or an object. */
function ValueInput({
  kind,
  path,
  label,
  hint,
  required,
  ...props
}: Props & { kind: RequestFieldKind; path: string; label: string; hint?: ReactNode; required?: boolean }) {
  const t = useT()
  const common = { control: props.control, name: path, label, hint }
  switch (kind.type) {
    case 'string':
      if (kind.enum)
        return (
          <SelectField
            {...common}
            empty={t('explorer.notSent')}
            options={kind.enum.map((value) => ({ value, label: value }))}
          />
        )
      return (
        <TextField
          {...common}
          className="font-mono"
          placeholder={kind.formats?.includes('date') ? 'YYYY-MM-DD' : undefined}
        />
      )
    case 'integer':
    case 'number':
      return <NumberField {...common} min={kind.min} max={kind.max} className="w-48" />
    case 'boolean':
      return (
        <SelectField
          {...common}
          className="w-40"
          empty={t('explorer.notSent')}
          options={[
            { value: 'true', label: t('explorer.true') },
            { value: 'false', label: t('explorer.false') },
          ]}
        />
      )
    case 'array':
      return <ArrayInput {...props} kind={kind.items} path={path} label={label} hint={hint} />
    case 'object': {
      const object = props.objects[kind.name]
      if (!object) return null
      return <ObjectInput {...props} object={object} path={path} label={label} hint={hint} open={required} />
    }
    case 'record':
    case 'json':
      return (
        <TextareaField
          {...common}
          rows={3}
          monospace
          hint={
            <>
              {hint}
              <span className="block">{t('explorer.json.hint')}</span>
            </>
          }
        />
      )
  }
}

/** The fields of one object, the required ones first. */
export function ObjectFields({
  object,
  prefix,
  ...props
}: Props & { object: RequestObject; prefix: string }) {
  const { required, optional } = orderedFields(object)
  return (
    <>
      {[...required, ...optional].map((field) => (
        <FieldInput
          key={field.name}
          {...props}
          field={field}
          path={prefix ? `${prefix}.${field.name}` : field.name}
        />
      ))}
    </>
  )
}

export function FieldInput({ field, path, ...props }: Props & { field: RequestField; path: string }) {
  return (
    <ValueInput
      {...props}
      kind={field.kind}
      path={path}
      label={field.name}
      hint={field.description || field.default !== undefined ? <Hint field={field} /> : undefined}
      required={field.required}
    />
  )
}

function emptyItem(kind: RequestFieldKind): { value: unknown } {
  if (kind.type === 'object') return { value: {} }
  if (kind.type === 'integer' || kind.type === 'number') return { value: Number.NaN }
  return { value: '' }
}

function ArrayInput({
  kind,
  path,
  label,
  hint,
  ...props
}: Props & { kind: RequestFieldKind; path: string; label: string; hint?: ReactNode }) {
  const t = useT()
  const { fields, append, remove } = useFieldArray({ control: props.control, name: path })
  const error = useGroupError(props.control, path)
  return (
    <GroupFrame label={label} hint={hint} error={error}>
      <ol className="flex flex-col gap-2">
        {fields.map((item, index) => {
          const itemLabel = t('explorer.item', { name: label, n: index + 1 })
          const itemPath = `${path}.${index}.value`
          return (
            <li
              key={item.id}
              className={`flex gap-2 ${kind.type === 'object' ? 'flex-col items-start' : 'flex-wrap items-end'}`}
            >
              <div className="w-full min-w-0 flex-1 basis-60">
                {kind.type === 'object' && props.objects[kind.name] ? (
                  <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
                    <legend className="px-1 font-mono">{itemLabel}</legend>
                    <ObjectFields {...props} object={props.objects[kind.name]!} prefix={itemPath} />
                  </fieldset>
                ) : (
                  <ValueInput {...props} kind={kind} path={itemPath} label={itemLabel} />
                )}
              </div>
              <button type="button" className="btn" onClick={() => remove(index)}>
                {t('explorer.removeItem', { name: label, n: index + 1 })}
              </button>
            </li>
          )
        })}
      </ol>
      <div>
        <button type="button" className="btn" onClick={() => append(emptyItem(kind))}>
          {t('explorer.addItem', { name: label })}
        </button>
      </div>
    </GroupFrame>
  )
}

function ObjectInput({
  object,
  path,
  label,
  hint,
  open: openAtFirst = false,
  ...props
}: Props & { object: RequestObject; path: string; label: string; hint?: ReactNode; open?: boolean }) {
  const t = useT()
  const [open, setOpen] = useState(openAtFirst)
  const value: unknown = useWatch({ control: props.control, name: path })
  const error = useGroupError(props.control, path)
  const set = countSet(value)
  const hintId = useId()
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
    >
      <summary className="cursor-pointer font-mono" aria-describedby={hint ? hintId : undefined}>
        {label} <span className="font-sans muted">{t('explorer.setCount', { count: set })}</span>
      </summary>
      {hint && (
        <p id={hintId} className="mt-1 text-xs muted">
          {hint}
        </p>
      )}
      {error && <p className="text-xs text-red-700 dark:text-red-300">{error}</p>}
      {/* Drawn once opened: values typed before folding it again stay in the form. */}
      {open && (
        <fieldset className="mt-2 flex flex-col gap-3">
          <legend className="sr-only">{label}</legend>
          <ObjectFields {...props} object={object} prefix={path} />
        </fieldset>
      )}
    </details>
  )
}
