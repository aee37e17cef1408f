// Snapshot a volume: a description, the snapshot quota checked and a DryRun offered. Opened from a volume's page
// (that volume) or from the snapshots list (choose the volume). The snapshot is taken while the volume stays in
// use; its page shows the progress.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import type { CreateSnapshotRequest, Volume } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { listQuery } from '../../kit/queries.ts'
import { itemsOf, labelOf } from '../../kit/descriptor.ts'
import { volumeResource } from '../../kit/registry.ts'
import { paths } from '../../paths.ts'
import { snapshotQuotaNeeds } from './snapshot-rules.ts'

interface SnapshotForm {
  volumeId: string
  description: string
}

const request = (v: SnapshotForm): CreateSnapshotRequest => ({
  VolumeId: v.volumeId,
  ...(v.description.trim() ? { Description: v.description.trim() } : {}),
})

export function SnapshotCreateDialog({
  account,
  volume,
  onClose,
}: {
  account: string
  volume?: Volume
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const volumes = useQuery({ ...listQuery(volumeResource, account), enabled: !volume })
  const choices: Volume[] = volume
    ? [volume]
    : itemsOf(volumeResource, volumes.data).filter((v) => v.State === 'available' || v.State === 'in-use')
  const create = useOscMutation(account, 'CreateSnapshot', {
    success: (data) => t('snapshots.create.done', { id: data.Snapshot?.SnapshotId ?? '' }),
  })
  const form = useForm<SnapshotForm>({
    defaultValues: { volumeId: volume?.VolumeId ?? '', description: '' },
    resolver: checksResolver<SnapshotForm>(
      (v) => ({
        volumeId: v.volumeId ? undefined : text('snapshots.create.volumeRequired'),
        description: v.description.length > 255 ? text('snapshots.create.descriptionLength') : undefined,
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as SnapshotForm
  const quota = useQuotaCheck(account, snapshotQuotaNeeds)
  const allowed = can('CreateSnapshot')
  return (
    <SideDialog title={t('snapshots.create.title')} closeLabel={t('snapshots.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('snapshots.create.title')}
        fields={{ VolumeId: 'volumeId', Description: 'description' }}
        commands={[{ action: 'CreateSnapshot', params: request(values) }]}
        check={allOf(allowed, quota.check)}
        dryRun={(v) => dryRun(account, 'CreateSnapshot', request(v))}
        onSubmit={async (v) => {
          const answer = await step(t('snapshots.create.failed'), () => create.mutateAsync(request(v)))
          onClose()
          const id = answer.Snapshot?.SnapshotId
          if (id) void navigate(paths.resource({ account, section: 'snapshots', id }))
        }}
        submitLabel={t('snapshots.create.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('snapshots.cancel')}
          </button>
        }
      >
        <p>{t('snapshots.create.intro')}</p>
        {volume ? (
          <p>
            {t('snapshots.create.ofVolume', {
              volume: labelOf(volumeResource, volume),
              size: volume.Size ?? 0,
            })}
          </p>
        ) : (
          <SelectField
            control={form.control}
            name="volumeId"
            label={t('snapshots.create.volume')}
            empty={t('snapshots.create.chooseVolume')}
            options={choices.map((v) => ({
              value: v.VolumeId ?? '',
              label: t('snapshots.create.volumeOption', {
                name: labelOf(volumeResource, v),
                id: v.VolumeId ?? '',
                size: v.Size ?? 0,
              }),
            }))}
          />
        )}
        <TextField
          control={form.control}
          name="description"
          label={t('snapshots.create.description')}
          hint={t('snapshots.create.description.hint')}
          maxLength={255}
        />
        <QuotaSummary quota={quota} />
      </FormShell>
    </SideDialog>
  )
}
