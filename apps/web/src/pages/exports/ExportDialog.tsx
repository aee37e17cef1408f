// Export a snapshot or an image to an OOS bucket as a qcow2 or raw disk image. Exports copy data out of the account,
// so the role model keeps them for administrators; the task's progress shows on the item's exports tab.
import { useForm, useWatch } from 'react-hook-form'
import { useOscMutation } from '@osc-console/data'
import { useCan } from '../../app/account.ts'
import { text, useT } from '../../i18n/text.ts'
import { FormShell } from '../../forms/FormShell.tsx'
import { SideDialog } from '../../forms/SideDialog.tsx'
import { QuotaSummary, useQuotaCheck } from '../../forms/QuotaCheck.tsx'
import { checksResolver } from '../../forms/field-errors.ts'
import { SelectField, TextField } from '../../forms/fields.tsx'
import { dryRun, step } from '../../forms/steps.ts'
import { allOf } from '../../ui/ActionButton.tsx'
import { bucketProblem, type ExportForm } from './export-form.ts'
import type { ExportKind } from './export-kinds.ts'

export function ExportDialog({
  account,
  kind,
  id,
  onClose,
}: {
  account: string
  kind: ExportKind
  id: string
  onClose: () => void
}) {
  const t = useT()
  const can = useCan()
  const start = useOscMutation(account, kind.create, {
    success: (data) =>
      t('exports.done', { id: (data as Record<string, { TaskId?: string }>)[kind.createdKey]?.TaskId ?? '' }),
  })
  const form = useForm<ExportForm>({
    defaultValues: { bucket: '', prefix: `${id}/`, format: 'qcow2' },
    resolver: checksResolver<ExportForm>((v) => ({ bucket: bucketProblem(v.bucket) }), t),
  })
  const values = useWatch({ control: form.control }) as ExportForm
  const quota = useQuotaCheck(account, [{ name: kind.quota, label: text('exports.quota'), requested: 1 }])
  const request = (v: ExportForm) => kind.createParams(id, v) as never
  return (
    <SideDialog title={t('exports.title')} closeLabel={t('exports.close')} onClose={onClose}>
      <FormShell
        form={form}
        label={t('exports.title')}
        fields={{
          'OsuExport.OsuBucket': 'bucket',
          'OsuExport.OsuPrefix': 'prefix',
          'OsuExport.DiskImageFormat': 'format',
        }}
        commands={[{ action: kind.create, params: request(values) }]}
        check={allOf(can(kind.create), quota.check)}
        dryRun={(v) => dryRun(account, kind.create, request(v))}
        onSubmit={async (v) => {
          await step(t('exports.failed'), () => start.mutateAsync(request(v)))
          onClose()
        }}
        submitLabel={t('exports.submit')}
        actions={
          <button type="button" className="btn" onClick={onClose}>
            {t('exports.cancel')}
          </button>
        }
      >
        <p>{t(kind.intro)}</p>
        <TextField
          control={form.control}
          name="bucket"
          label={t('exports.bucket')}
          hint={t('exports.bucket.hint')}
          className="font-mono"
        />
        <TextField
          control={form.control}
          name="prefix"
          label={t('exports.prefix')}
          hint={t('exports.prefix.hint')}
          className="font-mono"
        />
        <SelectField
          control={form.control}
          name="format"
          label={t('exports.format')}
          hint={t('exports.format.hint')}
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
