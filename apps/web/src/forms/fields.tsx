// The field components forms are made of. Each is bound to a react-hook-form field by `control` and `name`, and
// shows that field's error (from the form's own checks or placed there from the server's answer).
import type { ReactNode } from 'react'
import {
  useController,
  type Control,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
  type UseControllerReturn,
} from 'react-hook-form'
import type { ResourceTag } from '@osc-console/osc-api'
import { useT } from '../i18n/text.ts'
import { CheckFrame, FieldFrame, GroupFrame, type FieldWords } from './FieldFrame.tsx'

export interface FieldProps<T extends FieldValues, N extends FieldPath<T>> extends FieldWords {
  control: Control<T>
  name: N
  disabled?: boolean
}

/** The controller of a field whose value has the type V (a string field, a number field…). */
function useTypedController<T extends FieldValues, N extends FieldPath<T>, V>(
  props: FieldProps<T, N>,
): UseControllerReturn<T, N> & { value: V; setValue: (value: V) => void } {
  const controller = useController({ control: props.control, name: props.name })
  return {
    ...controller,
    value: controller.field.value as V,
    setValue: (value: V) => controller.field.onChange(value as FieldPathValue<T, N>),
  }
}

export function TextField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & { placeholder?: string; maxLength?: number; className?: string },
) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, string>(props)
  return (
    <FieldFrame {...props} error={fieldState.error?.message}>
      {({ id, a11y }) => (
        <input
          id={id}
          ref={field.ref}
          name={field.name}
          className={`input ${props.className ?? ''}`}
          value={value ?? ''}
          disabled={props.disabled}
          placeholder={props.placeholder}
          maxLength={props.maxLength}
          onBlur={field.onBlur}
          onChange={(e) => setValue(e.target.value)}
          {...a11y}
        />
      )}
    </FieldFrame>
  )
}

export function TextareaField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & { rows?: number; monospace?: boolean; placeholder?: string },
) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, string>(props)
  return (
    <FieldFrame {...props} error={fieldState.error?.message}>
      {({ id, a11y }) => (
        <textarea
          id={id}
          ref={field.ref}
          name={field.name}
          className={`input ${props.monospace ? 'font-mono text-xs' : ''}`}
          rows={props.rows ?? 5}
          value={value ?? ''}
          disabled={props.disabled}
          placeholder={props.placeholder}
          spellCheck={props.monospace ? false : undefined}
          onBlur={field.onBlur}
          onChange={(e) => setValue(e.target.value)}
          {...a11y}
        />
      )}
    </FieldFrame>
  )
}

/** A number; an emptied input is NaN, which the form's checks refuse, rather than a silent 0. */
export function NumberField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & { min?: number; max?: number; inline?: boolean; className?: string },
) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, number>(props)
  return (
    <FieldFrame {...props} error={fieldState.error?.message}>
      {({ id, a11y }) => (
        <input
          id={id}
          ref={field.ref}
          name={field.name}
          type="number"
          className={`input ${props.className ?? 'w-24'}`}
          min={props.min}
          max={props.max}
          value={Number.isNaN(value) || value === undefined ? '' : value}
          disabled={props.disabled}
          onBlur={field.onBlur}
          onChange={(e) => setValue(e.target.value === '' ? Number.NaN : Number(e.target.value))}
          {...a11y}
        />
      )}
    </FieldFrame>
  )
}

export interface Option {
  value: string
  label: string
}

