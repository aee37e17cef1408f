// Create-VM sections that pick what the VM runs: an image among the account's available ones, and a VM type.
import { useController, useForm, useWatch, type Control } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll } from '@osc-console/data'
import { useT } from '../../i18n/text.ts'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { GroupFrame } from '../../forms/FieldFrame.tsx'
import { NumberField, SelectField, TextField } from '../../forms/fields.tsx'
import type { CreateVmForm } from './vm-create-form.ts'

const MAX_LISTED = 50

/** A radio list of images with a search above it: thousands of public images do not fit a drop-down. */
export function ImagePicker({ account, control }: { account: string; control: Control<CreateVmForm> }) {
  const t = useT()
  const images = useQuery(oscQueryAll(account, 'ReadImages', { Filters: { States: ['available'] } }))
  const search = useForm({ defaultValues: { text: '' } })
  const text = useWatch({ control: search.control, name: 'text' })
  const { field, fieldState } = useController({ control, name: 'imageId' })
  const needle = text.trim().toLowerCase()
  const all = images.data?.Images ?? []
  const matching = all.filter((i) =>
    `${i.ImageName} ${i.Description} ${i.ImageId} ${i.Architecture} ${i.AccountAlias}`
      .toLowerCase()
      .includes(needle),
  )
  const chosen = all.find((i) => i.ImageId === field.value)
  if (images.error) return <ErrorPanel error={images.error} onRetry={() => void images.refetch()} />
  const error = fieldState.error?.message
  return (
    <div className="flex flex-col gap-2 text-sm">
      <TextField
        control={search.control}
        name="text"
        label={t('vmForms.image.search')}
        hideLabel
        placeholder={t('vmForms.image.searchPlaceholder')}
      />
      {images.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : (
        <GroupFrame
          label={t('vmForms.image.legend')}
          hideLabel
          error={error}
          hint={
            chosen
              ? t('vmForms.image.chosen', { name: chosen.ImageName ?? '', id: chosen.ImageId ?? '' })
              : undefined
          }
        >
          <div className="max-h-56 overflow-y-auto rounded border border-slate-200 dark:border-slate-700">
            {matching.slice(0, MAX_LISTED).map((image, index) => (
              <label
                key={image.ImageId}
                className="flex items-center gap-2 border-b border-slate-100 px-2 py-1.5 last:border-0 dark:border-slate-800"
              >
                <input
                  ref={index === 0 ? field.ref : undefined}
                  type="radio"
                  name={field.name}
                  checked={image.ImageId === field.value}
                  aria-invalid={error ? true : undefined}
                  onChange={() => field.onChange(image.ImageId ?? '')}
                />
                <span className="flex-1">
                  {image.ImageName}
                  <span className="ml-2 muted">{image.Description}</span>
                </span>
                <span className="text-xs muted">{image.Architecture}</span>
                <span className="font-mono text-xs muted">{image.ImageId}</span>
              </label>
            ))}
            {matching.length === 0 && <p className="p-2 muted">{t('vmForms.image.noMatch', { text })}</p>}
            {matching.length > MAX_LISTED && (
              <p className="p-2 text-xs muted">
                {t('vmForms.image.more', { count: matching.length - MAX_LISTED })}
              </p>
            )}
          </div>
        </GroupFrame>
      )}
    </div>
  )
}

/** The VM type, from a list narrowed by name, vCPU and memory. */
export function TypePicker({ account, control }: { account: string; control: Control<CreateVmForm> }) {
  const t = useT()
  const types = useQuery(oscQueryAll(account, 'ReadVmTypes', {}))
  const filters = useForm({ defaultValues: { family: '', minCpu: 0, minMemory: 0 } })
  const { family, minCpu, minMemory } = useWatch({ control: filters.control })
  const list = (types.data?.VmTypes ?? []).filter(
    (type) =>
      (type.VcoreCount ?? 0) >= (minCpu || 0) &&
      (type.MemorySize ?? 0) >= (minMemory || 0) &&
      (type.VmTypeName ?? '').includes(family ?? ''),
  )
  if (types.error) return <ErrorPanel error={types.error} onRetry={() => void types.refetch()} />
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap gap-3">
        <TextField
          control={filters.control}
          name="family"
          label={t('vmForms.type.nameContains')}
          placeholder="tinav6"
          className="w-32"
        />
        <NumberField
          control={filters.control}
          name="minCpu"
          label={t('vmForms.type.minCpu')}
          min={0}
          className="w-20"
        />
        <NumberField
          control={filters.control}
          name="minMemory"
          label={t('vmForms.type.minMemory')}
          min={0}
          className="w-20"
        />
      </div>
      <SelectField
        control={control}
        name="vmType"
        label={t('vmForms.type.label')}
        size={6}
        options={list.map((type) => ({
          value: type.VmTypeName ?? '',
          label: t(type.Gpu ? 'vmForms.type.optionGpu' : 'vmForms.type.option', {
            name: type.VmTypeName ?? '',
            vcpu: type.VcoreCount ?? 0,
            memory: type.MemorySize ?? 0,
            gpu: type.Gpu ?? '',
          }),
        }))}
      />
    </div>
  )
}
