// Create-VM section typed in rather than picked: the root and extra volumes.
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { useT } from '../../i18n/text.ts'
import { NumberField, SelectField } from '../../forms/fields.tsx'
import type { CreateVmForm, ExtraVolume } from './vm-create-form.ts'

const volumeTypes: Array<ExtraVolume['type']> = ['standard', 'gp2', 'io1']
const typeOptions = volumeTypes.map((type) => ({ value: type, label: type }))

export function VolumesSection({ form }: { form: UseFormReturn<CreateVmForm> }) {
  const t = useT()
  const { control } = form
  const volumes = useFieldArray({ control, name: 'volumes' })
  const types = useWatch({ control, name: 'volumes' }).map((v) => v.type)
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap gap-3">
        <NumberField control={control} name="rootSizeGiB" label={t('vmForms.volumes.rootSize')} min={1} />
        <SelectField
          control={control}
          name="rootType"
          label={t('vmForms.volumes.rootType')}
          options={typeOptions}
          className="w-32"
        />
      </div>
      {volumes.fields.map((volume, index) => (
        <div key={volume.id} className="flex flex-wrap items-end gap-3">
          <span className="w-24 pb-2">{t('vmForms.volumes.volume', { n: index + 1 })}</span>
          <NumberField
            control={control}
            name={`volumes.${index}.sizeGiB`}
            label={t('vmForms.volumes.size')}
            min={1}
          />
          <SelectField
            control={control}
            name={`volumes.${index}.type`}
            label={t('vmForms.volumes.type')}
            options={typeOptions}
            className="w-32"
          />
          {types[index] === 'io1' && (
            <NumberField
              control={control}
              name={`volumes.${index}.iops`}
              label={t('vmForms.volumes.iops')}
              min={100}
            />
          )}
          <button type="button" className="btn" onClick={() => volumes.remove(index)}>
            {t('vmForms.volumes.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="btn" onClick={() => volumes.append({ sizeGiB: 10, type: 'gp2' })}>
          {t('vmForms.volumes.add')}
        </button>
      </div>
    </div>
  )
}
