// Export a snapshot to an OOS bucket as a qcow2 or raw disk image (CreateSnapshotExportTask). Exports copy data
// out of the account, so the role model keeps them for administrators; the task's progress shows on the page.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import type { CreateSnapshotExportTaskRequest, Snapshot } from '@osc-console/osc-api'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'

export interface ExportForm {
  bucket: string
  prefix: string
  format: 'qcow2' | 'raw'
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export const bucketProblem = (bucket: string) =>
  BUCKET.test(bucket.trim()) ? undefined : text('snapshots.export.bucketFormat')

export const exportRequest = (snapshotId: string, v: ExportForm): CreateSnapshotExportTaskRequest => ({
  SnapshotId: snapshotId,
  OsuExport: {
    DiskImageFormat: v.format,
    OsuBucket: v.bucket.trim(),
    ...(v.prefix.trim() ? { OsuPrefix: v.prefix.trim() } : {}),
  },
})

export function SnapshotExportDialog({
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
  const id = snapshot.SnapshotId ?? ''
  const start = useOscMutation(account, 'CreateSnapshotExportTask', {
    success: (data) => t('snapshots.export.done', { id: data.SnapshotExportTask?.TaskId ?? '' }),
  })
  const form = useForm<ExportForm>({
    defaultValues: { bucket: '', prefix: `${id}/`, format: 'qcow2' },
    resolver: checksResolver<ExportForm>((v) => ({ bucket: bucketProblem(v.bucket) }), t),
  })
  const values = useWatch({ control: form.control }) as ExportForm
  const quota = useQuotaCheck(account, [
    { name: 'snapshot_export_limit', label: text('snapshots.quota.exports'), requested: 1 },
  ])
  return (
    <SideDialog title={t('snapshots.export.title')} closeLabel={t('snapshots.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('snapshots.export.title')}
        fields={{
          'OsuExport.OsuBucket': 'bucket',
          'OsuExport.OsuPrefix': 'prefix',
          'OsuExport.DiskImageFormat': 'format',
        }}
        commands={[{ action: 'CreateSnapshotExportTask', params: exportRequest(id, values) }]}
        check={allOf(can('CreateSnapshotExportTask'), quota.check)}
        dryRun={(v) => dryRun(account, 'CreateSnapshotExportTask', exportRequest(id, v))}
        onSubmit={async (v) => {
          await step(t('snapshots.export.failed'), () => start.mutateAsync(exportRequest(id, v)))
          onClose()
        }}
        submitLabel={t('snapshots.export.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('snapshots.cancel')}
          </button>
        }
      >
        <p>{t('snapshots.export.intro')}</p>
        <TextField
          control={form.control}
          name="bucket"
          label={t('snapshots.export.bucket')}
          hint={t('snapshots.export.bucket.hint')}
          className="font-mono"
        />
        <TextField
          control={form.control}
          name="prefix"
          label={t('snapshots.export.prefix')}
          hint={t('snapshots.export.prefix.hint')}
          className="font-mono"
        />
        <SelectField
          control={form.control}
          name="format"
          label={t('snapshots.export.format')}
          hint={t('snapshots.export.format.hint')}
          options={[
            { value: 'qcow2', label: 'qcow2' },
            { value: 'raw', label: 'raw' },
          ]}
        />
        <QuotaSummary quota={quota} />
      </FormShell>
    </SideDialog>
  )
}
