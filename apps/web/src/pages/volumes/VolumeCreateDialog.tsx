// Create a volume: its type (IOPS only for io1, within the API's ranges), size, Subregion, optionally from a
// completed snapshot (then at least the snapshot's size), with its quotas checked and a DryRun offered. The new
// volume's page opens; a name, when given, is its Name tag.
import { useForm, useWatch } from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import type { Snapshot, Subregion } from '@osc-console/osc-api'
import { Loaded } from '../../kit/Section.tsx'
import { useCan } from '../../app/account.ts'
import { useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { NumberField, SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
import {
  IOPS_MAX,
  IOPS_MIN,
  SIZE_MAX,
  VOLUME_TYPES,
  createVolumeProblems,
  createVolumeRequest,
  iopsCeiling,
  volumeQuotaNeeds,
  type CreateVolumeForm,
} from './volume-forms.ts'

export interface VolumeCreateDialogProps {
  account: string
  onClose: () => void
  /** Start from this snapshot (the snapshot page's "Create a volume"). */
  snapshot?: Snapshot
}

const snapshotLabel = (s: Snapshot) =>
  [s.Tags?.find((tag) => tag.Key === 'Name')?.Value, s.SnapshotId, s.Description].filter(Boolean).join(' · ')

export function VolumeCreateDialog(props: VolumeCreateDialogProps) {
  const t = useT()
  // The form starts once the Subregions are known, with the first one chosen: a default set after the form started
  // could be lost, leaving the first Subregion shown while the form holds none.
  const subregions = useQuery(oscQueryAll(props.account, 'ReadSubregions', {}))
  return (
    <SideDialog title={t('volumes.create.title')} closeLabel={t('volumes.close')} onClose={props.onClose}>
      <Loaded
        error={subregions.error}
        loading={subregions.isPending}
        onRetry={() => void subregions.refetch()}
        what={t('volumes.form.subregion')}
      >
        {() => <VolumeCreateForm {...props} subregions={subregions.data?.Subregions ?? []} />}
      </Loaded>
    </SideDialog>
  )
}

function VolumeCreateForm({
  account,
  onClose,
  snapshot,
  subregions,
}: VolumeCreateDialogProps & { subregions: Subregion[] }) {
  const t = useT()
  const can = useCan()
  const navigate = useNavigate()
  const snapshots = useQuery(oscQueryAll(account, 'ReadSnapshots', { Filters: { States: ['completed'] } }))
  const completed = snapshots.data?.Snapshots ?? (snapshot ? [snapshot] : [])
  const create = useOscMutation(account, 'CreateVolume', {
    success: (data) => t('volumes.create.done', { id: data.Volume?.VolumeId ?? '' }),
  })
  const tag = useOscMutation(account, 'CreateTags', { success: false })
  const form = useForm<CreateVolumeForm>({
    defaultValues: {
      name: '',
      type: 'gp2',
      size: snapshot?.VolumeSize ?? 10,
      iops: 1000,
      subregion: subregions[0]?.SubregionName ?? '',
      snapshotId: snapshot?.SnapshotId ?? '',
    },
    resolver: checksResolver<CreateVolumeForm>((v) => createVolumeProblems(v, completed), t),
  })
  const values = useWatch({ control: form.control }) as CreateVolumeForm
  const request = createVolumeRequest
  const quota = useQuotaCheck(account, volumeQuotaNeeds(values.size))
  const allowed = can('CreateVolume')
  const name = values.name.trim()
  return (
    <>
      {!allowed.allowed ? (
        <p className="text-sm">
          {t('volumes.create.notAllowed')} <span className="muted">{allowed.reason}</span>
        </p>
      ) : (
        <FormShell
          form={form}
          label={t('volumes.create.title')}
          fields={{
            Size: 'size',
            Iops: 'iops',
            VolumeType: 'type',
            SubregionName: 'subregion',
            SnapshotId: 'snapshotId',
          }}
          commands={[
            { action: 'CreateVolume', params: request(values) },
            ...(name
              ? [
                  {
                    action: 'CreateTags',
                    params: { ResourceIds: ['<new volume id>'], Tags: [{ Key: 'Name', Value: name }] },
                  },
                ]
              : []),
          ]}
          check={allOf(allowed, quota.check)}
          dryRun={(v) => dryRun(account, 'CreateVolume', request(v))}
          onSubmit={async (v) => {
            const answer = await step(t('volumes.create.failed'), () => create.mutateAsync(request(v)))
            const id = answer.Volume?.VolumeId ?? ''
            const tagName = v.name.trim()
            if (id && tagName)
              await step(t('volumes.create.tagFailed'), () =>
                tag.mutateAsync({ ResourceIds: [id], Tags: [{ Key: 'Name', Value: tagName }] }),
              )
            onClose()
            if (id) void navigate(paths.resource({ account, section: 'volumes', id }))
          }}
          submitLabel={t('volumes.create.submit')}
          actions={
            <button type="button" className="btn" onClick={onClose}>
              {t('volumes.cancel')}
            </button>
          }
        >
          <TextField
            control={form.control}
            name="name"
            label={t('volumes.form.name')}
            hint={t('volumes.form.name.hint')}
            maxLength={255}
          />
          <SelectField
            control={form.control}
            name="type"
            label={t('volumes.form.type')}
            hint={t('volumes.form.type.hint')}
            options={VOLUME_TYPES.map((type) => ({ value: type, label: t(`volumes.type.${type}`) }))}
          />
          <NumberField
            control={form.control}
            name="size"
            label={t('volumes.form.size')}
            hint={t('volumes.form.size.hint', { max: SIZE_MAX })}
            min={1}
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
          <SelectField
            control={form.control}
            name="subregion"
            label={t('volumes.form.subregion')}
            hint={t('volumes.form.subregion.hint')}
            options={subregions.map((s) => ({
              value: s.SubregionName ?? '',
              label: s.SubregionName ?? '',
            }))}
          />
          <SelectField
            control={form.control}
            name="snapshotId"
            label={t('volumes.form.snapshot')}
            hint={t('volumes.form.snapshot.hint')}
            empty={t('volumes.form.noSnapshot')}
            options={completed.map((s) => ({
              value: s.SnapshotId ?? '',
              label: t('volumes.form.snapshotOption', {
                label: snapshotLabel(s),
                size: s.VolumeSize ?? 0,
              }),
            }))}
            onValueChange={(id) => {
              const size = completed.find((s) => s.SnapshotId === id)?.VolumeSize
              if (size !== undefined && !(values.size >= size)) form.setValue('size', size)
            }}
          />
          <QuotaSummary quota={quota} />
        </FormShell>
      )}
    </>
  )
}