export function SelectField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & {
    options: readonly Option[]
    /** A first option meaning "none" (value ''). */
    empty?: string
    /** Rows shown at once; a list box rather than a drop-down. */
    size?: number
    inline?: boolean
    className?: string
    onValueChange?: (value: string) => void
  },
) {
  const t = useT()
  const { field, fieldState, value, setValue } = useTypedController<T, N, string>(props)
  const known = value === '' || props.options.some((o) => o.value === value)
  // Nothing chosen and no "none" option: say so, rather than show the first option the form does not hold.
  const unchosen = (value ?? '') === '' && props.empty === undefined
  return (
    <FieldFrame {...props} error={fieldState.error?.message}>
      {({ id, a11y }) => (
        <select
          id={id}
          ref={field.ref}
          name={field.name}
          className={`input ${props.className ?? ''}`}
          size={props.size}
          value={value ?? ''}
          disabled={props.disabled}
          onBlur={field.onBlur}
          onChange={(e) => {
            setValue(e.target.value)
            props.onValueChange?.(e.target.value)
          }}
          {...a11y}
        >
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {unchosen && (
            <option value="" disabled>
              {t('forms.select.choose')}
            </option>
          )}
          {/* A value no option lists (a type no longer offered) stays visible instead of silently changing. */}
          {!known && <option value={value}>{value}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}

export function CheckboxField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, boolean>(props)
  return (
    <CheckFrame {...props} error={fieldState.error?.message}>
      {({ id, a11y }) => (
        <input
          id={id}
          ref={field.ref}
          name={field.name}
          type="checkbox"
          checked={Boolean(value)}
          disabled={props.disabled}
          onBlur={field.onBlur}
          onChange={(e) => setValue(e.target.checked)}
          {...a11y}
        />
      )}
    </CheckFrame>
  )
}

export interface RichOption {
  value: string
  label: ReactNode
}

/** Pick one among a few, all visible. */
export function RadioGroupField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & {
    options: readonly RichOption[]
    row?: boolean
    onValueChange?: (value: string) => void
  },
) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, string>(props)
  const error = fieldState.error?.message
  return (
    <GroupFrame {...props} error={error}>
      <div className={props.row ? 'flex flex-wrap gap-4' : 'flex flex-col gap-1'}>
        {props.options.map((o, index) => (
          <label key={o.value} className="flex items-center gap-1">
            <input
              ref={index === 0 ? field.ref : undefined}
              type="radio"
              name={field.name}
              checked={value === o.value}
              disabled={props.disabled}
              aria-invalid={error ? true : undefined}
              onBlur={field.onBlur}
              onChange={() => {
                setValue(o.value)
                props.onValueChange?.(o.value)
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </GroupFrame>
  )
}

/** Pick any number among a list (security groups…); the value is the chosen values. */
export function CheckboxGroupField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & { options: readonly RichOption[]; empty?: ReactNode; className?: string },
) {
  const { field, fieldState, value, setValue } = useTypedController<T, N, string[]>(props)
  const chosen = value ?? []
  const error = fieldState.error?.message
  return (
    <GroupFrame {...props} error={error}>
      {props.options.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      <div className={`flex flex-col overflow-y-auto ${props.className ?? 'max-h-40'}`}>
        {props.options.map((o, index) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              ref={index === 0 ? field.ref : undefined}
              type="checkbox"
              checked={chosen.includes(o.value)}
              disabled={props.disabled}
              aria-invalid={error ? true : undefined}
              onBlur={field.onBlur}
              onChange={(e) =>
                setValue(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
    </GroupFrame>
  )
}

/** Key/value rows; rows with an empty key are not tags and are left out by the form that sends them. */
export function TagsField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  const t = useT()
  const { fieldState, value, setValue } = useTypedController<T, N, ResourceTag[]>(props)
  const tags = value ?? []
  const error = fieldState.error?.message
  const set = (index: number, changes: Partial<ResourceTag>) =>
    setValue(tags.map((tag, i) => (i === index ? { ...tag, ...changes } : tag)))
  return (
    <GroupFrame {...props} error={error}>
      {tags.map((tag, index) => (
        <div key={index} className="flex gap-2">
          <input
            className="input"
            aria-label={t('forms.tags.key', { n: index + 1 })}
            aria-invalid={error ? true : undefined}
            placeholder={t('forms.tags.keyPlaceholder')}
            value={tag.Key}
            disabled={props.disabled}
            onChange={(e) => set(index, { Key: e.target.value })}
          />
          <input
            className="input"
            aria-label={t('forms.tags.value', { n: index + 1 })}
            placeholder={t('forms.tags.valuePlaceholder')}
            value={tag.Value ?? ''}
            disabled={props.disabled}
            onChange={(e) => set(index, { Value: e.target.value })}
          />
          <button
            type="button"
            className="btn"
            disabled={props.disabled}
            onClick={() => setValue(tags.filter((_, i) => i !== index))}
          >
            {t('forms.tags.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="btn"
          disabled={props.disabled}
          onClick={() => setValue([...tags, { Key: '', Value: '' }])}
        >
          {t('forms.tags.add')}
        </button>
      </div>
    </GroupFrame>
  )
}

/** An IPv4 range; the form checks it with `cidrProblem` (validators.ts). */
export function CidrField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldProps<T, N> & { placeholder?: string },
) {
  const t = useT()
  return (
    <TextField
      {...props}
      hint={props.hint ?? t('forms.cidr.hint')}
      placeholder={props.placeholder ?? '10.0.0.0/16'}
      className="font-mono"
    />
  )
}

export interface PortRange {
  from: number
  to: number
}

/** A first and last port; the form checks them with `portRangeProblem` (validators.ts). */
export function PortRangeField<T extends FieldValues, N extends FieldPath<T>>(props: FieldProps<T, N>) {
  const t = useT()
  const { field, fieldState, value, setValue } = useTypedController<T, N, PortRange>(props)
  const range = value ?? { from: Number.NaN, to: Number.NaN }
  const error = fieldState.error?.message
  const port = (which: keyof PortRange, label: string, withRef: boolean) => (
    <label className="flex items-center gap-1">
      {label}
      <input
        ref={withRef ? field.ref : undefined}
        type="number"
        className="input w-24"
        min={0}
        max={65535}
        value={Number.isNaN(range[which]) ? '' : range[which]}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        onBlur={field.onBlur}
        onChange={(e) =>
          setValue({ ...range, [which]: e.target.value === '' ? Number.NaN : Number(e.target.value) })
        }
      />
    </label>
  )
  return (
    <GroupFrame {...props} error={error}>
      <div className="flex flex-wrap gap-3">
        {port('from', t('forms.portRange.from'), true)}
        {port('to', t('forms.portRange.to'), false)}
      </div>
    </GroupFrame>
  )
}
