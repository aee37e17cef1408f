// Copy a snapshot within the account's Region (CreateSnapshot with SourceSnapshotId and SourceRegionName), with a
// description of its own; the copy's page opens. Copying to another Region is done from that Region's account.
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from '@tanstack/react-router'
import { useOscMutation } from '@osc-console/data'
import type { CreateSnapshotRequest, Snapshot } from '@osc-console/osc-api'
import { useCan, useCurrentAccount } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { paths } from '../../paths.ts'
import { snapshotQuotaNeeds } from './snapshot-rules.ts'

interface CopyForm {
  description: string
}

export function SnapshotCopyDialog({
  account,
  snapshot,
  onClose,
}: {
  account: string
  snapshot: Snapshot
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const region = useCurrentAccount()?.region ?? ''
  const navigate = useNavigate()
  const copy = useOscMutation(account, 'CreateSnapshot', {
    success: (data) => t('snapshots.copy.done', { id: data.Snapshot?.SnapshotId ?? '' }),
  })
  const form = useForm<CopyForm>({
    defaultValues: { description: t('snapshots.copy.defaultDescription', { id: snapshot.SnapshotId ?? '' }) },
    resolver: checksResolver<CopyForm>(
      (v) => ({
        description: v.description.length > 255 ? text('snapshots.create.descriptionLength') : undefined,
      }),
      t,
    ),
  })
  const values = useWatch({ control: form.control }) as CopyForm
  const request = (v: CopyForm): CreateSnapshotRequest => ({
    SourceSnapshotId: snapshot.SnapshotId ?? '',
    SourceRegionName: region,
    ...(v.description.trim() ? { Description: v.description.trim() } : {}),
  })
  const quota = useQuotaCheck(account, snapshotQuotaNeeds)
  return (
    <SideDialog title={t('snapshots.copy.title')} closeLabel={t('snapshots.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('snapshots.copy.title')}
        fields={{ Description: 'description' }}
        commands={[{ action: 'CreateSnapshot', params: request(values) }]}
        check={allOf(can('CreateSnapshot'), quota.check)}
        dryRun={(v) => dryRun(account, 'CreateSnapshot', request(v))}
        onSubmit={async (v) => {
          const answer = await step(t('snapshots.copy.failed'), () => copy.mutateAsync(request(v)))
          onClose()
          const id = answer.Snapshot?.SnapshotId
          if (id) void navigate(paths.resource({ account, section: 'snapshots', id }))
        }}
        submitLabel={t('snapshots.copy.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('snapshots.cancel')}
          </button>
        }
      >
        <p>{t('snapshots.copy.intro', { id: snapshot.SnapshotId ?? '', region })}</p>
        <TextField
          control={form.control}
          name="description"
          label={t('snapshots.create.description')}
          maxLength={255}
        />
        <QuotaSummary quota={quota} />
      </FormShell>
    </SideDialog>
  )
}
