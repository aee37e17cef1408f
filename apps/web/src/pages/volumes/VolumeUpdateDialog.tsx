// Resize a volume or change its type (and an io1 volume's IOPS) with UpdateVolume, under the API's rules: a size
// only grows; a volume linked to a running VM keeps its size and type (only its IOPS change) — stop the VM or detach
// the volume first, which the dialog says before anything is sent.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { oscQuery, useOscMutation } from '@osc-console/data'
import type { Volume } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { NumberField, SelectField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { text } from '../../i18n/text.ts'
import {
  IOPS_MAX,
  IOPS_MIN,
  SIZE_MAX,
  VOLUME_TYPES,
  iopsCeiling,
  updateDefaults,
  updateVolumeProblems,
  updateVolumeRequest,
  type UpdateVolumeForm,
} from './volume-forms.ts'
import { isHot, linkOf } from './volume-rules.ts'

export function VolumeUpdateDialog({
  account,
  volume,
  onClose,
}: {
  account: string
  volume: Volume
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const vmId = linkOf(volume)?.VmId
  const vm = useQuery({
    ...oscQuery(account, 'ReadVms', { Filters: { VmIds: [vmId ?? ''] } }),
    enabled: Boolean(vmId),
  })
  const hot = isHot(volume, vm.data?.Vms?.[0] ?? (vmId ? undefined : { State: 'stopped' }))
  const update = useOscMutation(account, 'UpdateVolume', {
    success: t('volumes.update.done', { id: volume.VolumeId ?? '' }),
  })
  const form = useForm<UpdateVolumeForm>({
    defaultValues: updateDefaults(volume),
    resolver: checksResolver<UpdateVolumeForm>((v) => updateVolumeProblems(volume, v, hot), t),
  })
  const values = useWatch({ control: form.control }) as UpdateVolumeForm
  const request = updateVolumeRequest(volume, values)
  const quota = useQuotaCheck(account, [
    {
      name: 'volume_size_limit',
      label: text('volumes.quota.size'),
      requested: Math.max(0, (Number.isFinite(values.size) ? values.size : 0) - (volume.Size ?? 0)),
    },
  ])
  const allowed = can('UpdateVolume')
  const send = (v: UpdateVolumeForm) => updateVolumeRequest(volume, v) ?? { VolumeId: volume.VolumeId ?? '' }
  return (
    <SideDialog title={t('volumes.update.title')} closeLabel={t('volumes.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('volumes.update.title')}
        fields={{ Size: 'size', VolumeType: 'type', Iops: 'iops' }}
        commands={request ? [{ action: 'UpdateVolume', params: request }] : []}
        check={allOf(
          allowed,
          quota.check,
          request ? { allowed: true } : { allowed: false, reason: t('volumes.update.unchanged') },
        )}
        dryRun={(v) => dryRun(account, 'UpdateVolume', send(v))}
        onSubmit={async (v) => {
          await step(t('volumes.update.failed'), () => update.mutateAsync(send(v)))
          onClose()
        }}
        submitLabel={t('volumes.update.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('volumes.cancel')}
          </button>
        }
      >
        <p>{hot ? t('volumes.update.hot', { vm: vmId ?? '' }) : t('volumes.update.cold')}</p>
        <SelectField
          control={form.control}
          name="type"
          label={t('volumes.form.type')}
          hint={t('volumes.form.type.hint')}
          disabled={hot}
          options={VOLUME_TYPES.map((type) => ({ value: type, label: t(`volumes.type.${type}`) }))}
        />
        <NumberField
          control={form.control}
          name="size"
          label={t('volumes.form.size')}
          hint={t('volumes.update.size.hint', { size: volume.Size ?? 0, max: SIZE_MAX })}
          disabled={hot}
          min={volume.Size ?? 1}
          max={SIZE_MAX}
        />
        {values.type === 'io1' && (
          <NumberField
            control={form.control}
            name="iops"
            label={t('volumes.form.iops')}
            hint={t('volumes.form.iops.hint', {
              min: IOPS_MIN,
              max: IOPS_MAX,
              ceiling: iopsCeiling(values.size),
            })}
            min={IOPS_MIN}
            max={IOPS_MAX}
          />
        )}
        <QuotaSummary quota={quota} />
      </FormShell>
    </SideDialog>
  )
}
